import { createWorkspaceFromBody } from '../../services/accounts/workspaces.js';
import { jsonObject } from '../auth/smallBody.js';
import type { Route } from '../route.js';

/**
 * `POST /api/workspaces` with {"name"} (docs/accounts.md): an admin of some workspace creates
 * another, of which they become the admin (201 `{"workspace", "role"}`, the shape of
 * `/api/me`'s workspaces); 409 when the name is taken. A caller's workspaces and roles are
 * listed by `GET /api/me`.
 */
export const workspaceRoutes: readonly Route[] = [
  {
    method: 'POST',
    path: '/api/workspaces',
    access: 'anyAdmin',
    parameters: [],
    async handle(c) {
      const user = c.get('user');
      if (user === undefined) throw new Error('POST /api/workspaces ran without its signed-in check.');
      const workspace = await createWorkspaceFromBody(c.get('store'), user.id, await jsonObject(c));
      return c.json({ workspace: workspace.name, role: 'admin' }, 201);
    },
  },
];
