import { KINDS } from '../../store/schema/kinds.js';
import { findFeed, listFeeds, mentionIdsStartingWith, recordFetch, type FetchStatus, type StoredFeed } from '../../store/listening/feeds.js';
import { lockUntilCommit } from '../../store/lockUntilCommit.js';
import { mergeRows } from '../../store/mergeRows.js';
import type { Store } from '../../store/Store.js';
import { FEED_ATTRIBUTE_KEYS, feedMentionPrefix, feedMentions, MENTION_COLUMNS } from './feedMentions.js';
import { noFeed } from './feeds.js';
import { defaultFetchLimits, FeedFetchError, type FetchLimits, fetchFeedDocument } from './fetchFeedDocument.js';
import { FeedFormatError, parseFeed } from './parseFeed.js';

/** How one fetch of one feed went. */
export interface FeedFetchOutcome {
  id: string;
  url: string;
  brand: string;
  status: FetchStatus;
  /** Why it failed, in English (as recorded); null unless failed. */
  error: string | null;
  /** The same in French, for the command line's French output. */
  errorFr: string | null;
  /** Items the feed held (0 when not modified or failed). */
  items: number;
  /** Items that named the brand or a keyword. */
  matched: number;
  /** Mentions stored by this fetch: the matching items not stored before. */
  added: number;
}

/** What a round of fetching may be told; tests shorten the limits and move the clock. */
export interface FetchOptions {
  limits?: Partial<FetchLimits>;
  now?: () => Date;
  /** Asked before each feed: true ends the round there (a server shutting down waits for one feed, not all). */
  stopping?: () => boolean;
}

/** The round under way in this process: rounds (the schedule's, a command's) run one after the other, never at once. */
let roundUnderWay: Promise<unknown> = Promise.resolve();

/** Runs `round` after the round under way, if any. */
function inTurn<T>(round: () => Promise<T>): Promise<T> {
  const next = roundUnderWay.then(round, round);
  roundUnderWay = next.catch(() => undefined);
  return next;
}

/**
 * Fetches the feeds of one workspace (or, with `workspaceId` null, of every workspace: the
 * server's schedule), one after the other, in a round no other round of this process overlaps
 * (docs/feedback.md, "Social listening"). Each feed's outcome is recorded on it — a failure
 * (unreachable, too large, not a feed, malformed XML…) with its sentence — and the next
 * feed is fetched whatever happened, unless `stopping` says to end the round. `onlyId` fetches that feed alone (a NotFoundError when
 * the workspace has none). Errors of the store itself are thrown.
 */
export function fetchFeeds(store: Store, workspaceId: number | null, options: FetchOptions & { onlyId?: string } = {}): Promise<FeedFetchOutcome[]> {
  return inTurn(async () => {
    let feeds: StoredFeed[];
    if (options.onlyId !== undefined && workspaceId !== null) {
      const feed = await findFeed(store, workspaceId, options.onlyId);
      if (feed === null) throw noFeed(options.onlyId);
      feeds = [feed];
    } else feeds = await listFeeds(store, workspaceId);
    const limits = { ...defaultFetchLimits(), ...options.limits };
    const now = options.now ?? (() => new Date());
    const outcomes: FeedFetchOutcome[] = [];
    for (const feed of feeds) {
      if (options.stopping?.()) break;
      outcomes.push(await fetchOneFeed(store, feed, limits, now));
    }
    return outcomes;
  });
}

/**
 * Fetches one feed and stores, in one transaction, the mentions among its items that were
 * not stored before (an item is stored once: its id is stable and ids already there are
 * left alone, so a re-fetch neither duplicates nor moves a mention), through the import's
 * merge, with the outcome and the new validators. A failure is recorded and returned.
 */
async function fetchOneFeed(store: Store, feed: StoredFeed, limits: FetchLimits, now: () => Date): Promise<FeedFetchOutcome> {
  const outcome = { id: feed.id, url: feed.url, brand: feed.brand };
  try {
    const document = await fetchFeedDocument(feed.url, { etag: feed.etag, lastModified: feed.lastModified }, limits);
    if (document.notModified) {
      await recordFetch(store, feed.workspaceId, feed.id, { status: 'not modified', error: null, added: 0 }, now());
      return { ...outcome, status: 'not modified', error: null, errorFr: null, items: 0, matched: 0, added: 0 };
    }
    const parsed = parseFeed(document.text);
    const fetchedAt = now();
    const mentions = feedMentions(feed, parsed.items, fetchedAt);
    const added = await store.transaction(async (session) => {
      // The import's lock, taken before the read: another process fetching the same feed waits, then sees these ids.
      await lockUntilCommit(session, `import ${KINDS.mentions.kind}`, feed.workspaceId);
      const stored = await mentionIdsStartingWith(session, feed.workspaceId, feedMentionPrefix(feed.id));
      const fresh = mentions.filter((mention) => !stored.has(mention.mentionId));
      if (fresh.length > 0) {
        await mergeRows(
          session,
          KINDS.mentions,
          MENTION_COLUMNS,
          feed.workspaceId,
          fresh.map((mention) => mention.row),
          FEED_ATTRIBUTE_KEYS,
        );
      }
      await recordFetch(session, feed.workspaceId, feed.id, { status: 'ok', error: null, added: fresh.length, validators: document.validators }, fetchedAt);
      return fresh.length;
    });
    return { ...outcome, status: 'ok', error: null, errorFr: null, items: parsed.items.length, matched: mentions.length, added };
  } catch (error) {
    if (!(error instanceof FeedFetchError || error instanceof FeedFormatError)) throw error;
    await recordFetch(store, feed.workspaceId, feed.id, { status: 'failed', error: error.message, added: null }, now());
    return { ...outcome, status: 'failed', error: error.message, errorFr: error.french, items: 0, matched: 0, added: 0 };
  }
}
