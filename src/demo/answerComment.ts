import type { CommentTheme } from './commentTemplates.js';
import { composeComment } from './composeComment.js';
import type { Language } from '../output/language.js';
import type { Prng } from './prng.js';
import { toneOfScore, type ScoreMetric } from './toneOfScore.js';

export interface AnswerCommentOptions {
  metric: ScoreMetric;
  score: number;
  themes: readonly CommentTheme[];
  /** Share of respondents who write something. */
  commentShare: number;
  /** Share of comments written in French (the rest in English). */
  frenchShare: number;
}

/** The comment and `language` fields of one survey answer. */
export interface AnswerComment {
  /** `''` when the respondent wrote nothing. */
  comment: string;
  /** Set on about half of the comments, as when some survey tools record it and others not. */
  language: Language | null;
  /** The language the comment is written in, always (null without a comment). */
  writtenIn: Language | null;
}

/** Share of comments whose `language` column is filled. */
const LANGUAGE_COLUMN_SHARE = 0.5;

/**
 * Whether a respondent comments, in which language, and the comment matching the score's tone.
 *
 * @example
 * answerComment(rng, { metric: 'nps', score: 10, themes: ['livraison'], commentShare: 1, frenchShare: 1 });
 * // e.g. { comment: 'Livraison rapide. Merci !', language: 'fr' }
 */
export function answerComment(rng: Prng, options: AnswerCommentOptions): AnswerComment {
  if (!rng.chance(options.commentShare)) return { comment: '', language: null, writtenIn: null };
  const language: Language = rng.chance(options.frenchShare) ? 'fr' : 'en';
  const comment = composeComment(rng, { tone: toneOfScore(options.metric, options.score), language, themes: options.themes });
  return { comment, language: rng.chance(LANGUAGE_COLUMN_SHARE) ? language : null, writtenIn: language };
}
