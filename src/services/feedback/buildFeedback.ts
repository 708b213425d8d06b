import { boundPeriod } from '../report/boundPeriod.js';
import type { FieldFilter } from '../report/reportQuery.js';
import { dataExtent } from '../../store/queries/dataExtent.js';
import { loadFieldCatalog } from '../../store/queries/fieldCatalog.js';
import type { Store } from '../../store/Store.js';
import type { Interval } from '../../indicators/stats/Interval.js';
import { type ThemeDriver, themeDrivers } from '../../feedback/drivers/themeDrivers.js';
import { FEEDBACK_SOURCES, type FeedbackSource } from '../../store/schema/feedbackSources.js';
import { checkFeedbackFields, feedbackScope } from './feedbackScope.js';
import { checkComparedFields } from '../comparedFields.js';
import { DEFAULT_COMMENTS_PER_PAGE } from './feedbackQuery.js';
import { refreshAnalyses } from './refreshAnalyses.js';
import type { SentimentLabel } from '../../feedback/sentiment/sentimentModel.js';
import { type BrandListening, brandListening } from '../../feedback/social/brandListening.js';
import { brandStatistics } from '../../store/queries/feedback/brandStatistics.js';
import { employeeTexts } from '../../store/queries/feedback/employeeTexts.js';
import { filterRevealsFew, isSmallGroup } from '../../indicators/anonymity/smallGroups.js';
import type { AnswerSelection } from '../../store/queries/feedback/answerFilter.js';
import type { FieldCatalog } from '../../store/queries/fieldCatalog.js';
import type { FeedbackContext } from '../../store/queries/feedback/FeedbackContext.js';
import { feedbackItems } from '../../store/queries/feedback/feedbackItems.js';
import { itemAspects } from '../../store/queries/feedback/itemAspects.js';
import { itemCounts, type ItemCountRow } from '../../store/queries/feedback/itemCounts.js';
import { themeCounts, type ThemeCountRow } from '../../store/queries/feedback/themeCounts.js';
import { EXAMPLES_PER_THEME, themeExamples, type ThemeExampleRow } from '../../store/queries/feedback/themeExamples.js';
import { mentionedBrands } from '../../store/queries/feedback/mentionedBrands.js';
import { type RecentText, recentTexts } from '../../store/queries/feedback/recentTexts.js';
import { candidateThemes } from './candidateThemes.js';
import type { CandidatePhrase } from '../../feedback/themes/discoverPhrases.js';
import type { ThemeDefinition } from '../../feedback/themes/themeDefinitions.js';
import { compareText } from '../../output/compareText.js';
import { type AnswerBand, type AnswerIndicator, bandOf } from '../../indicators/answerBands.js';
import { type CommentRow, commentPage, commentThemes } from '../../store/queries/feedback/commentPage.js';
import { fieldError } from '../../errors/errors.js';
import { isoSeconds } from '../../store/timestampText.js';

/** What `barometre feedback` and `GET /api/feedback` ask for. */
export interface FeedbackQuery {
  from: string | null;
  to: string | null;
  where: FieldFilter[];
  /** Only survey comments, or only mentions; null for both. */
  source: FeedbackSource | null;
  perItem: boolean;
  /** Whether to search the candidate phrases (absent: yes); without them `candidates` is empty and costs nothing. */
  candidates?: boolean;
  /**
   * The drill-down (docs/feedback.md, "Drilling down"): only the texts of answers in `band`
   * of `indicator` (any score of the indicator when band is null; none of the two: every
   * text), mentioning `theme`, of `sentiment`. Absent means null.
   */
  band?: AnswerBand | null;
  indicator?: AnswerIndicator | null;
  theme?: string | null;
  sentiment?: SentimentLabel | null;
  /** The page of `comments`: at most `limit` (absent: 50), after skipping `offset` (absent: 0). */
  limit?: number;
  offset?: number;
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
  /** Up to three distinct excerpts, the most strongly felt first; negative ones only when the theme lowers the NPS. */
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

/**
 * One analysed text with `--per-item` (a verbatim): the analysis, the words, who wrote it
 * (null for a mention), when (a mention: when it was published), through which channel (a
 * mention: its platform), its NPS, CSAT and CES answers (null where it has none) and the band
 * of its NPS answer.
 */
export interface FeedbackVerbatim extends FeedbackItem {
  text: string;
  customer_id: string | null;
  /** ISO 8601, UTC, to the second. */
  submitted_at: string;
  channel: string | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  /** detractor, passive or promoter from the NPS answer; null without one. */
  band: AnswerBand | null;
}

/** What an answer scored: the indicator, the score on its scale, and the band it falls in. */
export interface AnswerScore {
  indicator: AnswerIndicator;
  score: number;
  band: AnswerBand | null;
}

/** One text of the drill-down: the analysed item, its words, and the answer and person behind it. */
export interface FeedbackComment extends FeedbackItem {
  text: string;
  /** When it was answered (responses) or published (mentions): ISO 8601, UTC, to the second. */
  date: string;
  customerId: string | null;
  /** The response's channel, or the mention's platform. */
  channel: string | null;
  surveyId: string | null;
  /** The query's indicator, else the first of NPS (eNPS for an employee), CSAT and CES the answer carries; null for a mention or an answer with none. */
  answer: AnswerScore | null;
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
  /** Recurring phrases of texts no theme matched: candidates for new themes; empty when the query asked without them. */
  candidates: CandidatePhrase[];
  /** Social listening per brand, when mentions are in scope. */
  social: { brands: BrandListening[] } | null;
  perItem?: FeedbackVerbatim[];
  /** One page of the texts in scope, newest first (`limit`, `offset`). */
  comments: FeedbackComment[];
  /** The texts in scope, that `comments` pages through (the same as `items`). */
  total: number;
  /** Employees' texts left out because fewer than 5 were in scope (their anonymity); absent when none were. */
  employeeTextsHidden?: number;
  /** `filter` when they were 5 or more but a scope one filter wider (a --where, or the answers drilled into) holds 1 to 4 more. */
  employeeTextsHiddenReason?: 'filter';
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
 * listening per brand; and one page of the texts themselves with their answers (`comments`).
 * The drill-down's band, indicator, theme and sentiment narrow every part alike, in SQL.
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
  await checkComparedFields(store, workspaceId, query.where, catalog, [...specs.map((spec) => spec.kind)]);
  const refresh = await refreshAnalyses(store, workspaceId, onProgress);
  const themeIds = refresh.themes.map((theme) => theme.id);
  const where = [...query.where, ...drillFilters(query, themeIds)];
  const indicator = query.indicator ?? null;
  const answers = indicator === null ? null : { indicator, band: query.band ?? null };
  const contexts: FeedbackContext[] = [];
  const period = boundPeriod(query, await dataExtent(store, workspaceId));
  const counts: ItemCountRow[] = [];
  const themes = new Map<string, ThemeCountRow[]>();
  const examples: ThemeExampleRow[] = [];
  const recent: RecentText[] = [];
  const perItem: FeedbackVerbatim[] = [];
  let responseCounts: ItemCountRow[] = [];
  let responseThemes: ThemeCountRow[] = [];
  let social: FeedbackResult['social'] = null;
  let employeeTextsHidden = 0;
  let employeeTextsHiddenReason: 'filter' | null = null;
  for (const spec of specs) {
    const scope = period === null ? null : feedbackScope(spec, where, catalog, themeIds, answers);
    if (scope === null || period === null) continue;
    let context: FeedbackContext = { session: store, workspaceId, period, spec, ...scope, version: refresh.version };
    if (spec.source === 'response') {
      // Employees' texts show only in groups of 5 or more (docs/surveys.md, "Employee surveys"): fewer in scope leave the analysis,
      // and so do they when a scope one filter wider holds 1 to 4 more (the difference would be a group under 5).
      const employees = await employeeTexts(context);
      const small = isSmallGroup(employees);
      if (small || (employees > 0 && (await widerScopeRevealsFew(context, employees, where, catalog, themeIds, answers)))) {
        employeeTextsHidden = employees;
        if (!small) employeeTextsHiddenReason = 'filter';
        context = { ...context, filter: `${context.filter} and t.population <> 'employee'` };
      }
    }
    contexts.push(context);
    const sourceCounts = await itemCounts(context);
    const sourceThemes = await themeCounts(context);
    counts.push(...sourceCounts);
    for (const row of sourceThemes) themes.set(row.theme, [...(themes.get(row.theme) ?? []), row]);
    examples.push(...(await themeExamples(context)));
    if (query.candidates !== false) recent.push(...(await recentTexts(context)));
    if (query.perItem) {
      const aspects = aspectsByItem(await itemAspects(context), themeIds, (row) => row.item_id);
      for (const row of await feedbackItems(context)) {
        const itemAspects = aspects.get(row.item_id) ?? [];
        const nps = row.nps === null ? null : Number(row.nps);
        perItem.push({
          id: row.item_id,
          source: spec.source,
          language: row.language,
          sentiment: row.sentiment,
          score: row.score,
          themes: itemAspects.map((aspect) => aspect.theme),
          aspects: itemAspects,
          text: row.text,
          customer_id: row.customer_id,
          submitted_at: isoSeconds(row.written_at),
          channel: row.channel,
          nps,
          csat: row.csat === null ? null : Number(row.csat),
          ces: row.ces === null ? null : Number(row.ces),
          band: nps === null ? null : bandOf('nps', nps),
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
    candidates: query.candidates === false ? [] : candidateThemes(recent, await mentionedBrands(store, workspaceId)),
    social,
    comments: await feedbackComments(contexts, indicator, { limit: query.limit ?? DEFAULT_COMMENTS_PER_PAGE, offset: query.offset ?? 0 }, themeIds),
    total: items,
  };
  if (query.perItem) result.perItem = perItem;
  if (employeeTextsHidden > 0) result.employeeTextsHidden = employeeTextsHidden;
  if (employeeTextsHiddenReason !== null) result.employeeTextsHiddenReason = employeeTextsHiddenReason;
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
      examples: themeExcerpts(examples, definition.id, driver),
    });
  }
  return summaries.sort((a, b) => b.count - a.count);
}

/**
 * A theme's examples: up to EXAMPLES_PER_THEME distinct excerpts (whatever their case), the
 * most strongly felt first; only negative ones when the theme lowers the NPS (its mentioners'
 * NPS below the other commenters'), so what is shown is what weighs.
 */
function themeExcerpts(examples: readonly ThemeExampleRow[], theme: string, driver: ThemeDriver | undefined): string[] {
  const mentioning = driver?.npsMentioning ?? null;
  const others = driver?.npsOthers ?? null;
  const lowers = mentioning !== null && others !== null && mentioning < others;
  const seen = new Set<string>();
  return examples
    .filter((example) => example.theme === theme && (!lowers || example.score < 0))
    .sort((a, b) => Math.abs(b.score) - Math.abs(a.score))
    .filter((example) => !seen.has(example.excerpt.toLowerCase()) && seen.add(example.excerpt.toLowerCase()))
    .slice(0, EXAMPLES_PER_THEME)
    .map((example) => example.excerpt);
}

/** Each item's aspects by `keyOf` its row, in taxonomy order. */
function aspectsByItem<Row extends { theme: string; score: number }>(
  rows: readonly Row[],
  themeIds: readonly string[],
  keyOf: (row: Row) => string,
): Map<string, { theme: string; score: number }[]> {
  const order = new Map(themeIds.map((id, index) => [id, index]));
  const byItem = new Map<string, { theme: string; score: number }[]>();
  for (const row of rows) byItem.set(keyOf(row), [...(byItem.get(keyOf(row)) ?? []), { theme: row.theme, score: row.score }]);
  for (const aspects of byItem.values()) aspects.sort((a, b) => (order.get(a.theme) ?? Infinity) - (order.get(b.theme) ?? Infinity));
  return byItem;
}

/**
 * The drill-down's theme and sentiment as --where filters, so they narrow the texts exactly as
 * `--where theme=…` and `--where sentiment=…` do.
 *
 * @throws UsageError naming `theme` for a theme the workspace does not have.
 */
function drillFilters(query: FeedbackQuery, themeIds: readonly string[]): FieldFilter[] {
  const filters: FieldFilter[] = [];
  if (query.theme != null) {
    const theme = query.theme;
    if (!themeIds.includes(theme))
      throw fieldError('theme', {
        en: (name) => `${name('theme')} ${JSON.stringify(theme)} is not a theme of this workspace; the themes are ${themeIds.join(', ')}.`,
        fr: (name) => `${name('theme')} ${JSON.stringify(theme)} n'est pas un thème de cet espace ; les thèmes sont ${themeIds.join(', ')}.`,
      });
    filters.push({ field: 'theme', value: theme });
  }
  if (query.sentiment != null) filters.push({ field: 'sentiment', value: query.sentiment });
  return filters;
}

/** A key of a text unique across sources. */
const textKey = (row: { source: string; item_id: string }) => `${row.source}\u0000${row.item_id}`;

/** One page of the texts in scope of `contexts`, newest first, each with its themes, answer and author. */
async function feedbackComments(
  contexts: readonly FeedbackContext[],
  indicator: AnswerIndicator | null,
  page: { limit: number; offset: number },
  themeIds: readonly string[],
): Promise<FeedbackComment[]> {
  const rows = await commentPage(contexts, indicator, page);
  const first = contexts[0];
  if (first === undefined || rows.length === 0) return [];
  const aspects = aspectsByItem(await commentThemes(first.session, first.workspaceId, rows), themeIds, textKey);
  return rows.map((row) => {
    const itemAspects = aspects.get(textKey(row)) ?? [];
    return {
      id: row.item_id,
      source: row.source,
      language: row.language,
      sentiment: row.sentiment,
      score: row.score,
      themes: itemAspects.map((aspect) => aspect.theme),
      aspects: itemAspects,
      text: row.text,
      date: isoSeconds(row.written_at),
      customerId: row.customer_id,
      channel: row.channel,
      surveyId: row.survey_id,
      answer: answerScore(row),
    };
  });
}

/** The answer's indicator, score and band, or null without a score. */
function answerScore(row: CommentRow): AnswerScore | null {
  if (row.indicator === null || row.answer_score === null) return null;
  const score = Number(row.answer_score);
  return { indicator: row.indicator, score, band: bandOf(row.indicator, score) };
}

/**
 * Whether a scope one filter wider than `context`'s — each --where (or drill) filter left out in
 * turn, and the answers selection dropped — holds 1 to 4 more employees' texts than the
 * `employees` in scope: shown side by side, the two analyses would reveal those few.
 */
async function widerScopeRevealsFew(
  context: FeedbackContext,
  employees: number,
  where: readonly FieldFilter[],
  catalog: FieldCatalog,
  themeIds: readonly string[],
  answers: AnswerSelection | null,
): Promise<boolean> {
  const wider = [
    ...where.map((left) =>
      feedbackScope(
        context.spec,
        where.filter((filter) => filter !== left),
        catalog,
        themeIds,
        answers,
      ),
    ),
    ...(answers === null ? [] : [feedbackScope(context.spec, where, catalog, themeIds, null)]),
  ];
  for (const scope of wider) {
    if (scope !== null && filterRevealsFew(employees, await employeeTexts({ ...context, ...scope }))) return true;
  }
  return false;
}
