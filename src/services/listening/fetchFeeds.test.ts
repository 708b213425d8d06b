import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, StateError, UsageError } from '../../errors/errors.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { type FeedServer, feedFixture, startFeedServer } from '../../test-support/feedServer.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { buildFeedback } from '../feedback/buildFeedback.js';
import { buildReport } from '../report/buildReport.js';
import { parseReportQuery } from '../report/reportQuery.js';
import { addFeed, checkFeedUrl, removeFeed, workspaceFeeds } from './feeds.js';
import { fetchFeeds } from './fetchFeeds.js';

/** The tests' feeds are served on 127.0.0.1: allowed explicitly, as BAROMETRE_FEED_ALLOW_PRIVATE=1 would. */
const PRIVATE = { allowPrivate: true };
const FAST = { limits: { allowPrivate: true, timeoutMs: 1000 }, now: () => new Date('2026-03-20T12:00:00Z') };
const RSS = { 'content-type': 'application/rss+xml; charset=utf-8' };
const ATOM = { 'content-type': 'application/atom+xml' };

describe('the address of a feed', () => {
  it('takes an absolute http or https URL without credentials, and refuses private addresses unless allowed', () => {
    expect(checkFeedUrl('https://news.example.com/feed.xml', false).href).toBe('https://news.example.com/feed.xml');
    for (const [url, refusal] of [
      ['news.example.com/feed.xml', /is not an absolute http or https address/],
      ['ftp://news.example.com/feed.xml', /must use http or https, not ftp/],
      ['file:///etc/passwd', /must use http or https, not file/],
      ['https://user:secret@news.example.com/feed', /must not hold a user name or password/],
      [`https://news.example.com/${'a'.repeat(2000)}`, /at most 2000 characters/],
    ] as const) {
      expect(() => checkFeedUrl(url, true), url).toThrow(refusal);
    }
    for (const url of ['http://127.0.0.1:8080/feed', 'http://[::1]/feed', 'http://10.0.0.1/feed', 'http://169.254.169.254/latest/meta-data/']) {
      expect(() => checkFeedUrl(url, false), url).toThrow(/BAROMETRE_FEED_ALLOW_PRIVATE=1/);
      expect(checkFeedUrl(url, true).href).toBe(new URL(url).href);
    }
  });
});

describeEachEngine('listening to feeds', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });
  let server: FeedServer;
  let etagServed = 0;
  beforeAll(async () => {
    const rss = feedFixture('rss.xml');
    const big = `<rss version="2.0"><channel><title>big</title>${'<item><title>Maison Lumière</title></item>'.repeat(200)}</channel></rss>`;
    server = await startFeedServer({
      '/rss.xml': { headers: RSS, body: rss },
      '/atom.xml': { headers: ATOM, body: feedFixture('atom.xml') },
      '/malformed.xml': { headers: RSS, body: feedFixture('malformed.xml') },
      '/entities.xml': { headers: RSS, body: feedFixture('entities.xml') },
      '/page.html': { headers: { 'content-type': 'text/html' }, body: '<html><body>Maison Lumière</body></html>' },
      '/no-type': { body: feedFixture('atom.xml') },
      '/big.xml': { headers: RSS, body: big },
      '/big-chunked.xml': { headers: RSS, body: big, chunked: true },
      '/slow.xml': { hang: true },
      '/gone.xml': { status: 410, body: 'gone' },
      '/etag.xml': (headers) => {
        if (headers['if-none-match'] === '"v1"') return { status: 304 };
        etagServed++;
        return { headers: { ...RSS, etag: '"v1"' }, body: rss };
      },
      '/moved': { status: 301, headers: { location: '/moved-again' } }, // relative
      '/moved-again': (headers) => ({ status: 302, headers: { location: `http://${headers.host}/rss.xml` } }), // absolute
      ...Object.fromEntries(Array.from({ length: 6 }, (_, n) => [`/loop${n}`, { status: 307, headers: { location: `/loop${n + 1}` } }])),
      '/to-ftp': { status: 302, headers: { location: 'ftp://127.0.0.1/feed.xml' } },
    });
  });
  afterAll(() => server?.close());

  const add = (path: string, brand: string, extra: { keywords?: string[]; own?: boolean } = {}) =>
    addFeed(test.store, test.workspaceId, { url: server.url(path), brand, ...extra }, PRIVATE);
  const mentions = () =>
    test.read(
      'select mention_id, brand, cast(published_at as text) as published_at, platform, text, reach, is_own_brand, attributes from mentions order by published_at, mention_id',
    );

  it('stores the items that name the brand or a keyword once each as mentions, and a re-fetch adds none', async () => {
    const feed = await add('/rss.xml', 'Maison Lumière', { keywords: ['Colissimo'], own: true });
    expect(feed).toMatchObject({ url: server.url('/rss.xml'), brand: 'Maison Lumière', keywords: ['Colissimo'], own: true, lastStatus: null });
    expect(feed.id).toMatch(/^[0-9a-f]{8}$/);
    const [first] = await fetchFeeds(test.store, test.workspaceId, FAST);
    // Items 1 (MAISON LUMIERE in the title), 2 (Maison Lumière in the text) and 4 (the keyword);
    // item 1 is repeated in the feed and counted once; the weather (3) names neither.
    expect(first).toMatchObject({ id: feed.id, status: 'ok', error: null, items: 5, matched: 3, added: 3 });
    const rows = await mentions();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      brand: 'Maison Lumière',
      published_at: '2026-03-03 08:30:00',
      platform: '127.0.0.1',
      text: 'MAISON LUMIERE ouvre une boutique à Lyon\nLa marque déco s’installe rue de la République.',
      reach: null,
      is_own_brand: true,
    });
    expect(rows[0]!.mention_id).toMatch(new RegExp(`^feed-${feed.id}-[0-9a-f]{16}$`));
    const attributes = typeof rows[0]!.attributes === 'string' ? JSON.parse(rows[0]!.attributes) : rows[0]!.attributes;
    expect(attributes).toEqual({ feed: feed.id, link: 'https://news.example.com/articles/1' });

    const [again] = await fetchFeeds(test.store, test.workspaceId, FAST);
    expect(again).toMatchObject({ status: 'ok', matched: 3, added: 0 });
    expect(await mentions()).toEqual(rows);
    const [listed] = await workspaceFeeds(test.store, test.workspaceId);
    expect(listed).toMatchObject({ lastStatus: 'ok', lastError: null, lastAdded: 0, lastFetchedAt: '2026-03-20T12:00:00Z' });
  });

  it('counts the mentions in share of voice and in the feedback analysis like imported ones', async () => {
    await add('/rss.xml', 'Maison Lumière', { own: true });
    await add('/rss.xml', 'Casa Nova'); // the same feed, listened to for a competitor too
    await add('/atom.xml', 'Casa Nova');
    const outcomes = await fetchFeeds(test.store, test.workspaceId, FAST);
    // RSS: items 1 and 2 name Maison Lumière, item 2 names Casa Nova; Atom: entry 2 names Casa Nova.
    expect(outcomes.map(({ brand, status, added }) => ({ brand, status, added }))).toEqual([
      { brand: 'Maison Lumière', status: 'ok', added: 2 },
      { brand: 'Casa Nova', status: 'ok', added: 1 },
      { brand: 'Casa Nova', status: 'ok', added: 1 },
    ]);
    const report = await buildReport(test.store, test.workspaceId, parseReportQuery({ from: '2026-03-01', to: '2026-03-31' }));
    expect((report.indicators as Record<string, unknown>).shareOfVoice).toMatchObject({
      value: 50,
      ownMentions: 2,
      totalMentions: 4,
      byBrand: { 'Maison Lumière': { mentions: 2, share: 50 }, 'Casa Nova': { mentions: 2, share: 50 } },
    });
    const { result } = await buildFeedback(test.store, test.workspaceId, { from: null, to: null, where: [], source: 'mention', perItem: false });
    expect(result.items).toBe(4);
    expect(result.social?.brands.map(({ brand, own, mentions, shareOfVoice }) => ({ brand, own, mentions, shareOfVoice }))).toEqual([
      { brand: 'Casa Nova', own: false, mentions: 2, shareOfVoice: 50 },
      { brand: 'Maison Lumière', own: true, mentions: 2, shareOfVoice: 50 },
    ]);
  });

  it('records a failure on its feed, in one sentence, and fetches the other feeds all the same', async () => {
    const failing: [string, RegExp][] = [
      ['/malformed.xml', /^The feed is not well-formed XML: Expected closing tag 'item'/],
      ['/entities.xml', /^The feed declares XML entities/],
      ['/page.html', /^The address serves text\/html, not an RSS or Atom feed \(XML\)\.$/],
      ['/gone.xml', /^The feed's server answered 410\.$/],
      ['/missing.xml', /^The feed's server answered 404\.$/],
      ['/loop0', /^The feed redirects more than 5 times\.$/],
      ['/to-ftp', /^The feed leads to a ftp address; only http and https are fetched\.$/],
    ];
    for (const [path] of failing.slice(0, 4)) await add(path, 'Maison Lumière');
    await add('/rss.xml', 'Maison Lumière');
    for (const [path] of failing.slice(4)) await add(path, 'Maison Lumière');
    const outcomes = await fetchFeeds(test.store, test.workspaceId, FAST);
    const byUrl = new Map(outcomes.map((outcome) => [outcome.url, outcome]));
    for (const [path, error] of failing) {
      expect(byUrl.get(server.url(path)), path).toMatchObject({ status: 'failed', error: expect.stringMatching(error), errorFr: expect.any(String), added: 0 });
    }
    expect(byUrl.get(server.url('/rss.xml'))).toMatchObject({ status: 'ok', added: 2 });
    const listed = await workspaceFeeds(test.store, test.workspaceId);
    expect(listed.find((feed) => feed.url === server.url('/malformed.xml'))).toMatchObject({
      lastStatus: 'failed',
      lastError: expect.stringMatching(failing[0]![1]),
    });
    expect(await mentions()).toHaveLength(2);
  });

  it('follows up to 5 redirects, checking each target, and names the feed by the host it was added with', async () => {
    await add('/moved', 'Maison Lumière');
    const [outcome] = await fetchFeeds(test.store, test.workspaceId, FAST);
    expect(outcome).toMatchObject({ status: 'ok', added: 2 });
    expect(server.requests.slice(-3).map((request) => request.path)).toEqual(['/moved', '/moved-again', '/rss.xml']);
  });

  it('gives up on a feed that does not arrive in time, or is larger than allowed, with or without a Content-Length', async () => {
    await add('/slow.xml', 'Maison Lumière');
    await add('/big.xml', 'Maison Lumière');
    await add('/big-chunked.xml', 'Maison Lumière');
    const started = Date.now();
    const outcomes = await fetchFeeds(test.store, test.workspaceId, { ...FAST, limits: { ...FAST.limits, timeoutMs: 300, maxBytes: 4000 } });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(outcomes.map((outcome) => outcome.error)).toEqual([
      'The feed did not arrive within 0.3 s.',
      'The feed is larger than 4000 bytes, the most Baromètre reads.',
      'The feed is larger than 4000 bytes, the most Baromètre reads.',
    ]);
    expect(await mentions()).toEqual([]);
  });

  it('refuses this machine at fetch time unless private addresses are allowed', async () => {
    await add('/rss.xml', 'Maison Lumière');
    const asked = server.requests.length;
    const [outcome] = await fetchFeeds(test.store, test.workspaceId, { ...FAST, limits: { allowPrivate: false } });
    expect(outcome).toMatchObject({ status: 'failed', error: expect.stringMatching(/127\.0\.0\.1.*BAROMETRE_FEED_ALLOW_PRIVATE=1/) });
    expect(server.requests.length).toBe(asked); // refused before any request
  });

  it('asks again with the validators the server sent, and records "not modified" on a 304', async () => {
    await add('/etag.xml', 'Maison Lumière');
    await add('/no-type', 'Casa Nova');
    const served = etagServed;
    const [first, untyped] = await fetchFeeds(test.store, test.workspaceId, FAST);
    expect(first).toMatchObject({ status: 'ok', added: 2 });
    expect(untyped).toMatchObject({ status: 'ok', added: 1 }); // no Content-Type: the parser decides
    const [second] = await fetchFeeds(test.store, test.workspaceId, FAST);
    expect(second).toMatchObject({ status: 'not modified', added: 0 });
    expect(etagServed - served).toBe(1);
    expect(server.requests.at(-2)?.headers['if-none-match']).toBe('"v1"');
  });

  it('adds, lists and removes feeds; refuses a repeated feed, a bad brand and an unknown id', async () => {
    const feed = await add('/rss.xml', '  Maison Lumière ', { keywords: ['lampes', 'lampes', ' Colissimo '] });
    expect(feed).toMatchObject({ brand: 'Maison Lumière', keywords: ['lampes', 'Colissimo'], own: false });
    await expect(add('/rss.xml', 'Maison Lumière')).rejects.toThrow(StateError);
    await expect(add('/rss.xml', ' ')).rejects.toThrow(UsageError);
    await expect(addFeed(test.store, test.workspaceId, { url: 'http://127.0.0.1/feed', brand: 'x' }, { allowPrivate: false })).rejects.toThrow(
      /BAROMETRE_FEED_ALLOW_PRIVATE=1/,
    );
    await expect(addFeed(test.store, test.workspaceId, { url: 42, brand: 'x' })).rejects.toThrow(UsageError);
    expect((await workspaceFeeds(test.store, test.workspaceId)).map((listed) => listed.id)).toEqual([feed.id]);
    await expect(removeFeed(test.store, test.workspaceId, 'nope')).rejects.toThrow(NotFoundError);
    await expect(fetchFeeds(test.store, test.workspaceId, { ...FAST, onlyId: 'nope' })).rejects.toThrow(NotFoundError);
    await removeFeed(test.store, test.workspaceId, feed.id);
    expect(await workspaceFeeds(test.store, test.workspaceId)).toEqual([]);
  });
});
