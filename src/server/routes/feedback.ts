import { buildFeedback } from '../../services/feedback/buildFeedback.js';
import { periodFields } from '../../services/queryFields.js';
import { FEEDBACK_QUERY_FIELDS, parseFeedbackQuery } from '../../services/feedback/feedbackQuery.js';
import { feedbackTable, feedbackTables } from '../../services/feedback/feedbackTables.js';
import { exportResponse } from '../exportResponse.js';
import { exportLanguage, periodAndFilters, responseFormat } from '../queryParameters.js';
import type { Route } from '../route.js';

/** The query's parameters given once and read as they are: all but the period and its (repeatable) filters. */
const SINGLE_PARAMETERS = FEEDBACK_QUERY_FIELDS.filter((name) => !Object.hasOwn(periodFields, name));

/** GET /api/feedback: the analysis of the key's workspace's texts and a page of them (the drill-down: band, indicator, theme, sentiment, limit, offset), as `barometre feedback --json` gives it, or (format=csv or xlsx) as tables. */
export const feedbackRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/feedback',
    access: 'reader',
    parameters: [...FEEDBACK_QUERY_FIELDS, 'format', 'lang'],
    async handle(c) {
      const format = responseFormat(c.req);
      exportLanguage(c.req);
      const query = parseFeedbackQuery({
        ...periodAndFilters(c.req),
        ...Object.fromEntries(SINGLE_PARAMETERS.map((name) => [name, c.req.query(name)])),
      });
      const { result } = await buildFeedback(c.get('store'), c.get('workspaceId'), query);
      if (format === 'json') return c.json(result);
      return exportResponse(c, format, 'feedback', { csv: () => feedbackTable(result), sheets: () => feedbackTables(result) });
    },
  },
];
