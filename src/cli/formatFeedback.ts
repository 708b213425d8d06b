import type { FeedbackResult } from '../services/feedback/buildFeedback.js';
import type { Language } from '../output/language.js';
import { formatInterval, frenchTypography } from '../output/localeFormat.js';
import type { AnswerBand } from '../indicators/answerBands.js';
import type { SentimentLabel } from '../feedback/sentiment/sentimentModel.js';

const WORDS = {
  texts: { fr: 'textes analysés', en: 'texts analysed' },
  employeesHidden: {
    fr: 'textes de salariés non montrés (moins de 5 dans le périmètre, pour leur anonymat)',
    en: 'employee texts not shown (fewer than 5 in scope, for their anonymity)',
  },
  period: { fr: 'Période :', en: 'Period:' },
  sentiment: { fr: 'Sentiment :', en: 'Sentiment:' },
  positive: { fr: 'positifs', en: 'positive' },
  neutral: { fr: 'neutres', en: 'neutral' },
  negative: { fr: 'négatifs', en: 'negative' },
  themes: { fr: 'Thèmes (part des textes, sentiment moyen −1…1, impact sur le NPS)', en: 'Themes (share of texts, mean sentiment −1…1, NPS impact)' },
  drivers: {
    fr: 'Ce qui pèse sur le NPS, le plus fort d’abord (effet net en points ; écart de NPS entre ceux qui en parlent et les autres, IC 95 %)',
    en: 'What moves the NPS, strongest first (net effect in points; NPS gap between those who mention it and the others, 95% CI)',
  },
  tooFew: { fr: 'trop peu de réponses', en: 'too few answers' },
  candidates: { fr: 'Thèmes candidats (expressions récurrentes hors taxonomie)', en: 'Candidate themes (recurring phrases outside the taxonomy)' },
  brands: {
    fr: 'Écoute sociale (part de voix ; pondérée par le sentiment ; sentiment net)',
    en: 'Social listening (share of voice; sentiment-weighted; net sentiment)',
  },
  comments: { fr: 'Derniers textes (du plus récent ; --limit, --offset pour les suivants)', en: 'Latest texts (newest first; --limit, --offset for more)' },
  nothing: { fr: 'Aucun texte à analyser sur la période.', en: 'No text to analyse in the period.' },
  allData: { fr: 'toutes les données', en: 'all data' },
  more: { fr: '--json ou --per-item pour le détail.', en: '--json or --per-item for the details.' },
} as const;

/** How many themes, drivers, candidates, brands and comments the text summary shows. */
const SHOWN = 8;

/** The longest a comment's text is shown in the summary, in characters. */
const COMMENT_CHARACTERS = 100;

/** A band and a sentiment label, as the summary names them. */
const LABELS: Readonly<Record<AnswerBand | SentimentLabel, { fr: string; en: string }>> = {
  detractor: { fr: 'détracteur', en: 'detractor' },
  passive: { fr: 'passif', en: 'passive' },
  promoter: { fr: 'promoteur', en: 'promoter' },
  low: { fr: 'bas', en: 'low' },
  high: { fr: 'haut', en: 'high' },
  positive: { fr: 'positif', en: 'positive' },
  neutral: { fr: 'neutre', en: 'neutral' },
  negative: { fr: 'négatif', en: 'negative' },
};

/**
 * Renders a feedback result for people, in French or English: the sentiment split, the
 * themes with share, mean sentiment and NPS impact, the drivers ranked, candidate themes and
 * the brands' shares of voice, and the newest texts of the page with their answer and sentiment. The JSON (--json) has everything. French follows French
 * typography (src/output/localeFormat.ts): `Période : …`, `12,5 %`, `[+3 ; +9]`.
 */
export function formatFeedback(result: FeedbackResult, language: Language): string {
  const w = (key: keyof typeof WORDS) => WORDS[key][language];
  const number = (value: number, digits = 0) =>
    value.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const signed = (value: number | null, digits = 0) => (value === null ? '—' : `${value > 0 ? '+' : ''}${number(value, digits)}`);
  const period = result.period.from === null ? w('allData') : `${result.period.from} → ${result.period.to}`;
  const lines = [`${w('period')} ${period}`, `${number(result.items)} ${w('texts')}`];
  if (result.employeeTextsHidden !== undefined) lines.push(`${number(result.employeeTextsHidden)} ${w('employeesHidden')}`);
  // Written with plain spaces, French takes its no-break spaces last (one for one: the columns stay aligned).
  const typeset = (text: string) => (language === 'fr' ? frenchTypography(text) : text);
  if (result.items === 0 && result.social === null) return typeset(`${lines.join('\n')}\n${w('nothing')}\n`);
  const share = (count: number) => (result.items === 0 ? 0 : (100 * count) / result.items);
  lines.push(
    `${w('sentiment')} ${number(share(result.sentiment.positive))} % ${w('positive')}, ${number(share(result.sentiment.neutral))} % ${w('neutral')}, ${number(share(result.sentiment.negative))} % ${w('negative')}`,
  );
  if (result.themes.length > 0) {
    lines.push('', w('themes'));
    for (const theme of result.themes.slice(0, SHOWN)) {
      lines.push(
        `  ${theme.labels[language].padEnd(28)} ${number(theme.share, 1).padStart(6)} %  ${signed(theme.sentiment, 2).padStart(6)}  NPS ${signed(theme.npsImpact).padStart(5)}`,
      );
    }
  }
  if (result.drivers.length > 0) {
    lines.push('', w('drivers'));
    const labelOf = (theme: string) => result.themes.find((candidate) => candidate.theme === theme)?.labels[language] ?? theme;
    // Ranked by the size of the net effect: the strongest drivers first, whichever way they pull.
    for (const driver of result.drivers.filter((candidate) => candidate.netEffect !== null).slice(0, SHOWN)) {
      const interval =
        driver.npsImpactCi95 === null ? '' : ` ${formatInterval(signed(driver.npsImpactCi95[0]), signed(driver.npsImpactCi95[1]), language, ', ')}`;
      lines.push(`  ${labelOf(driver.theme).padEnd(28)} ${signed(driver.netEffect, 1).padStart(6)}  ${signed(driver.npsImpact).padStart(5)}${interval}`);
    }
    for (const driver of result.drivers.filter((candidate) => candidate.tooFewAnswers && candidate.respondents > 0).slice(0, SHOWN)) {
      lines.push(`  ${labelOf(driver.theme).padEnd(28)} ${w('tooFew')} (n = ${number(driver.respondents)})`);
    }
  }
  if (result.candidates.length > 0) {
    lines.push('', w('candidates'));
    for (const candidate of result.candidates.slice(0, SHOWN)) lines.push(`  ${candidate.phrase.padEnd(28)} ${number(candidate.count).padStart(6)}`);
  }
  if (result.social !== null && result.social.brands.length > 0) {
    lines.push('', w('brands'));
    for (const brand of result.social.brands.slice(0, SHOWN)) {
      const sov = brand.shareOfVoice === null ? '—' : `${number(brand.shareOfVoice, 1)} %`;
      const weighted = brand.sentimentWeightedShareOfVoice === null ? '—' : `${number(brand.sentimentWeightedShareOfVoice, 1)} %`;
      lines.push(
        `  ${`${brand.brand}${brand.own ? ' *' : ''}`.padEnd(28)} ${sov.padStart(7)}  ${weighted.padStart(7)}  ${signed(brand.netSentiment).padStart(5)}`,
      );
    }
  }
  if (result.comments.length > 0) {
    lines.push('', w('comments'));
    for (const comment of result.comments.slice(0, SHOWN)) {
      const answer =
        comment.answer === null
          ? ''
          : `${comment.answer.indicator.toUpperCase()} ${comment.answer.score}${comment.answer.band === null ? '' : ` ${LABELS[comment.answer.band][language]}`}`;
      const text = comment.text.replace(/[\s\p{Cc}]+/gu, ' '); // one line, and no control character reaches the terminal
      const shown = text.length > COMMENT_CHARACTERS ? `${text.slice(0, COMMENT_CHARACTERS - 1)}…` : text;
      lines.push(`  ${comment.date.slice(0, 10)}  ${answer.padEnd(18)} ${LABELS[comment.sentiment][language].padEnd(8)}  ${shown}`);
    }
  }
  lines.push('', w('more'));
  return typeset(`${lines.join('\n')}\n`);
}
