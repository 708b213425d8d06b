import { buildFeedback } from '../../services/feedback/buildFeedback.js';
import { FEEDBACK_QUERY_FIELDS, parseFeedbackQuery } from '../../services/feedback/feedbackQuery.js';
import { feedbackTable, feedbackTables } from '../../services/feedback/feedbackTables.js';
import { exportResponse } from '../exportResponse.js';
import { exportLanguage, periodAndFilters, responseFormat } from '../queryParameters.js';
import type { Route } from '../route.js';

/** GET /api/feedback: the analysis of the key's workspace's texts, as `barometre feedback --json` gives it, or (format=csv or xlsx) as tables. */
export const feedbackRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/feedback',
    access: 'reader',
    parameters: [...FEEDBACK_QUERY_FIELDS, 'format', 'lang'],
    async handle(c) {
      const format = responseFormat(c.req);
      exportLanguage(c.req);
      const query = parseFeedbackQuery({ ...periodAndFilters(c.req), source: c.req.query('source'), perItem: c.req.query('perItem') });
      const { result } = await buildFeedback(c.get('store'), c.get('workspaceId'), query);
      if (format === 'json') return c.json(result);
      return exportResponse(c, format, 'feedback', { csv: () => feedbackTable(result), sheets: () => feedbackTables(result) });
    },
  },
];
