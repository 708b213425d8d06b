import { COMMENT_TEMPLATES, NEGATIVE_EMOJI, POSITIVE_EMOJI, type CommentTemplates, type CommentTheme } from './commentTemplates.js';
import type { Language } from '../output/language.js';
import type { Prng } from './prng.js';

/** How a comment feels, set by the score it comes with (see `toneOfScore`). */
export type CommentTone = 'positive' | 'mixed' | 'negative';

export interface ComposeCommentOptions {
  tone: CommentTone;
  language: Language;
  /** The themes the survey is about; each comment talks about one or two of them. */
  themes: readonly CommentTheme[];
}

/** Share of French comments typed without accents (a phone keyboard, a hurry). */
const NO_ACCENT_SHARE = 0.12;
/** Share of comments that start with a lower-case letter. */
const LOWER_CASE_SHARE = 0.1;
/** Share of comments that end with an emoji. */
const EMOJI_SHARE = 0.09;
/** Share of two-sentence comments written on two lines (a line break inside the CSV field). */
const LINE_BREAK_SHARE = 0.04;
/** How comments are put together: two points rather than one, a closing formula, an exclamation. */
const TWO_POINTS_SHARE = 0.4;
const POSITIVE_CLOSING_SHARE = 0.4;
const NEGATIVE_CLOSING_SHARE = 0.25;
const EXCLAMATION_SHARE = 0.2;
/** Mixed comments: "good point but bad point" rather than a lukewarm verdict. */
const MIXED_CONTRAST_SHARE = 0.6;
/** Negative comments: plain complaints, a negation (mostly followed by its reason), or "good but bad". */
const NEGATIVE_FORMS = [
  ['complaints', 45],
  ['negation', 30],
  ['contrast', 25],
] as const;
const NEGATION_REASON_SHARE = 0.7;

/**
 * A short free-text comment whose content matches its tone: praise only for `positive`; a good
 * point turned by a contrast or a lukewarm verdict for `mixed`; complaints, negations ("pas du
 * tout satisfait") or "good point but complaint" for `negative`. Variety comes from the theme
 * mix, closings, missing accents, lower-case starts, emoji and the odd line break.
 *
 * @param rng the responses' random stream.
 * @param options the tone, the language and the survey's themes.
 * @returns the comment, never empty.
 *
 * @example
 * composeComment(rng, { tone: 'negative', language: 'fr', themes: ['livraison'] });
 * // e.g. 'Bon emballage mais retard de livraison. Dommage.'
 */
export function composeComment(rng: Prng, options: ComposeCommentOptions): string {
  const templates = COMMENT_TEMPLATES[options.language];
  const theme = (): CommentTheme => rng.pick(options.themes);
  const praise = (): string => rng.pick(templates.praise[theme()]);
  const complaint = (): string => rng.pick(templates.complaints[theme()]);
  const sentences: string[] = [];
  switch (options.tone) {
    case 'positive':
      sentences.push(rng.chance(TWO_POINTS_SHARE) ? join(rng, templates, praise(), praise()) : praise());
      if (rng.chance(POSITIVE_CLOSING_SHARE)) sentences.push(rng.pick(templates.positiveClosings));
      break;
    case 'mixed':
      sentences.push(rng.chance(MIXED_CONTRAST_SHARE) ? praise() + rng.pick(templates.contrasts) + complaint() : rng.pick(templates.neutral));
      break;
    case 'negative':
      switch (rng.weighted(NEGATIVE_FORMS)) {
        case 'complaints':
          sentences.push(rng.chance(TWO_POINTS_SHARE) ? join(rng, templates, complaint(), complaint()) : complaint());
          break;
        case 'negation':
          sentences.push(rng.pick(templates.negations));
          if (rng.chance(NEGATION_REASON_SHARE)) sentences.push(complaint());
          break;
        case 'contrast':
          sentences.push(praise() + rng.pick(templates.contrasts) + complaint());
          break;
      }
      if (rng.chance(NEGATIVE_CLOSING_SHARE)) sentences.push(rng.pick(templates.negativeClosings));
      break;
  }
  let text = sentences.map((sentence) => finishSentence(rng, sentence, options.language)).join(rng.chance(LINE_BREAK_SHARE) ? '\n' : ' ');
  if (rng.chance(EMOJI_SHARE)) text += ` ${rng.pick(options.tone === 'positive' ? POSITIVE_EMOJI : options.tone === 'negative' ? NEGATIVE_EMOJI : ['🤷'])}`;
  if (options.language === 'fr' && rng.chance(NO_ACCENT_SHARE)) text = withoutAccents(text);
  if (rng.chance(LOWER_CASE_SHARE)) text = text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}

/** Two points of the same sign, joined ("livraison rapide et emballage soigné"). */
function join(rng: Prng, templates: CommentTemplates, first: string, second: string): string {
  return first === second ? first : first + rng.pick(templates.conjunctions) + second;
}

/** A capitalised sentence ending with a full stop or an exclamation mark (spaced, in French). */
function finishSentence(rng: Prng, sentence: string, language: Language): string {
  const capitalised = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  if (/[.!?]$/.test(capitalised)) return capitalised;
  if (!rng.chance(EXCLAMATION_SHARE)) return `${capitalised}.`;
  return capitalised + (language === 'fr' ? ' !' : '!');
}

/**
 * The text with its accents removed (é → e, ç → c), keeping emoji intact.
 *
 * @example
 * withoutAccents('Très déçue'); // 'Tres decue'
 */
export function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}
