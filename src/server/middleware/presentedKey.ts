import type { Context } from 'hono';
import type { AppEnv } from '../route.js';

/** The key of `Authorization: Bearer <key>`, or undefined when the header is absent or of another scheme. */
export function bearerKey(c: Context<AppEnv>): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
}
