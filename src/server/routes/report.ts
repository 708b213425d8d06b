import { buildReport } from '../../services/report/buildReport.js';
import { parseReportQuery, REPORT_QUERY_FIELDS } from '../../services/report/reportQuery.js';
import { periodAndFilters } from '../queryParameters.js';
import type { Route } from '../route.js';

/** GET /api/report: the indicators of the key's workspace, as `barometre report --json` gives them. */
export const reportRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/report',
    access: 'reader',
    parameters: REPORT_QUERY_FIELDS,
    async handle(c) {
      const query = parseReportQuery({
        ...periodAndFilters(c.req),
        by: c.req.query('by'),
        churnWindow: c.req.query('churnWindow'),
        cohorts: c.req.query('cohorts'),
        interval: c.req.query('interval'),
        compare: c.req.query('compare'),
      });
      return c.json(await buildReport(c.get('store'), c.get('workspaceId'), query));
    },
  },
];
