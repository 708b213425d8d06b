import { UsageError } from '../../../errors/errors.js';
import type { Language } from '../../../output/language.js';
import type { Store } from '../../../store/Store.js';
import { workspaceNameOf } from '../../../store/workspaces.js';
import { buildFeedback, type FeedbackResult } from '../../feedback/buildFeedback.js';
import type { SeriesInterval } from '../../queryFields.js';
import { buildReport } from '../buildReport.js';
import type { ReportQuery } from '../reportQuery.js';
import { reportDocument } from './reportDocument.js';

/**
 * The unit of the shared report's series when the query names none: a month gives a year
 * twelve points, enough answers per point for the interval bands to mean something, and
 * costs about a second on the demo (docs/indicators.md, "Series").
 */
export const DOCUMENT_INTERVAL: SeriesInterval = 'month';

/**
 * The shared report of a workspace as one self-contained HTML document (reportDocument): the
 * report of `query` with its series by the query's interval or {@link DOCUMENT_INTERVAL}, and
 * the feedback analysis of the same period and filters (all texts, no per-item detail).
 *
 * @throws UsageError as buildReport does, for a bad query; a filter the texts do not have
 *   only replaces "The words behind the figures" with the reason.
 */
export async function buildReportDocument(store: Store, workspaceId: number, query: ReportQuery, language: Language, now: Date = new Date()): Promise<string> {
  const report = await buildReport(store, workspaceId, { ...query, interval: query.interval ?? DOCUMENT_INTERVAL }, now);
  const feedback = await feedbackOf(store, workspaceId, query, language);
  const workspace = (await workspaceNameOf(store, workspaceId)) ?? String(workspaceId);
  return reportDocument({ workspace, query, report, feedback, generatedAt: now, language });
}

/** The feedback analysis of the report's period and filters, or why it cannot run with them (a filter on a field texts lack). */
async function feedbackOf(store: Store, workspaceId: number, query: ReportQuery, language: Language): Promise<FeedbackResult | { unavailable: string }> {
  try {
    return (await buildFeedback(store, workspaceId, { from: query.from, to: query.to, where: query.where, source: null, perItem: false })).result;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const reason = language === 'fr' ? error.inFrench() : error.message;
    return {
      unavailable:
        language === 'fr' ? `L’analyse des textes ne peut pas appliquer ces filtres : ${reason}` : `The text analysis cannot apply these filters: ${reason}`,
    };
  }
}
