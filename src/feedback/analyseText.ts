import { identifyLanguage, UNDETERMINED_LANGUAGE } from './language/identifyLanguage.js';
import type { SentimentLabel, SentimentModel } from './sentiment/sentimentModel.js';
import type { ThemeMatcher } from './themes/matchThemes.js';
import { cleanText } from './text/cleanText.js';
import { shortenText } from './text/shortenText.js';
import { splitClauses } from './text/splitClauses.js';
import { splitSentences } from './text/splitSentences.js';

/** The longest excerpt kept for a theme mention, in characters (a sentence, cut at a word). */
export const MAX_EXCERPT_CHARACTERS = 280;

/** One theme a text mentions: aspect-level sentiment and the sentence that shows it. */
export interface ThemeMention {
  theme: string;
  /** Mean sentiment score, in [−1, 1], of the clauses that mention the theme (splitClauses). */
  score: number;
  /** The first sentence that mentions the theme (at most MAX_EXCERPT_CHARACTERS). */
  excerpt: string;
}

/** What the analysis of one text finds. */
export interface TextAnalysis {
  /** ISO 639-1 code, or `und` when the text has no recognisable language. */
  language: string;
  sentiment: SentimentLabel;
  /** P(positive) − P(negative) of the whole text, in [−1, 1]. */
  score: number;
  themes: ThemeMention[];
}

/** The models an analysis uses, loaded once per run. */
export interface TextAnalyser {
  model: SentimentModel;
  themes: ThemeMatcher;
}

/**
 * Analyses one customer text: cleans it (HTML, entities, control characters, length cap),
 * names its language (the declared one when the row carries a two-letter code, else
 * identified), scores the whole text's sentiment, splits it into sentences (each matched
 * against the French and the English terms of the themes) and each sentence that names a
 * theme into clauses (splitClauses: at contrast words, and at the commas, `et`, `and` between
 * pieces that each name a theme). Every theme a clause names gets that clause's score, and the
 * theme's aspect-level sentiment is the mean over its clauses, so "Caissière souriante mais
 * retard de livraison" scores the staff positive and the delivery negative; a theme its
 * sentence names but no clause does alone (a term cut by the split) gets the sentence's score.
 * The first sentence that mentions a theme is its excerpt. An empty or letterless text is
 * neutral, `und`, with no theme. Never throws on any string.
 *
 * @example analyseText('Livraison rapide. Mais le SAV ne répond jamais !', analyser)
 *   // { language: 'fr', sentiment: 'negative', score: −0.08…,
 *   //   themes: [{ theme: 'delivery', score: 0.76…, excerpt: 'Livraison rapide.' },
 *   //            { theme: 'customer_service', score: −0.74…, excerpt: 'Mais le SAV ne répond jamais !' }] }
 */
export function analyseText(raw: string, analyser: TextAnalyser, declaredLanguage: string | null = null): TextAnalysis {
  const text = cleanText(raw);
  const language =
    declaredLanguage !== null && /^[a-z]{2}$/.test(declaredLanguage.trim().toLowerCase()) ? declaredLanguage.trim().toLowerCase() : identifyLanguage(text);
  const overall = analyser.model.predict(text);
  // Both languages' terms: a comment can switch language between sentences, and a short
  // one can be told wrongly; a term is a whole word or phrase, so collisions are rare.
  const themesOf = (words: string) => analyser.themes.match(words, UNDETERMINED_LANGUAGE);
  const scoreOf = (words: string) => (words === text ? overall : analyser.model.predict(words)).score;
  const byTheme = new Map<string, { total: number; clauses: number; excerpt: string }>();
  const add = (theme: string, score: number, sentence: string) => {
    const seen = byTheme.get(theme);
    if (seen) {
      seen.total += score;
      seen.clauses += 1;
    } else byTheme.set(theme, { total: score, clauses: 1, excerpt: shortenText(sentence, MAX_EXCERPT_CHARACTERS) });
  };
  for (const sentence of splitSentences(text)) {
    const themes = themesOf(sentence);
    if (themes.length === 0) continue;
    const clauses = splitClauses(sentence, (piece) => themesOf(piece).length > 0);
    if (clauses.length <= 1) {
      const score = scoreOf(sentence);
      for (const theme of themes) add(theme, score, sentence);
      continue;
    }
    const scored = new Set<string>();
    for (const clause of clauses) {
      const clauseThemes = themesOf(clause);
      if (clauseThemes.length === 0) continue;
      const score = scoreOf(clause);
      for (const theme of clauseThemes) {
        add(theme, score, sentence);
        scored.add(theme);
      }
    }
    const unscored = themes.filter((theme) => !scored.has(theme));
    if (unscored.length > 0) {
      const score = scoreOf(sentence);
      for (const theme of unscored) add(theme, score, sentence);
    }
  }
  const themes = analyser.themes.themeIds
    .filter((theme) => byTheme.has(theme))
    .map((theme) => {
      const { total, clauses, excerpt } = byTheme.get(theme)!;
      return { theme, score: total / clauses, excerpt };
    });
  return { language, sentiment: overall.label, score: overall.score, themes };
}
