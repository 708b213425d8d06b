import { addMember, changeMemberRole, removeMember } from '../../services/accounts/members.js';
import { listMembers } from '../../store/accounts/memberships.js';
import { jsonObject } from '../auth/smallBody.js';
import type { Route } from '../route.js';

/**
 * A workspace's members for its signed-in admins (docs/accounts.md), with the rules of
 * `barometre users`: `GET /api/members` lists them, `POST /api/members` adds an existing user
 * or creates one (201), `PATCH /api/members/:userId` changes a role, `DELETE
 * /api/members/:userId` takes a member out (204); a workspace always keeps an admin (409).
 */
export const memberRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/members',
    access: 'admin',
    parameters: [],
    async handle(c) {
      return c.json({ members: await listMembers(c.get('store'), c.get('workspaceId')) });
    },
  },
  {
    method: 'POST',
    path: '/api/members',
    access: 'admin',
    parameters: [],
    async handle(c) {
      return c.json(await addMember(c.get('store'), c.get('workspaceId'), await jsonObject(c)), 201);
    },
  },
  {
    method: 'PATCH',
    path: '/api/members/:userId',
    access: 'admin',
    parameters: [],
    async handle(c) {
      return c.json(await changeMemberRole(c.get('store'), c.get('workspaceId'), c.req.param('userId') ?? '', await jsonObject(c)));
    },
  },
  {
    method: 'DELETE',
    path: '/api/members/:userId',
    access: 'admin',
    parameters: [],
    async handle(c) {
      await removeMember(c.get('store'), c.get('workspaceId'), c.req.param('userId') ?? '');
      return c.body(null, 204);
    },
  },
];
