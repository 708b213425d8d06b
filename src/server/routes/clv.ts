import { clvTable } from '../../services/clv/customerTable.js';
import { customerValue } from '../../services/clv/customerValue.js';
import { MODEL_OPTION_FIELDS, parseModelOptions } from '../../services/clv/modelOptions.js';
import { exportResponse } from '../exportResponse.js';
import { exportLanguage, responseFormat } from '../queryParameters.js';
import type { Route } from '../route.js';

/** GET /api/clv: the customer-value model of the key's workspace, JSON or (format=csv or xlsx) one row per customer. */
export const clvRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/clv',
    access: 'reader',
    parameters: [...MODEL_OPTION_FIELDS, 'format', 'lang'],
    async handle(c) {
      const format = responseFormat(c.req);
      exportLanguage(c.req);
      const result = await customerValue(c.get('store'), c.get('workspaceId'), parseModelOptions(c.req.query()));
      if (format === 'json') return c.json(result);
      const table = clvTable(result);
      return exportResponse(c, format, 'clv', { csv: () => table, sheets: () => [table] });
    },
  },
];
