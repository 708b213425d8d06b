import type { Language } from '../../../output/language.js';
import { barChart } from '../../../output/html/barChart.js';
import { html, type SafeHtml } from '../../../output/html/safeHtml.js';
import { formatInterval, formatNumber } from '../../../output/localeFormat.js';
import type { FeedbackResult } from '../../feedback/buildFeedback.js';
import { typeset } from './typeset.js';

/** How many themes and drivers the section lists, and how many themes show their verbatims. */
const THEMES_SHOWN = 8;
const THEMES_QUOTED = 5;

const WORDS = {
  title: { en: 'The words behind the figures', fr: 'Les mots derrière les chiffres' },
  texts: {
    en: 'texts analysed: customers’ survey comments and mentions (employees’ comments are read apart, with population=employee, when 5 or more are in scope)',
    fr: 'textes analysés : commentaires d’enquêtes des clients et mentions (ceux des salariés se lisent à part, avec population=employee, quand ils sont 5 ou plus dans le périmètre)',
  },
  nothing: { en: 'No text to analyse in the period.', fr: 'Aucun texte à analyser sur la période.' },
  employeesHidden: {
    en: 'employee texts not shown (fewer than 5 in scope, for their anonymity).',
    fr: 'textes de salariés non montrés (moins de 5 dans le périmètre, pour leur anonymat).',
  },
  sentiment: { en: 'Sentiment of the texts', fr: 'Sentiment des textes' },
  positive: { en: 'positive', fr: 'positifs' },
  neutral: { en: 'neutral', fr: 'neutres' },
  negative: { en: 'negative', fr: 'négatifs' },
  themes: { en: 'Top themes', fr: 'Principaux thèmes' },
  theme: { en: 'Theme', fr: 'Thème' },
  count: { en: 'Texts', fr: 'Textes' },
  share: { en: 'Share', fr: 'Part' },
  meanSentiment: { en: 'Mean sentiment (−1…1)', fr: 'Sentiment moyen (−1…1)' },
  npsImpact: { en: 'NPS gap', fr: 'Écart de NPS' },
  drivers: { en: 'What moves the NPS', fr: 'Ce qui pèse sur le NPS' },
  driversHow: {
    en: 'Net effect in NPS points of each theme; the gap is the NPS of those who mention it minus the others’, with its 95% interval.',
    fr: 'Effet net de chaque thème en points de NPS ; l’écart est le NPS de ceux qui en parlent moins celui des autres, avec son IC 95 %.',
  },
  netEffect: { en: 'Net effect', fr: 'Effet net' },
  verbatims: { en: 'In their words', fr: 'Verbatims' },
};

/**
 * "The words behind the figures", from the feedback analysis of the same period and filters: how many
 * texts, their sentiment as bars, the top themes with counts, share, sentiment and NPS gap,
 * the NPS drivers and up to three verbatims for each of the first themes — the excerpts
 * buildFeedback gives, so employees' texts it hides (fewer than 5 in scope) never show.
 * `unavailable` replaces it all when the analysis could not run with these filters.
 */
export function feedbackSection(feedback: FeedbackResult | { unavailable: string }, language: Language): SafeHtml {
  const t = (text: string | Record<Language, string>) => typeset(text, language);
  const heading = html`<h2>${t(WORDS.title)}</h2>`;
  if ('unavailable' in feedback) return html`<section class="family" id="feedback">${heading}<p class="missing">${t(feedback.unavailable)}</p></section>`;
  const number = (value: number, digits = 0) => formatNumber(value, language, { maximum: digits, minimum: digits });
  const signed = (value: number | null, digits = 0) => (value === null ? '—' : `${value > 0 ? '+' : ''}${number(value, digits)}`);
  const hidden =
    feedback.employeeTextsHidden === undefined
      ? null
      : html`<p class="note">${t(`${number(feedback.employeeTextsHidden)} ${WORDS.employeesHidden[language]}`)}</p>`;
  const count = html`<p>${t(`${number(feedback.items)} ${WORDS.texts[language]}`)}</p>${hidden}`;
  if (feedback.items === 0) return html`<section class="family" id="feedback">${heading}${count}<p class="missing">${t(WORDS.nothing)}</p></section>`;
  const sentiment = barChart(
    (['negative', 'neutral', 'positive'] as const).map((tone) => ({ label: t(WORDS[tone]), value: feedback.sentiment[tone], tone })),
    t(WORDS.sentiment),
    (value) => number(value),
  );
  const themes = feedback.themes.slice(0, THEMES_SHOWN);
  const themeTable = html`<h3>${t(WORDS.themes)}</h3><table><thead><tr><th>${t(WORDS.theme)}</th><th>${t(WORDS.count)}</th><th>${t(WORDS.share)}</th><th>${t(WORDS.meanSentiment)}</th><th>${t(WORDS.npsImpact)}</th></tr></thead><tbody>${themes.map(
    (theme) =>
      html`<tr><td>${theme.labels[language]}</td><td>${number(theme.count)}</td><td>${t(`${number(theme.share, 1)} %`)}</td><td>${signed(theme.sentiment, 2)}</td><td>${signed(theme.npsImpact)}</td></tr>`,
  )}</tbody></table>`;
  const labelOf = (id: string) => feedback.themes.find((theme) => theme.theme === id)?.labels[language] ?? id;
  const drivers = feedback.drivers.filter((driver) => driver.netEffect !== null).slice(0, THEMES_SHOWN);
  const driverTable =
    drivers.length === 0
      ? null
      : html`<h3>${t(WORDS.drivers)}</h3><p class="explain">${t(WORDS.driversHow)}</p><table><thead><tr><th>${t(WORDS.theme)}</th><th>${t(WORDS.netEffect)}</th><th>${t(WORDS.npsImpact)}</th></tr></thead><tbody>${drivers.map(
          (driver) =>
            html`<tr><td>${labelOf(driver.theme)}</td><td>${signed(driver.netEffect, 1)}</td><td>${t(`${signed(driver.npsImpact)} ${driver.npsImpactCi95 === null ? '' : formatInterval(signed(driver.npsImpactCi95[0]), signed(driver.npsImpactCi95[1]), language, ', ')}`.trim())}</td></tr>`,
        )}</tbody></table>`;
  const quoted = themes.filter((theme) => theme.examples.length > 0).slice(0, THEMES_QUOTED);
  const verbatims =
    quoted.length === 0
      ? null
      : html`<h3>${t(WORDS.verbatims)}</h3>${quoted.map(
          (theme) =>
            html`<div class="theme"><p><strong>${theme.labels[language]}</strong></p>${theme.examples.map((example) => html`<blockquote>${example}</blockquote>`)}</div>`,
        )}`;
  return html`<section class="family" id="feedback">${heading}${count}${sentiment}${themeTable}${driverTable}${verbatims}</section>`;
}
