import type { Report } from './types.js';
import { type Loaded, useApi } from './useApi.js';
import { reportParameters, type ViewQuery } from '../view/viewQuery.js';

/**
 * The report a page shows: GET /api/report with the view's workspace, period, comparison,
 * filters and grouping, and a series by the view's interval (by month unless the view says
 * otherwise; `series: false` asks none). `extra` adds the page's own parameters (`cohorts`).
 */
export function useReport(query: ViewQuery, options: { series?: boolean; extra?: Record<string, string> } = {}): Loaded<Report> {
  const interval = options.series === false ? undefined : (query.interval ?? 'month');
  return useApi<Report>('/api/report', { ...reportParameters(query), interval, ...options.extra });
}
