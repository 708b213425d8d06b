import { randomBytes } from 'node:crypto';
import { NotFoundError, StateError, UsageError } from '../../errors/errors.js';
import { deleteFeed, findFeed, insertFeed, listFeeds, type StoredFeed } from '../../store/listening/feeds.js';
import type { Store } from '../../store/Store.js';
import { hostOf, isNonPublicAddress } from '../network/privateTargets.js';
import { storable } from '../validation/zodFields.js';
import { FEED_ALLOWANCE, privateFeedsAllowedByEnv } from './fetchFeedDocument.js';

/** The longest feed URL accepted. */
export const MAX_FEED_URL_LENGTH = 2000;
/** The longest brand name or keyword. */
export const MAX_TERM_LENGTH = 200;
/** The most keywords a feed takes. */
export const MAX_KEYWORDS = 50;

/** A feed as the CLI and the API show it: the stored feed without its workspace and HTTP validators. */
export type Feed = Omit<StoredFeed, 'workspaceId' | 'etag' | 'lastModified'>;

/** The feed as shown. */
export function shownFeed({ workspaceId: _, etag: __, lastModified: ___, ...feed }: StoredFeed): Feed {
  return feed;
}

/** What adding a feed is told, unchecked (from flags or a JSON body). */
export interface FeedRequest {
  url: unknown;
  brand: unknown;
  keywords?: unknown;
  own?: unknown;
}

/**
 * The feed URL `text` normalised, or a UsageError: an absolute http or https URL of at most
 * {@link MAX_FEED_URL_LENGTH} characters without user name or password, and, unless
 * `allowPrivate`, whose host is not a non-public IP address (a name is resolved, and checked,
 * at each fetch).
 */
export function checkFeedUrl(text: string, allowPrivate: boolean): URL {
  if (text.length > MAX_FEED_URL_LENGTH || !storable(text)) {
    throw new UsageError({
      en: `The feed's URL must be an http or https address of at most ${MAX_FEED_URL_LENGTH} characters.`,
      fr: `L’adresse du flux doit être une adresse http ou https d’au plus ${MAX_FEED_URL_LENGTH} caractères.`,
    });
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError({
      en: `The feed's URL ${JSON.stringify(text)} is not an absolute http or https address (like https://example.com/feed.xml).`,
      fr: `L’adresse du flux ${JSON.stringify(text)} n’est pas une adresse http ou https complète (comme https://example.com/feed.xml).`,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const scheme = url.protocol.slice(0, -1);
    throw new UsageError({ en: `The feed's URL must use http or https, not ${scheme}.`, fr: `L’adresse du flux doit utiliser http ou https, pas ${scheme}.` });
  }
  if (url.username !== '' || url.password !== '') {
    throw new UsageError({
      en: 'The feed’s URL must not hold a user name or password (it would be stored and shown as is).',
      fr: 'L’adresse du flux ne doit pas contenir de nom d’utilisateur ni de mot de passe (elle serait gardée et montrée telle quelle).',
    });
  }
  if (!allowPrivate && isNonPublicAddress(hostOf(url))) {
    throw new UsageError({
      en: `The feed's URL points to ${hostOf(url)}, an address of this machine or a private network; set ${FEED_ALLOWANCE}=1 to allow such feeds.`,
      fr: `L’adresse du flux mène à ${hostOf(url)}, une adresse de cette machine ou d’un réseau privé ; ${FEED_ALLOWANCE}=1 autorise de tels flux.`,
    });
  }
  return url;
}

/** A brand or keyword trimmed, or a UsageError naming `what` when it is empty, too long or not storable. */
function checkTerm(value: unknown, what: { en: string; fr: string }): string {
  const term = typeof value === 'string' ? value.trim() : '';
  if (term === '' || term.length > MAX_TERM_LENGTH || !storable(term)) {
    throw new UsageError({
      en: `${what.en} must be a text of 1 to ${MAX_TERM_LENGTH} characters.`,
      fr: `${what.fr} doit être un texte de 1 à ${MAX_TERM_LENGTH} caractères.`,
    });
  }
  return term;
}

/** The keywords: a list of texts, each checked, repeated ones dropped. */
function checkKeywords(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_KEYWORDS) {
    throw new UsageError({
      en: `keywords must be a list of at most ${MAX_KEYWORDS} words or phrases.`,
      fr: `Les mots-clés doivent être une liste d’au plus ${MAX_KEYWORDS} mots ou expressions.`,
    });
  }
  const keywords = value.map((keyword) => checkTerm(keyword, { en: 'Each keyword', fr: 'Chaque mot-clé' }));
  return keywords.filter((keyword, index) => keywords.indexOf(keyword) === index);
}

/**
 * Adds a feed to the workspace (docs/feedback.md, "Social listening"): its URL (checkFeedUrl;
 * private addresses only with `allowPrivate`, BAROMETRE_FEED_ALLOW_PRIVATE by default), the
 * brand its items are mentions of, the keywords that name it too and whether it is the
 * workspace's own brand. Its id is 8 random hex digits. A StateError when the workspace
 * listens to that URL for that brand already. Nothing is fetched yet.
 */
export async function addFeed(
  store: Store,
  workspaceId: number,
  request: FeedRequest,
  { allowPrivate = privateFeedsAllowedByEnv(), now = new Date() } = {},
): Promise<Feed> {
  if (typeof request.url !== 'string') {
    throw new UsageError({ en: 'url must be a text: the http or https address of the feed.', fr: 'url doit être un texte : l’adresse http ou https du flux.' });
  }
  const url = checkFeedUrl(request.url, allowPrivate).href;
  const brand = checkTerm(request.brand, { en: 'The brand', fr: 'La marque' });
  const keywords = checkKeywords(request.keywords);
  if (request.own !== undefined && typeof request.own !== 'boolean') {
    throw new UsageError({ en: 'own must be true or false.', fr: 'own doit valoir true ou false.' });
  }
  const id = randomBytes(4).toString('hex');
  const added = await store.transaction((session) => insertFeed(session, workspaceId, { id, url, brand, keywords, own: request.own === true }, now));
  if (!added) {
    throw new StateError({
      en: `The workspace listens to ${url} for ${brand} already.`,
      fr: `L’espace de travail écoute déjà ${url} pour ${brand}.`,
    });
  }
  const feed = await findFeed(store, workspaceId, id);
  if (feed === null) throw new Error(`The feed ${id} was added but cannot be read back.`);
  return shownFeed(feed);
}

/** The workspace's feeds, oldest first, each with how its last fetch went. */
export async function workspaceFeeds(store: Store, workspaceId: number): Promise<Feed[]> {
  return (await listFeeds(store, workspaceId)).map(shownFeed);
}

/** Removes a feed of the workspace; the mentions it brought stay. A NotFoundError when it has no feed `id`. */
export async function removeFeed(store: Store, workspaceId: number, id: string): Promise<void> {
  if (!(await store.transaction((session) => deleteFeed(session, workspaceId, id)))) throw noFeed(id);
}

/** The NotFoundError for a feed id the workspace does not have. */
export function noFeed(id: string): NotFoundError {
  return new NotFoundError({
    en: `The workspace has no feed ${JSON.stringify(id)}: barometre listen list shows its feeds.`,
    fr: `L’espace de travail n’a pas de flux ${JSON.stringify(id)} : barometre listen list montre ses flux.`,
  });
}
