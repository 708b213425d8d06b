import type { Language } from '../../../output/language.js';
import { htmlDocument } from '../../../output/html/htmlDocument.js';
import { html } from '../../../output/html/safeHtml.js';
import { formatNumber } from '../../../output/localeFormat.js';
import type { FeedbackResult } from '../../feedback/buildFeedback.js';
import type { Report } from '../buildReport.js';
import { filterText, type ReportQuery } from '../reportQuery.js';
import { engagementSection } from './engagementSection.js';
import { feedbackSection } from './feedbackSection.js';
import { indicatorBlock } from './indicatorBlock.js';
import { INDICATOR_FAMILIES } from './indicatorFamilies.js';
import { typeset } from './typeset.js';
import { rawEventsNote } from '../rawEventsNote.js';

/** What the shared report is made of: the workspace's name, the query, its report and feedback analysis, and when it was made. */
export interface ReportDocumentParts {
  workspace: string;
  query: ReportQuery;
  report: Report;
  /** The feedback analysis of the same period and filters, or why it could not run with them. */
  feedback: FeedbackResult | { unavailable: string };
  generatedAt: Date;
  language: Language;
}

const WORDS = {
  title: { en: 'Baromètre report', fr: 'Rapport Baromètre' },
  workspace: { en: 'Workspace', fr: 'Espace de travail' },
  period: { en: 'Period', fr: 'Période' },
  allData: { en: 'all data', fr: 'toutes les données' },
  dataTo: { en: 'data to', fr: 'données jusqu’au' },
  comparedWith: { en: 'Compared with', fr: 'Comparé à' },
  noComparison: { en: 'no comparison (add compare=previous or year)', fr: 'aucune comparaison (ajoutez compare=previous ou year)' },
  filters: { en: 'Filters', fr: 'Filtres' },
  noFilter: { en: 'none: all rows', fr: 'aucun : toutes les lignes' },
  splitBy: { en: 'Split by', fr: 'Découpé par' },
  series: { en: 'Series by', fr: 'Séries par' },
  generated: { en: 'Generated', fr: 'Généré le' },
  day: { en: 'day', fr: 'jour' },
  week: { en: 'week', fr: 'semaine' },
  month: { en: 'month', fr: 'mois' },
  howToRead: {
    en: 'How to read: each value comes with its 95% confidence interval and what it rests on. A change against the comparison period is called a real rise or fall only when its test says so (p < 0.05); otherwise it is marked “no measurable difference”: not distinguishable from noise. “Low precision” marks an interval wider than ±5 points (±10 for an NPS).',
    fr: 'Lecture : chaque valeur est donnée avec son intervalle de confiance à 95 % et ce sur quoi elle repose. Une évolution par rapport à la période de comparaison n’est dite hausse ou baisse réelle que si son test le dit (p < 0,05) ; sinon elle est marquée « pas de différence mesurable » : indiscernable du bruit. « Peu précis » signale un intervalle plus large que ±5 points (±10 pour un NPS).',
  },
  fdr: {
    en: 'In the groups, a difference is called real only after the Benjamini–Hochberg correction (false discovery rate 5%).',
    fr: 'Dans les groupes, une différence n’est dite réelle qu’après la correction de Benjamini–Hochberg (taux de fausses découvertes 5 %).',
  },
  cohorts: {
    en: 'Retention cohorts: share of customers ordering again, by month after their first order',
    fr: 'Cohortes : part des clients qui commandent de nouveau, par mois après la première commande',
  },
  cohort: { en: 'Cohort', fr: 'Cohorte' },
  customers: { en: 'Customers', fr: 'Clients' },
  footer: {
    en: 'Made by Baromètre. How each indicator and interval is computed: docs/indicators.md; the NPS as Bain defines it:',
    fr: 'Produit par Baromètre. Le calcul de chaque indicateur et de son intervalle : docs/indicators.md ; le NPS tel que Bain le définit :',
  },
};

/** Bain & Company's page defining the NPS, the reference docs/indicators.md cites. */
const NPS_SOURCE = 'https://nps.bain.com/about/measuring-your-net-promoter-score/';

/**
 * The shared report (issue 14) as one self-contained HTML document: a header with the
 * workspace, period, comparison period, filters, split and date made, and how to read it;
 * one section per family of indicators (INDICATOR_FAMILIES), each indicator drawn by
 * indicatorBlock, the retention cohorts under loyalty, the barometer's dimensions, groups and
 * drivers under employees (engagementSection); then what customers say
 * (feedbackSection). Inline CSS and SVG only: it loads nothing and prints on A4.
 */
export function reportDocument(parts: ReportDocumentParts): string {
  const { report, query, language } = parts;
  const t = (text: string | Record<Language, string>) => typeset(text, language);
  const bounded = report.period.boundedTo === undefined ? '' : ` (${WORDS.dataTo[language]} ${report.period.boundedTo})`;
  const period = report.period.from === null ? WORDS.allData[language] : `${report.period.from} → ${report.period.to}${bounded}`;
  const compared = report.comparedWith === undefined ? WORDS.noComparison[language] : `${report.comparedWith.from} → ${report.comparedWith.to}`;
  const filters = query.where.length === 0 ? WORDS.noFilter[language] : query.where.map(filterText).join(', ');
  const meta: [keyof typeof WORDS, string][] = [
    ['workspace', parts.workspace],
    ['period', period],
    ['comparedWith', compared],
    ['filters', filters],
  ];
  if (query.by !== null) meta.push(['splitBy', query.by]);
  if (report.interval !== undefined) meta.push(['series', WORDS[report.interval][language]]);
  meta.push(['generated', `${parts.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`]);
  const header = html`<header><h1>${t(WORDS.title)} — ${parts.workspace}</h1><dl class="meta">${meta.map(
    ([word, value]) => html`<dt>${t(WORDS[word])}</dt><dd>${t(value)}</dd>`,
  )}</dl><p class="how">${t(WORDS.howToRead)}</p>${report.fdr === undefined ? null : html`<p class="note">${t(WORDS.fdr)}</p>`}${
    report.rawEventsFrom === undefined ? null : html`<p class="note">${t(rawEventsNote(report.rawEventsFrom, language))}</p>`
  }</header>`;
  const families = INDICATOR_FAMILIES.map(
    (family) =>
      html`<section class="family" id="${family.id}"><h2>${t(family.title)}</h2>${family.keys.map((key) => indicatorBlock(key, report, language))}${family.id === 'loyalty' ? cohortTable(report, language) : null}${family.id === 'employees' ? engagementSection(report, language) : null}</section>`,
  );
  const footer = html`<footer>${t(WORDS.footer)} <a href="${NPS_SOURCE}">${NPS_SOURCE}</a></footer>`;
  return htmlDocument({
    language,
    title: `${t(WORDS.title)} — ${parts.workspace} — ${period}`,
    body: html`${header}<main>${families}${feedbackSection(parts.feedback, language)}</main>${footer}`,
  });
}

/** The retention triangle, when the report has one: a row per cohort, its customers and the % ordering again in M0, M1… */
function cohortTable(report: Report, language: Language) {
  if (report.cohorts === undefined || report.cohorts.length === 0) return null;
  const t = (text: string | Record<Language, string>) => typeset(text, language);
  const months = Math.max(...report.cohorts.map((cohort) => cohort.retention.length));
  const percent = (share: number) => t(`${formatNumber(share, language, { maximum: 1 })} %`);
  return html`<div class="indicator"><h3>${t(WORDS.cohorts)}</h3><table><thead><tr><th>${t(WORDS.cohort)}</th><th>${t(WORDS.customers)}</th>${Array.from(
    { length: months },
    (_, month) => html`<th>M${month}</th>`,
  )}</tr></thead><tbody>${report.cohorts.map(
    (cohort) => html`<tr><td>${cohort.cohort}</td><td>${cohort.customers}</td>${cohort.retention.map((share) => html`<td>${percent(share)}</td>`)}</tr>`,
  )}</tbody></table></div>`;
}
