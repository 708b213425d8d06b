import { customerTable } from '../../services/clv/customerTable.js';
import { listCustomers } from '../../services/clv/listCustomers.js';
import { CUSTOMERS_QUERY_FIELDS, parseCustomersQuery } from '../../services/clv/modelOptions.js';
import { exportResponse } from '../exportResponse.js';
import { exportLanguage, responseFormat } from '../queryParameters.js';
import type { Route } from '../route.js';

/** GET /api/customers: the key's workspace's customers with their scores and segment, JSON, CSV or XLSX, one segment if asked. */
export const customerRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/customers',
    access: 'reader',
    parameters: [...CUSTOMERS_QUERY_FIELDS, 'format', 'lang'],
    async handle(c) {
      const format = responseFormat(c.req);
      exportLanguage(c.req);
      const options = parseCustomersQuery(c.req.query());
      const list = await listCustomers(c.get('store'), c.get('workspaceId'), options);
      if (format === 'json') return c.json(list);
      const table = await customerTable(c.get('store'), c.get('workspaceId'), list, options);
      return exportResponse(c, format, table.name, { csv: () => table, sheets: () => [table] });
    },
  },
];
