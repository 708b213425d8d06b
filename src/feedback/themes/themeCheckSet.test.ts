import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../test-support/parseCsv.js';
import { loadSentimentModel } from '../sentiment/sentimentModel.js';
import { compileThemes } from './matchThemes.js';
import { measureCheckSet, parseCheckSet } from './themeCheckSet.js';
import { DEFAULT_THEMES } from './themeDefinitions.js';

/** The hand-labelled theme check set (datasets/themes/README.md). */
const CHECK_SET = fileURLToPath(new URL('../../../datasets/themes/theme_check_set.csv', import.meta.url));

/** The least precision and recall every default theme must reach on the whole check set. */
const LEAST_PER_THEME = 0.8;

const analyser = { model: loadSentimentModel(), themes: compileThemes(DEFAULT_THEMES) };
const rows = parseCheckSet(parseCsv(readFileSync(CHECK_SET, 'utf8')), analyser.themes.themeIds);

describe('the theme check set', () => {
  it('holds at least 400 French and English comments, balanced, in two halves, with none, one, two and three themes', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    const french = rows.filter((row) => row.language === 'fr').length;
    expect(french / rows.length).toBeGreaterThan(0.45);
    expect(french / rows.length).toBeLessThan(0.55);
    expect(rows.filter((row) => row.half === 'held_out').length / rows.length).toBeCloseTo(0.5, 1);
    for (const count of [0, 1, 2, 3]) expect(rows.filter((row) => row.themes.length === count).length, `${count} themes`).toBeGreaterThanOrEqual(10);
    for (const theme of analyser.themes.themeIds) expect(rows.filter((row) => row.themes.includes(theme)).length, theme).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });

  it(`gives every default theme a precision and a recall of at least ${LEAST_PER_THEME} (regression gate)`, () => {
    const { all, halves } = measureCheckSet(rows, analyser);
    const below = all.themes
      .filter((score) => score.precision < LEAST_PER_THEME || score.recall < LEAST_PER_THEME)
      .map((score) => `${score.theme} P ${score.precision.toFixed(2)} R ${score.recall.toFixed(2)}`);
    expect(below).toEqual([]);
    // the held-out half, never tuned on, must stay close: micro figures at least 0.8 too
    expect(halves.held_out.micro.precision).toBeGreaterThanOrEqual(LEAST_PER_THEME);
    expect(halves.held_out.micro.recall).toBeGreaterThanOrEqual(LEAST_PER_THEME);
  });

  it('refuses an unknown theme, an unknown half and a row without text, naming the row', () => {
    const ids = analyser.themes.themeIds;
    expect(() => parseCheckSet([{ id: 'x1', half: 'tune', language: 'fr', themes: 'prix', text: 'trop cher' }], ids)).toThrow(/x1.*prix/);
    expect(() => parseCheckSet([{ id: 'x2', half: 'train', language: 'fr', themes: '', text: 'ok' }], ids)).toThrow(/x2/);
    expect(() => parseCheckSet([{ id: 'x3', half: 'tune', language: 'fr', themes: '', text: ' ' }], ids)).toThrow(/x3/);
  });
});
