import type { Store } from '../../store/Store.js';
import { analyseText, type TextAnalyser } from '../../feedback/analyseText.js';
import { analysisVersion } from '../../feedback/analysisVersion.js';
import { FEEDBACK_SOURCES } from '../../store/schema/feedbackSources.js';
import { loadSentimentModel } from '../../feedback/sentiment/sentimentModel.js';
import { analysesMatchTexts, countPendingTexts, pendingTexts } from '../../store/queries/feedback/pendingTexts.js';
import { loadWorkspaceThemes } from '../../store/queries/feedback/workspaceThemes.js';
import { analyseTables, dropOutdatedAnalyses, writeAnalyses } from '../../store/queries/feedback/writeAnalyses.js';
import type { ThemeDefinition } from '../../feedback/themes/themeDefinitions.js';
import { compileThemes } from '../../feedback/themes/matchThemes.js';
import { populationThemes, themesInForce } from '../../feedback/themes/populationThemes.js';

/** Texts analysed and stored per transaction: bounds memory whatever the number of texts. */
export const ANALYSIS_BATCH_SIZE = 5_000;

/** What a refresh did. */
export interface RefreshResult {
  /** Texts analysed now (new, changed, or out of date). */
  analysed: number;
  /** The analysis version now stored. */
  version: string;
  /** The theme definitions in force, once per id: the customer themes, then the HR themes, with the workspace's own merged in. */
  themes: ThemeDefinition[];
}

/**
 * The analysers of a workspace and the version they stamp: the shipped model with the
 * customer themes (customers' answers and mentions) or the HR themes (employees' answers),
 * each with the workspace's own themes merged in (populationThemes.ts); the version hashes both sets.
 * A population's themes are compiled on its first `analyser` call only: a refresh that finds
 * nothing to analyse — most reads, the first customer list of a process included — skips
 * compiling them (about 0.14 s of CPU for both sets).
 */
export async function workspaceAnalyser(
  store: Store,
  workspaceId: number,
): Promise<{ analyser: (population: 'customer' | 'employee') => TextAnalyser; themes: ThemeDefinition[]; version: string }> {
  const model = loadSentimentModel();
  const sets = populationThemes(await loadWorkspaceThemes(store, workspaceId));
  const compiled: Partial<Record<'customer' | 'employee', TextAnalyser>> = {};
  return {
    analyser: (population) => (compiled[population] ??= { model, themes: compileThemes(sets[population]) }),
    themes: themesInForce(sets),
    version: analysisVersion(model.version, [...sets.customer, ...sets.employee]),
  };
}

/**
 * Brings the stored analyses of a workspace up to date: analyses every response comment and
 * mention text that has none under the current version (new, changed since, or analysed
 * with another model or other themes), drops those whose text is gone, and leaves the rest
 * alone; when nothing is pending and the analyses are as many as the texts, it writes nothing,
 * and on a store that sees every write (DuckDB) the next refresh checks nothing either until
 * one of the texts, analyses or themes is written ({@link Store.changeMark}). Works in batches read page after page in id order, each stored in its own
 * transaction, so an interrupted refresh keeps what it finished. `onProgress` hears (done, total) after each batch. Refreshes of one
 * workspace in one process run one after the other (the second then finds nothing to do);
 * two processes refreshing the same workspace of a PostgreSQL store at the same moment can
 * collide on a key and fail, and the next run then finishes the work.
 */
export function refreshAnalyses(store: Store, workspaceId: number, onProgress?: (done: number, total: number) => void): Promise<RefreshResult> {
  return oneAtATime(store, workspaceId, () => refreshNow(store, workspaceId, onProgress));
}

/** The refresh under way per store and workspace: two requests of the server never analyse the same texts at once. */
const refreshing = new WeakMap<Store, Map<number, Promise<unknown>>>();

/** Runs `work` after the refresh already under way for the same store and workspace, if any, has finished. */
function oneAtATime<T>(store: Store, workspaceId: number, work: () => Promise<T>): Promise<T> {
  const running = refreshing.get(store) ?? new Map<number, Promise<unknown>>();
  refreshing.set(store, running);
  const next = (running.get(workspaceId) ?? Promise.resolve()).then(work, work);
  running.set(
    workspaceId,
    next.catch(() => undefined),
  );
  return next;
}

/** The tables a refresh reads or writes: the texts, their analyses, and the workspace's themes (part of the version). */
const REFRESH_TABLES: readonly string[] = [...FEEDBACK_SOURCES.map((spec) => spec.table), 'text_analyses', 'text_themes', 'workspace_themes'];

/**
 * Per store and workspace, the store's change mark ({@link Store.changeMark}) and the analysis
 * version of the last refresh that found nothing to do: while the mark is the same, no text,
 * analysis or theme has changed since, and the check can be skipped.
 */
const upToDate = new WeakMap<Store, Map<number, { mark: number; version: string }>>();

async function refreshNow(store: Store, workspaceId: number, onProgress?: (done: number, total: number) => void): Promise<RefreshResult> {
  // Taken before anything is read: a write that lands after changes it.
  const mark = store.changeMark(REFRESH_TABLES);
  const { analyser, themes, version } = await workspaceAnalyser(store, workspaceId);
  const known = upToDate.get(store)?.get(workspaceId);
  if (mark !== null && known?.mark === mark && known.version === version) return { analysed: 0, version, themes };
  let wrote = false;
  const totals = await Promise.all(FEEDBACK_SOURCES.map((spec) => countPendingTexts(store, workspaceId, spec, version)));
  const total = totals.reduce((sum, count) => sum + count, 0);
  let analysed = 0;
  for (const [index, spec] of FEEDBACK_SOURCES.entries()) {
    // Nothing new and nothing to drop (the common case of a read): no write at all.
    if (totals[index] === 0 && (await analysesMatchTexts(store, workspaceId, spec))) continue;
    wrote = true;
    await store.transaction(async (session) => {
      // Statistics first: PostgreSQL would plan the anti-joins over a never-analysed table as
      // nested loops over a handful of rows (measured: minutes on 100k texts).
      await analyseTables(session, { onlyIfStale: true });
      await dropOutdatedAnalyses(session, workspaceId, spec, version);
    });
    let after: string | null = null;
    while (totals[index]! > 0) {
      const texts = await pendingTexts(store, workspaceId, spec, version, ANALYSIS_BATCH_SIZE, after);
      if (texts.length === 0) break;
      const batch = texts.map((text) => ({ text, analysis: analyseText(text.text, analyser(text.population), text.declaredLanguage) }));
      const first = after === null;
      await store.transaction(async (session) => {
        await writeAnalyses(session, workspaceId, spec, version, batch);
        // After the first batch the planner must stop seeing an empty table; later batches
        // only grow it, and one analysis at the end keeps the statistics true (each ANALYZE
        // costs about half a second).
        if (first) await analyseTables(session);
      });
      analysed += batch.length;
      onProgress?.(analysed, total);
      after = texts[texts.length - 1]!.itemId;
    }
  }
  if (analysed > 0) await analyseTables(store);
  if (mark !== null && !wrote) upToDate.set(store, (upToDate.get(store) ?? new Map()).set(workspaceId, { mark, version }));
  return { analysed, version, themes };
}
