import { randomBytes } from 'node:crypto';
import type { Store } from './Store.js';

/**
 * The salt of cookieless visitor ids for the UTC day `day` (YYYY-MM-DD): read from
 * `visitor_salts`, or made (32 random bytes) by the first caller of the day — processes
 * sharing a PostgreSQL database agree, the first insert winning. Salts of days before the
 * day before `day` are deleted at the same time, so a salt lives two days at most.
 */
export async function visitorSalt(store: Store, day: string): Promise<Buffer> {
  return store.transaction(async (session) => {
    await session.query('forget old salts', `delete from visitor_salts where day < cast($day as date) - 1`, { day });
    await session.query('make day salt', 'insert into visitor_salts (day, salt) values (cast($day as date), $salt) on conflict do nothing', {
      day,
      salt: randomBytes(32).toString('base64url'),
    });
    const [row] = await session.query<{ salt: string }>('read day salt', 'select salt from visitor_salts where day = cast($day as date)', { day });
    return Buffer.from(row!.salt, 'base64url');
  });
}
