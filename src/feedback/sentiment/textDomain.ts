/**
 * A guess of the kind of text a comment is — social post, short comment, longer comment or
 * review — and of its language, from its sentiment tokens alone (the model is never told the
 * source of a text). The sentiment features conjoin word n-grams with this guess
 * (`FeatureConfig.domainCopies`), so one model can weigh a word differently in a tweet and in
 * a review (Daumé III 2007, "Frustratingly easy domain adaptation": shared + domain copies).
 */
import { languageCue } from './languageCue.js';
import { URL_TOKEN, USER_TOKEN } from './normaliseForSentiment.js';

/** Social: a handle or a URL; otherwise by the number of tokens (words and punctuation). */
export type TextGenre = 'social' | 'short' | 'medium' | 'long';

export const TEXT_GENRES: readonly TextGenre[] = ['social', 'short', 'medium', 'long'];

/** Texts of fewer tokens than this (and no handle or URL) are short: survey comments, titles, one sentence. */
export const SHORT_BELOW = 15;
/** Texts of this many tokens or more (and no handle or URL) are long: reviews. */
export const LONG_FROM = 40;

/**
 * The genre of a tokenised text: `social` when it holds a @handle or a URL (`_user_`,
 * `_url_`; hashtags are not seen, the tokeniser drops `#`), else `short` under 15 tokens,
 * `long` from 40 tokens, `medium` between. In the training data: 100 % of airline tweets,
 * about 80 % of French and 35 % of English general tweets are social; book and clothing reviews
 * have a median of 48 and 66 tokens; the CX seed sentences a median of 7.
 */
export function textGenre(tokens: readonly string[]): TextGenre {
  for (const token of tokens) if (token === USER_TOKEN || token === URL_TOKEN) return 'social';
  if (tokens.length < SHORT_BELOW) return 'short';
  return tokens.length >= LONG_FROM ? 'long' : 'medium';
}

/** Number of distinct domains (genre × language cue: unknown, French, English). */
export const DOMAIN_COUNT = TEXT_GENRES.length * 3;

/**
 * The domain of a tokenised text, 0 … DOMAIN_COUNT − 1: its genre (textGenre) × its language
 * cue (languageCue: 0 unknown, 1 French, 2 English), as genreIndex × 3 + language.
 */
export function textDomain(tokens: readonly string[]): number {
  return TEXT_GENRES.indexOf(textGenre(tokens)) * 3 + languageCue(tokens);
}
