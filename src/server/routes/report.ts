import { buildReport } from '../../services/report/buildReport.js';
import { parseReportQuery, REPORT_QUERY_FIELDS } from '../../services/report/reportQuery.js';
import { reportTable, reportTables } from '../../services/report/reportTables.js';
import { buildReportDocument } from '../../services/report/html/buildReportDocument.js';
import { exportResponse, htmlDocumentResponse } from '../exportResponse.js';
import { exportLanguage, periodAndFilters, reportFormat } from '../queryParameters.js';
import type { Route } from '../route.js';

/**
 * GET /api/report: the indicators of the key's workspace, as `barometre report --json` gives
 * them, or (format=csv or xlsx) as tables, or (format=html) as the report to share in `lang`.
 */
export const reportRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/report',
    access: 'reader',
    parameters: [...REPORT_QUERY_FIELDS, 'format', 'lang'],
    async handle(c) {
      const format = reportFormat(c.req);
      const language = exportLanguage(c.req);
      const query = parseReportQuery({
        ...periodAndFilters(c.req),
        by: c.req.query('by'),
        churnWindow: c.req.query('churnWindow'),
        churnModel: c.req.query('churnModel'),
        cohorts: c.req.query('cohorts'),
        interval: c.req.query('interval'),
        compare: c.req.query('compare'),
      });
      if (format === 'html') return htmlDocumentResponse(c, 'report', await buildReportDocument(c.get('store'), c.get('workspaceId'), query, language));
      const report = await buildReport(c.get('store'), c.get('workspaceId'), query);
      if (format === 'json') return c.json(report);
      return exportResponse(c, format, 'report', { csv: () => reportTable(report), sheets: () => reportTables(report) });
    },
  },
];
