import { randomBytes } from 'node:crypto';
import type { Store } from '../../store/Store.js';
import { visitorSalt } from '../../store/visitorSalts.js';
import type { CollectBody } from './collectPayload.js';
import { collectionWriter, type EventRow } from './collectionWriter.js';
import { deriveAttributes, userAgentTraits } from './deriveAttributes.js';
import { dayVisitorId } from './visitorId.js';

/** Who sent a collect request: the site key's workspace and id, and the client as the server saw it. */
export interface CollectSender {
  workspaceId: number;
  keyId: string;
  /** The client's IP address (src/server/clientAddress.ts); only hashed, never stored. */
  address: string;
  /** The User-Agent header, or ""; only hashed and parsed, never stored. */
  userAgent: string;
}

/** What a collect request stored: the events written, and those dropped as sent by a bot. */
export interface CollectOutcome {
  accepted: number;
  dropped: number;
}

/** The day's salt of each store, asked of the store once a day (the promise is shared by the requests waiting for it). */
const salts = new WeakMap<Store, { day: string; salt: Promise<Buffer> }>();

function saltOfDay(store: Store, day: string): Promise<Buffer> {
  const known = salts.get(store);
  if (known?.day === day) return known.salt;
  const salt = visitorSalt(store, day);
  salts.set(store, { day, salt });
  // A failed read is not remembered: the next request asks again.
  salt.catch(() => salts.delete(store));
  return salt;
}

/**
 * Stores the events of one checked collect body (POST /api/collect, docs/api.md) and resolves
 * once they are committed: each gets its event_id (or a random one), its visitor id (the
 * consented one sent, else the day-scoped hash of visitorId.ts), its time (`occurred_at`,
 * else `now`) and the attributes of deriveAttributes.ts. A request whose user agent is a
 * bot's stores nothing and says how many events it dropped.
 */
export async function collectEvents(store: Store, sender: CollectSender, body: CollectBody, now: Date): Promise<CollectOutcome> {
  const agent = userAgentTraits(sender.userAgent);
  if (agent.bot) return { accepted: 0, dropped: body.events.length };
  const stamp = now.toISOString().replace('T', ' ').replace('Z', '');
  const needsDayId = body.events.some((event) => event.visitor_id === undefined);
  const dayId = needsDayId ? dayVisitorId(await saltOfDay(store, stamp.slice(0, 10)), sender.keyId, sender.address, sender.userAgent) : '';
  const keys = new Set<string>();
  const rows = body.events.map((event): EventRow => {
    const attributes = deriveAttributes(event, agent);
    for (const key of Object.keys(attributes)) keys.add(key);
    return [
      event.event_id ?? randomBytes(16).toString('base64url'),
      event.visitor_id ?? dayId,
      event.occurred_at ?? stamp,
      event.type,
      event.customer_id ?? null,
      event.url,
      event.referrer || null,
      JSON.stringify(attributes),
    ];
  });
  await collectionWriter(store).write(sender.workspaceId, rows, [...keys]);
  return { accepted: rows.length, dropped: 0 };
}
