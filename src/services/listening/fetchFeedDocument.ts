import { hostAddresses } from '../network/privateTargets.js';

/** The environment variable that lets feeds be fetched from this machine and private networks (docs/feedback.md). */
export const FEED_ALLOWANCE = 'BAROMETRE_FEED_ALLOW_PRIVATE';

/** Whether feeds may be fetched from this machine and private networks: `BAROMETRE_FEED_ALLOW_PRIVATE=1`. */
export function privateFeedsAllowedByEnv(): boolean {
  return process.env[FEED_ALLOWANCE] === '1';
}

/** How a feed is fetched; every field has a default fit for a server, tests shorten them. */
export interface FetchLimits {
  /** Milliseconds the whole fetch (redirects and body included) may take: 15 000. */
  timeoutMs: number;
  /** The largest body read, in bytes: 5 MB. */
  maxBytes: number;
  /** The most redirects followed: 5. */
  maxRedirects: number;
  /** Whether this machine and private networks may be reached: BAROMETRE_FEED_ALLOW_PRIVATE (tests serve feeds on 127.0.0.1). */
  allowPrivate: boolean;
}

/** The limits of a fetch unless told otherwise. */
export function defaultFetchLimits(): FetchLimits {
  return { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, allowPrivate: privateFeedsAllowedByEnv() };
}

/** The validators of the last fetch, sent back for a conditional GET. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** What a fetch brought: the server's "not modified", or the document as text with its validators. */
export type FetchedDocument = { notModified: true } | { notModified: false; text: string; validators: Validators };

/** A fetch that failed, with one sentence saying why, in English (as stored) and French. */
export class FeedFetchError extends Error {
  override readonly name = 'FeedFetchError';
  constructor(
    message: string,
    readonly french: string,
  ) {
    super(message);
  }
}

/** Media types a feed is served with: any XML (`application/rss+xml`, `application/atom+xml`, `text/xml`…). */
const FEED_MEDIA_TYPE = /^(application|text)\/([\w.+-]*\+)?xml$/;

/**
 * GETs a feed (docs/feedback.md, "Social listening") with Node's fetch: conditional on
 * `validators` (If-None-Match, If-Modified-Since; a 304 is `notModified`), following at most
 * `maxRedirects` redirects by hand so that each target is checked — http or https only, and,
 * unless `allowPrivate`, a host that resolves only to public addresses (as webhooks are) —
 * within `timeoutMs` for the whole exchange, reading at most `maxBytes` of body (decompressed)
 * and refusing a media type other than XML (none given is accepted: the parser decides). The
 * body is decoded with the charset the Content-Type or the XML declaration names, else UTF-8.
 * Any failure is a FeedFetchError naming it.
 */
export async function fetchFeedDocument(url: string, validators: Validators, limits: FetchLimits): Promise<FetchedDocument> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    let target = new URL(url);
    for (let redirects = 0; ; redirects++) {
      await checkTarget(target, limits.allowPrivate);
      const response = await fetch(target, {
        redirect: 'manual',
        signal,
        headers: {
          Accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
          'User-Agent': 'Barometre-Listening/1',
          ...(validators.etag === null ? {} : { 'If-None-Match': validators.etag }),
          ...(validators.lastModified === null ? {} : { 'If-Modified-Since': validators.lastModified }),
        },
      });
      const location = response.headers.get('location');
      if ([301, 302, 303, 307, 308].includes(response.status) && location !== null) {
        await response.body?.cancel();
        if (redirects >= limits.maxRedirects) {
          throw new FeedFetchError(`The feed redirects more than ${limits.maxRedirects} times.`, `Le flux redirige plus de ${limits.maxRedirects} fois.`);
        }
        target = new URL(location, target);
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { notModified: true };
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel();
        throw new FeedFetchError(`The feed's server answered ${response.status}.`, `Le serveur du flux a répondu ${response.status}.`);
      }
      const contentType = response.headers.get('content-type');
      const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
      if (mediaType !== '' && !FEED_MEDIA_TYPE.test(mediaType)) {
        await response.body?.cancel();
        throw new FeedFetchError(
          `The address serves ${mediaType}, not an RSS or Atom feed (XML).`,
          `L’adresse sert du ${mediaType}, pas un flux RSS ou Atom (XML).`,
        );
      }
      const bytes = await readAtMost(response, limits.maxBytes);
      return {
        notModified: false,
        text: decode(bytes, contentType),
        validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
      };
    }
  } catch (error) {
    if (error instanceof FeedFetchError) throw error;
    if (signal.aborted) {
      throw new FeedFetchError(
        `The feed did not arrive within ${limits.timeoutMs / 1000} s.`,
        `Le flux n’est pas arrivé en ${String(limits.timeoutMs / 1000).replace('.', ',')} s.`,
      );
    }
    const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
    const reason = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    throw new FeedFetchError(`The feed could not be reached: ${reason}.`, `Le flux est injoignable : ${reason}.`);
  }
}

/** Refuses a target that is not http(s), or (unless `allowPrivate`) whose host is or resolves to a non-public address. */
async function checkTarget(target: URL, allowPrivate: boolean): Promise<void> {
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    const scheme = target.protocol.slice(0, -1);
    throw new FeedFetchError(
      `The feed leads to a ${scheme} address; only http and https are fetched.`,
      `Le flux mène à une adresse ${scheme} ; seuls http et https sont lus.`,
    );
  }
  if (allowPrivate) return;
  const found = await hostAddresses(target);
  if (found.kind === 'unresolved') {
    throw new FeedFetchError(`The feed's host ${found.host} does not resolve.`, `L’hôte du flux ${found.host} ne se résout pas.`);
  }
  if (found.kind === 'nonPublic') {
    const where = found.address === undefined ? found.host : `${found.host} (${found.address})`;
    throw new FeedFetchError(
      `The feed points to ${where}, an address of this machine or a private network; set ${FEED_ALLOWANCE}=1 to allow such feeds.`,
      `Le flux mène à ${where}, une adresse de cette machine ou d’un réseau privé ; ${FEED_ALLOWANCE}=1 autorise de tels flux.`,
    );
  }
}

/** The body, refused as soon as it passes `maxBytes` (a Content-Length above it is refused before reading). */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array> {
  const megabytes = maxBytes / (1024 * 1024);
  const size = Number.isInteger(megabytes) ? { en: `${megabytes} MB`, fr: `${megabytes} Mo` } : { en: `${maxBytes} bytes`, fr: `${maxBytes} octets` };
  const tooLarge = () =>
    new FeedFetchError(`The feed is larger than ${size.en}, the most Baromètre reads.`, `Le flux dépasse ${size.fr}, le plus que Baromètre lit.`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The body as text, in the charset the Content-Type names, else the XML declaration's encoding, else UTF-8 (an unknown label is read as UTF-8). */
function decode(bytes: Uint8Array, contentType: string | null): string {
  const declared =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ??
    /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/.exec(Buffer.from(bytes.subarray(0, 200)).toString('latin1'))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
