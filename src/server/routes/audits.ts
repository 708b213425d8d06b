import { archiveAuditGrid, createAuditGrid, getAuditGrid, listAuditGrids, updateAuditGrid } from '../../services/audits/auditGrids.js';
import { recordVisit } from '../../services/audits/recordVisit.js';
import { jsonObject } from '../auth/smallBody.js';
import type { Route } from '../route.js';

/**
 * The mystery-shopping audit grids and their visits (docs/api.md, docs/audits.md): readers
 * list and read grids; editors (the auditors among them) create, replace and archive grids
 * and record visits. Bad input is a 400 naming the field, an unknown grid a 404.
 */
export const auditRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/audit-grids',
    access: 'reader',
    parameters: [],
    async handle(c) {
      return c.json({ grids: await listAuditGrids(c.get('store'), c.get('workspaceId')) });
    },
  },
  {
    method: 'POST',
    path: '/api/audit-grids',
    access: 'editor',
    parameters: [],
    async handle(c) {
      return c.json({ id: await createAuditGrid(c.get('store'), c.get('workspaceId'), await jsonObject(c)) }, 201);
    },
  },
  {
    method: 'GET',
    path: '/api/audit-grids/:id',
    access: 'reader',
    parameters: [],
    async handle(c) {
      return c.json(await getAuditGrid(c.get('store'), c.get('workspaceId'), c.req.param('id') ?? ''));
    },
  },
  {
    method: 'PUT',
    path: '/api/audit-grids/:id',
    access: 'editor',
    parameters: [],
    async handle(c) {
      await updateAuditGrid(c.get('store'), c.get('workspaceId'), c.req.param('id') ?? '', await jsonObject(c));
      return c.body(null, 204);
    },
  },
  {
    method: 'DELETE',
    path: '/api/audit-grids/:id',
    access: 'editor',
    parameters: [],
    async handle(c) {
      await archiveAuditGrid(c.get('store'), c.get('workspaceId'), c.req.param('id') ?? '');
      return c.body(null, 204);
    },
  },
  {
    method: 'POST',
    path: '/api/audit-grids/:id/visits',
    access: 'editor',
    parameters: [],
    async handle(c) {
      const visit = await recordVisit(c.get('store'), c.get('workspaceId'), c.req.param('id') ?? '', await jsonObject(c));
      return c.json({ id: visit.id }, visit.replaced ? 200 : 201);
    },
  },
];
