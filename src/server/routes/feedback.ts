import { buildFeedback } from '../../services/feedback/buildFeedback.js';
import { FEEDBACK_QUERY_FIELDS, parseFeedbackQuery } from '../../services/feedback/feedbackQuery.js';
import { periodAndFilters } from '../queryParameters.js';
import type { Route } from '../route.js';

/** GET /api/feedback: the analysis of the key's workspace's texts, as `barometre feedback --json` gives it. */
export const feedbackRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/feedback',
    access: 'reader',
    parameters: FEEDBACK_QUERY_FIELDS,
    async handle(c) {
      const query = parseFeedbackQuery({ ...periodAndFilters(c.req), source: c.req.query('source'), perItem: c.req.query('perItem') });
      return c.json((await buildFeedback(c.get('store'), c.get('workspaceId'), query)).result);
    },
  },
];
