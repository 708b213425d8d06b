import { CUSTOMER_COLUMNS, listCustomers } from '../../services/clv/listCustomers.js';
import { toSpreadsheetCsv } from '../../output/toCsv.js';
import { CUSTOMERS_QUERY_FIELDS, parseCustomersQuery } from '../../services/clv/modelOptions.js';
import { responseFormat } from '../queryParameters.js';
import type { Route } from '../route.js';

/** GET /api/customers: the key's workspace's customers with their scores and segment, JSON or CSV, one segment if asked. */
export const customerRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/customers',
    access: 'reader',
    parameters: [...CUSTOMERS_QUERY_FIELDS, 'format'],
    async handle(c) {
      const format = responseFormat(c.req);
      const list = await listCustomers(c.get('store'), c.get('workspaceId'), parseCustomersQuery(c.req.query()));
      if (format === 'csv') return c.body(toSpreadsheetCsv(list.customers, CUSTOMER_COLUMNS), 200, { 'content-type': 'text/csv; charset=utf-8' });
      return c.json(list);
    },
  },
];
