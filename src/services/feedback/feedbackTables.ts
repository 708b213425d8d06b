import { flattenRecord, type Table, tableOf } from '../../output/table.js';
import type { FeedbackResult } from './buildFeedback.js';

/**
 * The feedback analysis as tables for a workbook: `summary` (the period, the texts, their
 * sentiment and languages, one row), `themes`, `drivers`, `candidates`, `social` (one row per
 * brand, when mentions are in scope) and `items` with --per-item, each row an entry's fields
 * flattened ({@link flattenRecord}: `labels.fr`, `npsImpactCi95.low`, examples joined).
 */
export function feedbackTables(result: FeedbackResult): Table[] {
  const { period, items, sentiment, languages } = result;
  const tables = [
    tableOf('summary', [flattenRecord({ period, items, sentiment, languages })]),
    tableOf(
      'themes',
      result.themes.map((theme) => flattenRecord(theme)),
      ['theme'],
    ),
    tableOf(
      'drivers',
      result.drivers.map((driver) => flattenRecord(driver)),
    ),
    tableOf(
      'candidates',
      result.candidates.map((candidate) => flattenRecord(candidate)),
    ),
  ];
  if (result.social !== null)
    tables.push(
      tableOf(
        'social',
        result.social.brands.map((brand) => flattenRecord(brand)),
      ),
    );
  tables.push(
    tableOf(
      'comments',
      result.comments.map((comment) => flattenRecord(comment)),
      ['id', 'source', 'date', 'text'],
    ),
  );
  if (result.perItem !== undefined)
    tables.push(
      tableOf(
        'items',
        result.perItem.map((item) => flattenRecord(item)),
      ),
    );
  return tables;
}

/** The feedback analysis as one table, for a CSV: one row per theme, or with --per-item one row per analysed text. */
export function feedbackTable(result: FeedbackResult): Table {
  const tables = feedbackTables(result);
  return tables.find((table) => table.name === (result.perItem === undefined ? 'themes' : 'items'))!;
}
