import { UsageError } from '../../errors/errors.js';
import { CUSTOMER_COLUMNS, listCustomers } from '../../models/customers/listCustomers.js';
import { isSegment, SEGMENTS } from '../../models/customers/segmentOf.js';
import { toCsv } from '../../output/toCsv.js';
import { modelOptionsFromQuery } from '../queryParameters.js';
import type { Route } from '../route.js';

/** GET /api/customers: the key's workspace's customers with their scores and segment, JSON or CSV, one segment if asked. */
export const customerRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/customers',
    access: 'readKey',
    async handle(c) {
      const segment = c.req.query('segment');
      if (segment !== undefined && !isSegment(segment)) throw new UsageError(`segment ${JSON.stringify(segment)} is not one of ${SEGMENTS.join(', ')}.`);
      const rows = await listCustomers(c.get('store'), c.get('workspaceId'), { ...modelOptionsFromQuery(c.req.query()), segment });
      if (c.req.query('format') === 'csv') return c.body(toCsv(rows, CUSTOMER_COLUMNS), 200, { 'content-type': 'text/csv; charset=utf-8' });
      return c.json({ customers: rows });
    },
  },
];
