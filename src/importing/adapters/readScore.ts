import { normalizeName } from './locateColumns.js';

/** The score fields of a response (docs/formats.md; their ranges are checked by the import). */
export type ScoreField = 'nps' | 'csat' | 'ces';

/**
 * Answer labels that stand for a score when the export gives choice texts without their
 * number (English and French). Only wordings whose score is unambiguous: the NPS scale's two
 * ends, and the usual five-point satisfaction scale.
 */
const LABELS: Readonly<Record<ScoreField, Readonly<Record<string, number>>>> = {
  nps: {
    'not at all likely': 0,
    'extremely likely': 10,
    'pas du tout probable': 0,
    'extremement probable': 10,
    'tres probable': 10,
  },
  csat: {
    'very dissatisfied': 1,
    'very unsatisfied': 1,
    dissatisfied: 2,
    unsatisfied: 2,
    neutral: 3,
    'neither satisfied nor dissatisfied': 3,
    satisfied: 4,
    'very satisfied': 5,
    'tres insatisfait': 1,
    'tres insatisfaite': 1,
    'pas du tout satisfait': 1,
    'pas du tout satisfaite': 1,
    insatisfait: 2,
    insatisfaite: 2,
    'peu satisfait': 2,
    'peu satisfaite': 2,
    'pas satisfait': 2,
    'pas satisfaite': 2,
    neutre: 3,
    'ni satisfait ni insatisfait': 3,
    satisfait: 4,
    satisfaite: 4,
    'tres satisfait': 5,
    'tres satisfaite': 5,
  },
  ces: {},
};

/** A leading whole number followed by a label separator or nothing: `10 - Extremely likely`, `7 (Very easy)`, `4`. */
const LEADING_NUMBER = /^(\d{1,2})(?:\s*[-–—:=()]|\s+|$)/;

/**
 * The score an answer gives, as text: a bare number, the number a choice label starts with
 * (`10 - Extremely likely`, `0 - Pas du tout probable`), or a known label without number.
 * Anything else comes back unchanged, for the import to report the row as bad at its line
 * (an NPS of "Yes" is a bad row, not a silently dropped one).
 *
 * @example readScore('nps', '10 - Extremely likely') // '10'
 * @example readScore('csat', 'Très satisfait') // '5'
 * @example readScore('nps', 'Oui') // 'Oui'
 */
export function readScore(field: ScoreField, answer: string): string {
  const text = answer.trim();
  if (text === '') return '';
  const leading = LEADING_NUMBER.exec(text);
  if (leading) return String(Number(leading[1]));
  const label =
    LABELS[field][
      normalizeName(text)
        .replace(/[^\p{L}\p{N} ]+/gu, '')
        .trim()
    ];
  return label === undefined ? text : String(label);
}
