import { UsageError } from '../../errors/errors.js';
import { setWorkspaceSetting, unsetWorkspaceSetting, workspaceSettings } from '../../services/settings/workspaceSettings.js';
import { jsonObject } from '../auth/smallBody.js';
import type { Route } from '../route.js';

/**
 * The workspace's settings (docs/api.md, "Settings"): GET lists them for any reader; PUT sets
 * one (`{"value": "retail"}`) and DELETE removes one, for its admins. The keys and values are
 * those of `barometre settings`.
 */
export const settingsRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/settings',
    access: 'reader',
    parameters: [],
    async handle(c) {
      return c.json({ settings: await workspaceSettings(c.get('store'), c.get('workspaceId')) });
    },
  },
  {
    method: 'PUT',
    path: '/api/settings/:key',
    access: 'admin',
    parameters: [],
    async handle(c) {
      const body = await jsonObject(c);
      const unknown = Object.keys(body).find((field) => field !== 'value');
      if (unknown !== undefined) throw new UsageError(`The field ${JSON.stringify(unknown)} is unknown: a setting takes only value.`);
      if (typeof body.value !== 'string') throw new UsageError('value must be a text, such as "Retail" or "FR".');
      return c.json(await setWorkspaceSetting(c.get('store'), c.get('workspaceId'), c.req.param('key') ?? '', body.value));
    },
  },
  {
    method: 'DELETE',
    path: '/api/settings/:key',
    access: 'admin',
    parameters: [],
    async handle(c) {
      const key = c.req.param('key') ?? '';
      return c.json({ key, removed: await unsetWorkspaceSetting(c.get('store'), c.get('workspaceId'), key) });
    },
  },
];
