import { buildReport } from '../../services/report/buildReport.js';
import { parseReportQuery, REPORT_QUERY_FIELDS } from '../../services/report/reportQuery.js';
import { reportTable, reportTables } from '../../services/report/reportTables.js';
import { exportResponse } from '../exportResponse.js';
import { exportLanguage, periodAndFilters, responseFormat } from '../queryParameters.js';
import type { Route } from '../route.js';

/** GET /api/report: the indicators of the key's workspace, as `barometre report --json` gives them, or (format=csv or xlsx) as tables. */
export const reportRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/report',
    access: 'reader',
    parameters: [...REPORT_QUERY_FIELDS, 'format', 'lang'],
    async handle(c) {
      const format = responseFormat(c.req);
      exportLanguage(c.req);
      const query = parseReportQuery({
        ...periodAndFilters(c.req),
        by: c.req.query('by'),
        churnWindow: c.req.query('churnWindow'),
        churnModel: c.req.query('churnModel'),
        cohorts: c.req.query('cohorts'),
        interval: c.req.query('interval'),
        compare: c.req.query('compare'),
      });
      const report = await buildReport(c.get('store'), c.get('workspaceId'), query);
      if (format === 'json') return c.json(report);
      return exportResponse(c, format, 'report', { csv: () => reportTable(report), sheets: () => reportTables(report) });
    },
  },
];
