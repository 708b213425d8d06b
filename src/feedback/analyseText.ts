import { identifyLanguage, UNDETERMINED_LANGUAGE } from './language/identifyLanguage.js';
import type { SentimentLabel, SentimentModel } from './sentiment/sentimentModel.js';
import type { ThemeMatcher } from './themes/matchThemes.js';
import { cleanText } from './text/cleanText.js';
import { shortenText } from './text/shortenText.js';
import { splitSentences } from './text/splitSentences.js';

/** The longest excerpt kept for a theme mention, in characters (a sentence, cut at a word). */
export const MAX_EXCERPT_CHARACTERS = 280;

/** One theme a text mentions: aspect-level sentiment and the sentence that shows it. */
export interface ThemeMention {
  theme: string;
  /** Mean sentiment score, in [−1, 1], of the sentences that mention the theme. */
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
 * against the French and the English terms of the themes), and for every
 * theme a sentence mentions keeps the mean score of those sentences (aspect-level
 * sentiment) and the first of them as an excerpt. An empty or letterless text is neutral,
 * `und`, with no theme. Never throws on any string.
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
  const byTheme = new Map<string, { total: number; sentences: number; excerpt: string }>();
  for (const sentence of splitSentences(text)) {
    // Both languages' terms: a comment can switch language between sentences, and a short
    // one can be told wrongly; a term is a whole word or phrase, so collisions are rare.
    const themes = analyser.themes.match(sentence, UNDETERMINED_LANGUAGE);
    if (themes.length === 0) continue;
    const { score } = sentence === text ? overall : analyser.model.predict(sentence);
    for (const theme of themes) {
      const seen = byTheme.get(theme);
      if (seen) {
        seen.total += score;
        seen.sentences += 1;
      } else byTheme.set(theme, { total: score, sentences: 1, excerpt: shortenText(sentence, MAX_EXCERPT_CHARACTERS) });
    }
  }
  const themes = analyser.themes.themeIds
    .filter((theme) => byTheme.has(theme))
    .map((theme) => {
      const { total, sentences, excerpt } = byTheme.get(theme)!;
      return { theme, score: total / sentences, excerpt };
    });
  return { language, sentiment: overall.label, score: overall.score, themes };
}
