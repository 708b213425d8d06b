import { CLV_COLUMNS, customerValue } from '../../services/clv/customerValue.js';
import { toSpreadsheetCsv } from '../../output/toCsv.js';
import { MODEL_OPTION_FIELDS, parseModelOptions } from '../../services/clv/modelOptions.js';
import { responseFormat } from '../queryParameters.js';
import type { Route } from '../route.js';

/** GET /api/clv: the customer-value model of the key's workspace, JSON or (format=csv) one row per customer. */
export const clvRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/clv',
    access: 'reader',
    parameters: [...MODEL_OPTION_FIELDS, 'format'],
    async handle(c) {
      const format = responseFormat(c.req);
      const result = await customerValue(c.get('store'), c.get('workspaceId'), parseModelOptions(c.req.query()));
      if (format === 'csv') return c.body(toSpreadsheetCsv(result.customers, CLV_COLUMNS), 200, { 'content-type': 'text/csv; charset=utf-8' });
      return c.json(result);
    },
  },
];
