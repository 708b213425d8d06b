import { boundPeriod } from '../report/boundPeriod.js';
import type { FieldFilter } from '../report/reportQuery.js';
import { dataExtent } from '../../store/queries/dataExtent.js';
import { loadFieldCatalog } from '../../store/queries/fieldCatalog.js';
import type { Store } from '../../store/Store.js';
import type { Interval } from '../../indicators/stats/Interval.js';
import { type ThemeDriver, themeDrivers } from '../../feedback/drivers/themeDrivers.js';
import { FEEDBACK_SOURCES, type FeedbackSource } from '../../store/schema/feedbackSources.js';
import { checkFeedbackFields, feedbackScope } from './feedbackScope.js';
import { refreshAnalyses } from './refreshAnalyses.js';
import type { SentimentLabel } from '../../feedback/sentiment/sentimentModel.js';
import { type BrandListening, brandListening } from '../../feedback/social/brandListening.js';
import { brandStatistics } from '../../store/queries/feedback/brandStatistics.js';
import { employeeTexts } from '../../store/queries/feedback/employeeTexts.js';
import { ENPS_MIN_RESPONDENTS } from '../../indicators/recommendation/enps.js';
import type { FeedbackContext } from '../../store/queries/feedback/FeedbackContext.js';
import { feedbackItems } from '../../store/queries/feedback/feedbackItems.js';
import { itemAspects, type ItemAspectRow } from '../../store/queries/feedback/itemAspects.js';
import { itemCounts, type ItemCountRow } from '../../store/queries/feedback/itemCounts.js';
import { themeCounts, type ThemeCountRow } from '../../store/queries/feedback/themeCounts.js';
import { EXAMPLES_PER_THEME, themeExamples, type ThemeExampleRow } from '../../store/queries/feedback/themeExamples.js';
import { mentionedBrands } from '../../store/queries/feedback/mentionedBrands.js';
import { type RecentText, recentTexts } from '../../store/queries/feedback/recentTexts.js';
import { candidateThemes } from './candidateThemes.js';
import type { CandidatePhrase } from '../../feedback/themes/discoverPhrases.js';
import type { ThemeDefinition } from '../../feedback/themes/themeDefinitions.js';
import { compareText } from '../../output/compareText.js';

/** What `barometre feedback` and `GET /api/feedback` ask for. */
export interface FeedbackQuery {
  from: string | null;
  to: string | null;
  where: FieldFilter[];
  /** Only survey comments, or only mentions; null for both. */
  source: FeedbackSource | null;
  perItem: boolean;
}

/** One theme over the texts in scope (docs/feedback.md). */
export interface ThemeSummary {
  theme: string;
  labels: { fr: string; en: string };
  /** Texts that mention the theme. */
  count: number;
  /** 100 × count / items. */
  share: number;
  /** Mean aspect-level sentiment score of the mentions, in [−1, 1]. */
  sentiment: number;
  /** NPS of respondents who mention the theme minus NPS of the other commenters; null without NPS answers on both sides. */
  npsImpact: number | null;
  npsImpactCi95: Interval | null;
  /** 100 × detractors' comments mentioning the theme / all detractors' comments; null without detractors. */
  detractorShare: number | null;
  /** Up to three excerpts, the most strongly felt first. */
  examples: string[];
}

/** One analysed text, with `--per-item`. */
export interface FeedbackItem {
  id: string;
  source: FeedbackSource;
  language: string;
  sentiment: SentimentLabel;
  score: number;
  /** The themes it mentions, in taxonomy order. */
  themes: string[];
  /** The same themes with their aspect-level sentiment (mean score of the sentences that mention each). */
  aspects: { theme: string; score: number }[];
}

/** The JSON of `barometre feedback` and `GET /api/feedback` (docs/feedback.md). */
export interface FeedbackResult {
  period: { from: string | null; to: string | null };
  /** Analysed texts in scope (comments and mention texts that are not blank). */
  items: number;
  sentiment: Record<SentimentLabel, number>;
  /** Texts per language (ISO 639-1, or und), most frequent first. */
  languages: Record<string, number>;
  /** Themes mentioned at least once, most mentioned first. */
  themes: ThemeSummary[];
  /** NPS drivers, the most damaging first (src/feedback/drivers/themeDrivers.ts). */
  drivers: ThemeDriver[];
  /** Recurring phrases of texts no theme matched: candidates for new themes. */
  candidates: CandidatePhrase[];
  /** Social listening per brand, when mentions are in scope. */
  social: { brands: BrandListening[] } | null;
  perItem?: FeedbackItem[];
  /** Employees' texts left out because fewer than 5 were in scope (their anonymity); absent when none were. */
  employeeTextsHidden?: number;
}

/** Texts (re)analysed before the result, and the result. */
export interface FeedbackRun {
  analysed: number;
  result: FeedbackResult;
}

/**
 * The "why" behind the numbers (issue 5, docs/feedback.md): brings the stored analyses up to date
 * (only new or changed texts are analysed), then reads them back through SQL — counts by
 * sentiment and language, theme mentions with aspect sentiment and the NPS answers of their
 * authors, examples — and turns them into themes, NPS drivers, candidate themes and social
 * listening per brand.
 *
 * @throws UsageError for a --where field that exists nowhere, a bad sentiment or theme value.
 */
export async function buildFeedback(
  store: Store,
  workspaceId: number,
  query: FeedbackQuery,
  onProgress?: (done: number, total: number) => void,
): Promise<FeedbackRun> {
  const specs = FEEDBACK_SOURCES.filter((spec) => query.source === null || spec.source === query.source);
  const catalog = await loadFieldCatalog(store, workspaceId);
  checkFeedbackFields(query.where, catalog, specs); // before the refresh: bad input costs no analysis
  const refresh = await refreshAnalyses(store, workspaceId, onProgress);
  const themeIds = refresh.themes.map((theme) => theme.id);
  const period = boundPeriod(query, await dataExtent(store, workspaceId));
  const counts: ItemCountRow[] = [];
  const themes = new Map<string, ThemeCountRow[]>();
  const examples: ThemeExampleRow[] = [];
  const recent: RecentText[] = [];
  const perItem: FeedbackItem[] = [];
  let responseCounts: ItemCountRow[] = [];
  let responseThemes: ThemeCountRow[] = [];
  let social: FeedbackResult['social'] = null;
  let employeeTextsHidden = 0;
  for (const spec of specs) {
    const scope = period === null ? null : feedbackScope(spec, query.where, catalog, themeIds);
    if (scope === null || period === null) continue;
    let context: FeedbackContext = { session: store, workspaceId, period, spec, ...scope, version: refresh.version };
    if (spec.source === 'response') {
      // Employees' texts show only in groups of 5 or more (docs/surveys.md, "Employee surveys"): fewer in scope leave the analysis.
      const employees = await employeeTexts(context);
      if (employees > 0 && employees < ENPS_MIN_RESPONDENTS) {
        employeeTextsHidden = employees;
        context = { ...context, filter: `${context.filter} and t.population <> 'employee'` };
      }
    }
    const sourceCounts = await itemCounts(context);
    const sourceThemes = await themeCounts(context);
    counts.push(...sourceCounts);
    for (const row of sourceThemes) themes.set(row.theme, [...(themes.get(row.theme) ?? []), row]);
    examples.push(...(await themeExamples(context)));
    recent.push(...(await recentTexts(context)));
    if (query.perItem) {
      const aspects = aspectsByItem(await itemAspects(context), themeIds);
      for (const row of await feedbackItems(context)) {
        const itemAspects = aspects.get(row.item_id) ?? [];
        perItem.push({
          id: row.item_id,
          source: spec.source,
          language: row.language,
          sentiment: row.sentiment,
          score: row.score,
          themes: itemAspects.map((aspect) => aspect.theme),
          aspects: itemAspects,
        });
      }
    }
    if (spec.source === 'response') {
      responseCounts = sourceCounts;
      responseThemes = sourceThemes;
    } else {
      const statistics = await brandStatistics(context);
      social = { brands: brandListening(statistics.brands, statistics.months) };
    }
  }
  const items = counts.reduce((sum, row) => sum + row.items, 0);
  const drivers = driversOf(responseCounts, responseThemes);
  const result: FeedbackResult = {
    period: { from: period?.from ?? null, to: period?.to ?? null },
    items,
    sentiment: sentimentCounts(counts),
    languages: languageCounts(counts),
    themes: themeSummaries(refresh.themes, themes, examples, drivers, items),
    drivers,
    candidates: candidateThemes(recent, await mentionedBrands(store, workspaceId)),
    social,
  };
  if (query.perItem) result.perItem = perItem;
  if (employeeTextsHidden > 0) result.employeeTextsHidden = employeeTextsHidden;
  return { analysed: refresh.analysed, result };
}

function sentimentCounts(rows: readonly ItemCountRow[]): Record<SentimentLabel, number> {
  const counts = { positive: 0, neutral: 0, negative: 0 };
  for (const row of rows) counts[row.sentiment] += row.items;
  return counts;
}

function languageCounts(rows: readonly ItemCountRow[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.language, (counts.get(row.language) ?? 0) + row.items);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])));
}

/** The NPS drivers from the responses' counts: every commenter's answers against each theme's. */
function driversOf(counts: readonly ItemCountRow[], themes: readonly ThemeCountRow[]): ThemeDriver[] {
  const commenters = { promoters: 0, passives: 0, detractors: 0 };
  for (const row of counts) {
    commenters.promoters += row.promoters;
    commenters.passives += row.passives;
    commenters.detractors += row.detractors;
  }
  if (commenters.promoters + commenters.passives + commenters.detractors === 0) return [];
  return themeDrivers(
    themes.map((row) => ({
      theme: row.theme,
      mentioning: { promoters: row.promoters, passives: row.passives, detractors: row.detractors },
      detractorComments: row.detractors,
    })),
    { commenters, detractorComments: commenters.detractors },
  );
}

function themeSummaries(
  definitions: readonly ThemeDefinition[],
  counts: ReadonlyMap<string, readonly ThemeCountRow[]>,
  examples: readonly ThemeExampleRow[],
  drivers: readonly ThemeDriver[],
  items: number,
): ThemeSummary[] {
  const summaries: ThemeSummary[] = [];
  for (const definition of definitions) {
    const rows = counts.get(definition.id);
    if (rows === undefined) continue;
    const count = rows.reduce((sum, row) => sum + row.items, 0);
    const driver = drivers.find((candidate) => candidate.theme === definition.id);
    summaries.push({
      theme: definition.id,
      labels: definition.labels,
      count,
      share: (100 * count) / items,
      sentiment: rows.reduce((sum, row) => sum + row.score_sum, 0) / count,
      npsImpact: driver?.npsImpact ?? null,
      npsImpactCi95: driver?.npsImpactCi95 ?? null,
      detractorShare: driver?.detractorShare ?? null,
      examples: examples
        .filter((example) => example.theme === definition.id)
        .sort((a, b) => Math.abs(b.score) - Math.abs(a.score))
        .slice(0, EXAMPLES_PER_THEME)
        .map((example) => example.excerpt),
    });
  }
  return summaries.sort((a, b) => b.count - a.count);
}

/** Each item's aspects, in taxonomy order. */
function aspectsByItem(rows: readonly ItemAspectRow[], themeIds: readonly string[]): Map<string, { theme: string; score: number }[]> {
  const order = new Map(themeIds.map((id, index) => [id, index]));
  const byItem = new Map<string, { theme: string; score: number }[]>();
  for (const row of rows) byItem.set(row.item_id, [...(byItem.get(row.item_id) ?? []), { theme: row.theme, score: row.score }]);
  for (const aspects of byItem.values()) aspects.sort((a, b) => (order.get(a.theme) ?? Infinity) - (order.get(b.theme) ?? Infinity));
  return byItem;
}
