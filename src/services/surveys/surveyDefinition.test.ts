import { describe, expect, it } from 'vitest';
import { parseSurveyDefinition } from './surveyDefinition.js';

const NPS = { id: 'q1', type: 'nps', label: { fr: 'Recommanderiez-vous ?', en: 'Would you recommend?' } };
const SURVEY = { title: { fr: 'Avis', en: 'Opinion' }, audience: 'customers', questions: [NPS] };

function refusal(value: unknown): string {
  const parsed = parseSurveyDefinition(value);
  return 'error' in parsed ? parsed.error.message : 'accepted';
}

describe('parseSurveyDefinition', () => {
  it('fills the defaults: the link channel, fixed scales, page 1, questions optional, both languages', () => {
    const parsed = parseSurveyDefinition({ ...SURVEY, title: 'Avis', questions: [NPS, { id: 'q2', type: 'csat', label: { en: 'Satisfied?' } }] });
    expect(parsed).toEqual({
      definition: {
        title: { fr: 'Avis', en: 'Avis' },
        audience: 'customers',
        channels: ['link'],
        questions: [
          { ...NPS, required: false, page: 1, min: 0, max: 10 },
          { id: 'q2', type: 'csat', label: { fr: 'Satisfied?', en: 'Satisfied?' }, required: false, page: 1, min: 1, max: 5, display: 'stars' },
        ],
      },
    });
  });

  it('numbers pages 1, 2, … in the order the file gives', () => {
    const parsed = parseSurveyDefinition({
      ...SURVEY,
      questions: [
        { ...NPS, page: 3 },
        { id: 'q2', type: 'text', label: 'Pourquoi ?', page: 7 },
      ],
    });
    expect('definition' in parsed && parsed.definition.questions.map((question) => question.page)).toEqual([1, 2]);
  });

  it.each([
    [[], 'The survey [] is not a JSON object.'],
    [{ ...SURVEY, audience: 'clients' }, 'audience "clients" is not customers or employees.'],
    [{ ...SURVEY, colour: 'red' }, /^colour is not a field a survey takes \(title, theme, introduction, audience/],
    [{ ...SURVEY, questions: [] }, 'questions [] is not a list of 1 to 100 questions.'],
    [{ ...SURVEY, questions: [{ ...NPS, type: 'stars' }] }, /^questions\[0\]\.type "stars" is not nps, csat/],
    [{ ...SURVEY, questions: [NPS, NPS] }, 'questions[1].id "q1" is the id of an earlier question.'],
    [{ ...SURVEY, questions: [{ ...NPS, min: 1 }] }, 'questions[0].min is not a field of a nps question (id, type, label, required, page).'],
    [
      { ...SURVEY, questions: [{ id: 'q', type: 'rating', label: 'Note' }] },
      'questions[0].min is missing: a rating question gives its scale with min and max.',
    ],
    [
      { ...SURVEY, questions: [{ id: 'q', type: 'rating', label: 'Note', min: 5, max: 5 }] },
      'questions[0].max 5 does not make a scale with min 5: max must be above min, by at most 100.',
    ],
    [{ ...SURVEY, questions: [{ id: 'q', type: 'choice', label: 'Canal' }] }, 'questions[0].options is missing: a choice question lists its options.'],
    [
      {
        ...SURVEY,
        questions: [
          {
            id: 'q',
            type: 'choice',
            label: 'Canal',
            options: [
              { id: 'a', label: 'A' },
              { id: 'a', label: 'B' },
            ],
          },
        ],
      },
      'questions[0].options[1].id "a" is the id of an earlier option.',
    ],
    [{ ...SURVEY, questions: [{ ...NPS, label: {} }] }, 'questions[0].label gives no text: write {"fr": …, "en": …}.'],
    [{ ...SURVEY, questions: [{ ...NPS, label: { de: 'Hallo' } }] }, /^questions\[0\]\.label\.de is not a field a survey takes \(fr, en\)/],
    [{ ...SURVEY, opensAt: '2026-02-30' }, 'opensAt "2026-02-30" is not a day written YYYY-MM-DD.'],
    [{ ...SURVEY, opensAt: '2026-03-02', closesAt: '2026-03-01' }, 'closesAt 2026-03-01 is before opensAt 2026-03-02.'],
    [{ ...SURVEY, targetSample: 0 }, 'targetSample 0 is not a whole number of answers from 1 to 10,000,000.'],
    [{ ...SURVEY, expected: { promoters: 0.7, detractors: 0.4 } }, 'expected gives promoters and detractors more than 1 between them.'],
    [{ ...SURVEY, channels: ['fax'] }, /^channels\[0\] "fax" is not link, email/],
    [{ ...SURVEY, title: 'x\u0000' }, /^title "x\\u0000" is not a text of 1 to 200 characters/],
  ])('refuses %j naming the field', (value, message) => {
    expect(refusal(value)).toMatch(message instanceof RegExp ? message : new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('takes likert items with a dimension and reversal', () => {
    const parsed = parseSurveyDefinition({
      ...SURVEY,
      audience: 'employees',
      questions: [{ id: 'e1', type: 'likert', label: 'Fier', dimension: 'engagement', reverse: true }],
    });
    expect('definition' in parsed && parsed.definition.questions[0]).toMatchObject({ min: 1, max: 5, dimension: 'engagement', reverse: true });
  });
});
