import { createHash } from 'node:crypto';
import { namesBrand } from '../../feedback/social/namesBrand.js';
import { KINDS } from '../../store/schema/kinds.js';
import { DATE_RANGE } from '../../store/schema/dateRange.js';
import { sqlTimestamp } from '../../store/sqlTimestamp.js';
import type { FeedItem } from './parseFeed.js';

/** The columns of `mentions` after `workspace_id`, in the table's order (the kind's, then the free attributes), as feeds write them. */
export const MENTION_COLUMNS = [...KINDS.mentions.columns.map((column) => column.name), 'attributes'];

/** The attributes a feed's mention carries, for --where and --by: the feed's id and the item's link. */
export const FEED_ATTRIBUTE_KEYS = ['feed', 'link'];

/** What of a feed its mentions need. */
export interface MentionSource {
  id: string;
  url: string;
  brand: string;
  keywords: readonly string[];
  own: boolean;
}

/** A mention made from a feed item, as a row of {@link MENTION_COLUMNS} in text. */
export interface FeedMention {
  mentionId: string;
  row: (string | null)[];
}

/** The start of every mention id of a feed: `feed-<feed id>-`. */
export function feedMentionPrefix(feedId: string): string {
  return `feed-${feedId}-`;
}

/** The mention id of a feed item: the feed's prefix and the first 16 hex digits of the SHA-256 of the item's key, the same at every fetch. */
export function feedMentionId(feedId: string, itemKey: string): string {
  return `${feedMentionPrefix(feedId)}${createHash('sha256').update(itemKey).digest('hex').slice(0, 16)}`;
}

const FIRST_MS = Date.parse(DATE_RANGE.first);
const LAST_MS = Date.parse(DATE_RANGE.last);

/**
 * The mentions among a feed's items (docs/feedback.md, "Social listening"): every item whose
 * title or text names the feed's brand or one of its keywords (namesBrand: whole words, case
 * and accents ignored), once per mention id (an item repeated in the feed counts once, the
 * first kept). Each is a `mentions` row: the stable id, the brand, `published_at` the item's
 * date (the fetch's time `now` when it has none, or one outside the stored range or after
 * `now`), `platform` the feed's host, `text` the title and text on two lines, `reach` null (a
 * feed says nothing of its audience), `is_own_brand` the feed's `own`, and the attributes
 * `feed` (its id) and `link` (the item's, when it has one).
 */
export function feedMentions(feed: MentionSource, items: readonly FeedItem[], now: Date): FeedMention[] {
  const terms = [feed.brand, ...feed.keywords];
  const platform = new URL(feed.url).hostname;
  const seen = new Set<string>();
  const mentions: FeedMention[] = [];
  for (const item of items) {
    if (!namesBrand(item.title, terms) && !namesBrand(item.text, terms)) continue;
    const mentionId = feedMentionId(feed.id, item.key);
    if (seen.has(mentionId)) continue;
    seen.add(mentionId);
    const time = item.publishedAt?.getTime();
    const publishedAt = time === undefined || time < FIRST_MS || time > LAST_MS || time > now.getTime() ? now : (item.publishedAt as Date);
    const text = [item.title, item.text].filter((part) => part !== '').join('\n');
    const attributes = { feed: feed.id, ...(item.link === null ? {} : { link: item.link }) };
    mentions.push({
      mentionId,
      row: [mentionId, feed.brand, sqlTimestamp(publishedAt), platform, text, null, String(feed.own), JSON.stringify(attributes)],
    });
  }
  return mentions;
}
