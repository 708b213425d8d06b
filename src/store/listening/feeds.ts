import { sqlTimestamp } from '../sqlTimestamp.js';
import type { Session } from '../Store.js';
import { isoSeconds } from '../timestampText.js';

/** How a feed's last fetch went: items read, the server's "nothing new" (304), or a failure. */
export type FetchStatus = 'ok' | 'not modified' | 'failed';

/** A feed a workspace listens to, as stored (migration 014). */
export interface StoredFeed {
  workspaceId: number;
  id: string;
  url: string;
  brand: string;
  keywords: string[];
  /** The workspace's own brand: its mentions are stored with is_own_brand true. */
  own: boolean;
  addedAt: string;
  lastFetchedAt: string | null;
  lastStatus: FetchStatus | null;
  lastError: string | null;
  /** Mentions the last successful fetch added. */
  lastAdded: number | null;
  etag: string | null;
  lastModified: string | null;
}

/** What a feed is made with. */
export interface NewFeed {
  id: string;
  url: string;
  brand: string;
  keywords: readonly string[];
  own: boolean;
}

/** What one fetch of a feed recorded. */
export interface FetchRecord {
  status: FetchStatus;
  error: string | null;
  added: number | null;
  /** The validators for the next conditional GET; undefined keeps the stored ones. */
  validators?: { etag: string | null; lastModified: string | null };
}

type FeedRow = {
  workspace_id: number;
  id: string;
  url: string;
  brand: string;
  keywords: string;
  own: boolean;
  added_at: string;
  last_fetched_at: string | null;
  last_status: FetchStatus | null;
  last_error: string | null;
  last_added: number | null;
  etag: string | null;
  last_modified: string | null;
};

const FEED_COLUMNS = `workspace_id, id, url, brand, keywords, own, cast(added_at as text) as added_at, cast(last_fetched_at as text) as last_fetched_at,
last_status, last_error, last_added, etag, last_modified`;

function feedOf(row: FeedRow): StoredFeed {
  return {
    workspaceId: row.workspace_id,
    id: row.id,
    url: row.url,
    brand: row.brand,
    keywords: JSON.parse(row.keywords) as string[],
    own: row.own,
    addedAt: isoSeconds(row.added_at),
    lastFetchedAt: row.last_fetched_at === null ? null : isoSeconds(row.last_fetched_at),
    lastStatus: row.last_status,
    lastError: row.last_error,
    lastAdded: row.last_added,
    etag: row.etag,
    lastModified: row.last_modified,
  };
}

/** Stores a new feed of the workspace; false when the workspace listens to that URL for that brand already. */
export async function insertFeed(session: Session, workspaceId: number, feed: NewFeed, now: Date): Promise<boolean> {
  const inserted = await session.query(
    'add feed',
    `insert into feeds (workspace_id, id, url, brand, keywords, own, added_at)
values ($workspace, $id, $url, $brand, $keywords, $own, cast($now as timestamp))
on conflict (workspace_id, url, brand) do nothing returning id`,
    { workspace: workspaceId, id: feed.id, url: feed.url, brand: feed.brand, keywords: JSON.stringify(feed.keywords), own: feed.own, now: sqlTimestamp(now) },
  );
  return inserted.length > 0;
}

/** The workspace's feeds, oldest first; or every workspace's, by workspace then age, when `workspaceId` is null (the server's schedule). */
export async function listFeeds(session: Session, workspaceId: number | null): Promise<StoredFeed[]> {
  const rows =
    workspaceId === null
      ? await session.query<FeedRow>('list all feeds', `select ${FEED_COLUMNS} from feeds order by workspace_id, added_at, id`)
      : await session.query<FeedRow>('list feeds', `select ${FEED_COLUMNS} from feeds where workspace_id = $workspace order by added_at, id`, {
          workspace: workspaceId,
        });
  return rows.map(feedOf);
}

/** One feed of the workspace, or null when it has none with that id. */
export async function findFeed(session: Session, workspaceId: number, id: string): Promise<StoredFeed | null> {
  const [row] = await session.query<FeedRow>('find feed', `select ${FEED_COLUMNS} from feeds where workspace_id = $workspace and id = $id`, {
    workspace: workspaceId,
    id,
  });
  return row === undefined ? null : feedOf(row);
}

/** Removes a feed of the workspace (the mentions it brought stay); false when it had none with that id. */
export async function deleteFeed(session: Session, workspaceId: number, id: string): Promise<boolean> {
  const removed = await session.query('remove feed', 'delete from feeds where workspace_id = $workspace and id = $id returning id', {
    workspace: workspaceId,
    id,
  });
  return removed.length > 0;
}

/** Records how a fetch of the feed went, at `now`; nothing when the feed was removed meanwhile. */
export async function recordFetch(session: Session, workspaceId: number, id: string, record: FetchRecord, now: Date): Promise<void> {
  const params = { workspace: workspaceId, id, now: sqlTimestamp(now), status: record.status, error: record.error, added: record.added };
  const outcome = 'last_fetched_at = cast($now as timestamp), last_status = $status, last_error = $error, last_added = $added';
  if (record.validators === undefined) {
    await session.query('record feed fetch', `update feeds set ${outcome} where workspace_id = $workspace and id = $id`, params);
    return;
  }
  await session.query(
    'record feed fetch and validators',
    `update feeds set ${outcome}, etag = $etag, last_modified = $lastModified where workspace_id = $workspace and id = $id`,
    { ...params, etag: record.validators.etag, lastModified: record.validators.lastModified },
  );
}

/** The ids of the workspace's mentions that start with `prefix` (one feed's), to store each feed item once. */
export async function mentionIdsStartingWith(session: Session, workspaceId: number, prefix: string): Promise<Set<string>> {
  const rows = await session.query<{ mention_id: string }>(
    'feed mentions stored',
    'select mention_id from mentions where workspace_id = $workspace and starts_with(mention_id, $prefix)',
    { workspace: workspaceId, prefix },
  );
  return new Set(rows.map((row) => row.mention_id));
}
