import { randomBytes } from 'node:crypto';
import { StoreError } from '../errors/errors.js';
import { sqlTimestamp } from './sqlTimestamp.js';
import type { Session } from './Store.js';

/**
 * The workspace's secret for `purpose` (`response-links`: the survey page's continuation
 * tokens), as base64url text: 32 random bytes drawn on first use. Two first uses at once
 * both insert with `on conflict do nothing` and both read back the one row that won, so a
 * workspace never signs one purpose with two secrets.
 */
export async function workspaceSecret(session: Session, workspaceId: number, purpose: string): Promise<string> {
  const known = remembered.get(session)?.get(`${workspaceId} ${purpose}`);
  if (known !== undefined) return known;
  const secret = await readOrCreate(session, workspaceId, purpose);
  const secrets = remembered.get(session) ?? new Map<string, string>();
  secrets.set(`${workspaceId} ${purpose}`, secret);
  remembered.set(session, secrets);
  return secret;
}

/**
 * The secrets read through each store (or session): a secret never changes once made, so the
 * survey page, which signs a token on every view, reads it once per process, not per request.
 */
const remembered = new WeakMap<Session, Map<string, string>>();

async function readOrCreate(session: Session, workspaceId: number, purpose: string): Promise<string> {
  const params = { workspace: workspaceId, purpose };
  const read = async () =>
    (
      await session.query<{ secret: string }>(
        'read workspace secret',
        'select secret from workspace_secrets where workspace_id = $workspace and purpose = $purpose',
        params,
      )
    )[0]?.secret;
  const stored = await read();
  if (stored !== undefined) return stored;
  await session.query(
    'create workspace secret',
    `insert into workspace_secrets (workspace_id, purpose, secret, created_at)
values ($workspace, $purpose, $secret, cast($now as timestamp)) on conflict do nothing`,
    { ...params, secret: randomBytes(32).toString('base64url'), now: sqlTimestamp(new Date()) },
  );
  const created = await read();
  if (created === undefined) throw new StoreError(`The ${purpose} secret of workspace ${workspaceId} was neither found nor created.`);
  return created;
}
