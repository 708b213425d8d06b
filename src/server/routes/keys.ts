import { z } from 'zod';
import { UsageError } from '../../errors/errors.js';
import { createApiKey, KEY_KINDS, listApiKeys, revokeApiKey } from '../../store/apiKeys.js';
import { jsonObject } from '../auth/smallBody.js';
import type { Route } from '../route.js';

/** The body of POST /api/keys: the kind of key, nothing else. */
const NEW_KEY = z.object({ kind: z.enum(KEY_KINDS as ['read', 'site']) }).strict();

/**
 * The keys of a workspace for its signed-in admins (docs/accounts.md), as `barometre keys`
 * gives them: `GET /api/keys` lists them (never their secret), `POST /api/keys` with
 * {"kind": "site" | "read"} makes one and shows it once (201), `DELETE /api/keys/:id`
 * revokes one at once (204).
 */
export const keyRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/keys',
    access: 'admin',
    parameters: [],
    async handle(c) {
      const keys = await listApiKeys(c.get('store'), c.get('workspaceId'));
      return c.json({ keys: keys.map(({ workspaceId: _, ...key }) => key) });
    },
  },
  {
    method: 'POST',
    path: '/api/keys',
    access: 'admin',
    parameters: [],
    async handle(c) {
      const parsed = NEW_KEY.safeParse(await jsonObject(c));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.code === 'unrecognized_keys' ? issue.keys[0] : 'kind';
        throw new UsageError(
          issue?.code === 'unrecognized_keys'
            ? `The field ${JSON.stringify(field)} is unknown: a key takes only kind.`
            : `kind must be ${KEY_KINDS.join(' or ')}.`,
        );
      }
      return c.json(await createApiKey(c.get('store'), c.get('workspaceId'), parsed.data.kind), 201);
    },
  },
  {
    method: 'DELETE',
    path: '/api/keys/:id',
    access: 'admin',
    parameters: [],
    async handle(c) {
      const id = c.req.param('id') ?? '';
      if (!(await revokeApiKey(c.get('store'), c.get('workspaceId'), id))) {
        return c.json({ error: `The workspace has no valid key ${JSON.stringify(id)}.` }, 404);
      }
      return c.body(null, 204);
    },
  },
];
