import { analyseText, type TextAnalyser } from '../analyseText.js';
import { scoreThemes, type ThemeJudgement, type ThemeScores } from './scoreThemes.js';

/** The halves of the check set: tuned on, and held out. */
export const CHECK_SET_HALVES = ['tune', 'held_out'] as const;

/** A half of the check set. */
export type CheckSetHalf = (typeof CHECK_SET_HALVES)[number];

/** One labelled comment of the theme check set (datasets/themes/theme_check_set.csv). */
export interface CheckSetRow {
  id: string;
  half: CheckSetHalf;
  language: string;
  /** The themes its labeller says it mentions (possibly none). */
  themes: string[];
  text: string;
}

/** Separates the theme ids of the `themes` column. */
const THEME_SEPARATOR = '|';

/**
 * The check set's rows from its CSV records (columns `id`, `half`, `language`, `themes`,
 * `text`; `themes` holds `|`-separated ids, empty for none). Throws an Error naming the row
 * on a missing text, an unknown half or a theme id outside `themeIds`, so a typo in the
 * labels cannot silently lower or raise a figure.
 */
export function parseCheckSet(records: readonly Record<string, string | undefined>[], themeIds: readonly string[]): CheckSetRow[] {
  return records.map((record, index) => {
    const id = record.id ?? `row ${index + 1}`;
    const half = CHECK_SET_HALVES.find((name) => name === record.half);
    if (half === undefined) throw new Error(`Check set row ${id}: half must be ${CHECK_SET_HALVES.join(' or ')}, not "${record.half ?? ''}".`);
    const text = record.text ?? '';
    if (text.trim() === '') throw new Error(`Check set row ${id} has no text.`);
    const themes = (record.themes ?? '')
      .split(THEME_SEPARATOR)
      .map((theme) => theme.trim())
      .filter((theme) => theme !== '');
    const unknown = themes.find((theme) => !themeIds.includes(theme));
    if (unknown !== undefined) throw new Error(`Check set row ${id}: unknown theme "${unknown}".`);
    return { id, half, language: record.language ?? '', themes, text };
  });
}

/** A check-set row with the themes the analysis found in it. */
export interface CheckSetJudgement extends ThemeJudgement {
  row: CheckSetRow;
}

/** The figures on the whole check set and on each half, and every row's judgement. */
export interface CheckSetResult {
  all: ThemeScores;
  halves: Record<CheckSetHalf, ThemeScores>;
  judgements: CheckSetJudgement[];
}

/**
 * Runs the stored analysis (analyseText: cleaning, sentences, both languages' terms — what
 * `barometre feedback` keeps) on every row, the language left to identification, and scores
 * the themes found against the labels (scoreThemes) on the whole set and on each half.
 */
export function measureCheckSet(rows: readonly CheckSetRow[], analyser: TextAnalyser): CheckSetResult {
  const judgements = rows.map((row) => ({
    row,
    expected: row.themes,
    found: analyseText(row.text, analyser).themes.map((mention) => mention.theme),
  }));
  const themeIds = analyser.themes.themeIds;
  const halves = Object.fromEntries(
    CHECK_SET_HALVES.map((half) => [
      half,
      scoreThemes(
        themeIds,
        judgements.filter((judgement) => judgement.row.half === half),
      ),
    ]),
  ) as Record<CheckSetHalf, ThemeScores>;
  return { all: scoreThemes(themeIds, judgements), halves, judgements };
}
