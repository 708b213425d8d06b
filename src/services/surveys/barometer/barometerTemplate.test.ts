import { describe, expect, it } from 'vitest';
import { parseSurveyDefinition } from '../surveyDefinition.js';
import { BAROMETER_DIMENSION_IDS, BAROMETER_DIMENSIONS, BAROMETER_ITEMS, barometerDimension } from './barometerBank.js';
import { barometerQuestions, barometerTemplate } from './barometerTemplate.js';

describe('the barometer question bank', () => {
  it('has each of the eight dimensions once, labelled in French and English, with its construct', () => {
    expect(BAROMETER_DIMENSIONS.map((dimension) => dimension.id)).toEqual([...BAROMETER_DIMENSION_IDS]);
    for (const dimension of BAROMETER_DIMENSIONS) {
      expect(dimension.label.fr.length).toBeGreaterThan(0);
      expect(dimension.label.en.length).toBeGreaterThan(0);
      // Every construct names its source: an author and a year.
      expect(dimension.construct).toMatch(/[A-Z][a-z]+.* (19|20)\d\d/);
    }
    expect(barometerDimension('workload')?.label).toEqual({ fr: 'Charge de travail et bien-être', en: 'Workload and well-being' });
    expect(barometerDimension('nope')).toBeUndefined();
  });

  it('gives every dimension 3 to 5 items, at least one of them reverse-keyed', () => {
    for (const id of BAROMETER_DIMENSION_IDS) {
      const items = BAROMETER_ITEMS.filter((item) => item.dimension === id);
      expect(items.length, id).toBeGreaterThanOrEqual(3);
      expect(items.length, id).toBeLessThanOrEqual(5);
      expect(
        items.some((item) => item.reverse),
        id,
      ).toBe(true);
      expect(
        items.some((item) => !item.reverse),
        id,
      ).toBe(true);
    }
  });

  it('writes each item in both languages, differently, and gives it an id of its own', () => {
    expect(new Set(BAROMETER_ITEMS.map((item) => item.id)).size).toBe(BAROMETER_ITEMS.length);
    for (const item of BAROMETER_ITEMS) {
      expect(item.label.fr, item.id).not.toBe(item.label.en);
      expect(item.label.fr.length, item.id).toBeLessThanOrEqual(500);
      expect(item.label.en, item.id).toMatch(/\.$/);
    }
  });
});

describe('the barometer template', () => {
  it('is a survey file the survey parser accepts as it is: employees, eNPS first, 33 likert items, the comment last', () => {
    const parsed = parseSurveyDefinition(JSON.parse(JSON.stringify(barometerTemplate())));
    if ('error' in parsed) throw parsed.error;
    const { definition } = parsed;
    expect(definition.audience).toBe('employees');
    expect(definition.channels).toEqual(['link', 'email']);
    expect(definition.questions[0]).toMatchObject({ id: 'enps', type: 'nps', required: true, page: 1, min: 0, max: 10 });
    expect(definition.questions.at(-1)).toMatchObject({ id: 'comment', type: 'text', page: 5 });
    const likert = definition.questions.filter((question) => question.type === 'likert');
    expect(likert).toHaveLength(33);
    expect(likert.every((question) => question.min === 1 && question.max === 5 && question.dimension !== undefined)).toBe(true);
    expect(likert.filter((question) => question.reverse === true).map((question) => question.id)).toEqual(
      BAROMETER_ITEMS.filter((item) => item.reverse).map((item) => item.id),
    );
  });

  it('puts the engagement items with the eNPS on page 1, then two dimensions a page', () => {
    const pages = new Map<string, Set<number>>();
    for (const question of barometerQuestions()) {
      if (question.dimension !== undefined) pages.set(question.dimension, (pages.get(question.dimension) ?? new Set()).add(question.page));
    }
    expect(Object.fromEntries([...pages].map(([dimension, set]) => [dimension, [...set]]))).toEqual({
      engagement: [1],
      management: [2],
      recognition: [2],
      workload: [3],
      growth: [3],
      pay: [4],
      belonging: [4],
      communication: [5],
    });
  });

  it('is a fresh copy each time: editing one does not change the next', () => {
    const first = barometerTemplate();
    first.questions[0]!.label.fr = 'changé';
    first.questions[1]!.label.en = 'changed';
    expect(barometerTemplate().questions[0]!.label.fr).not.toBe('changé');
    expect(barometerTemplate().questions[1]!.label.en).not.toBe('changed');
    expect(BAROMETER_ITEMS[0]!.label.en).not.toBe('changed');
  });
});
