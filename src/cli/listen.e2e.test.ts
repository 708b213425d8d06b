import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killChildren, lines, requireBuild, runBarometre, startServer, stopServer } from '../test-support/barometreProcess.js';
import { type FeedServer, feedFixture, startFeedServer } from '../test-support/feedServer.js';

/**
 * End-to-end: `barometre listen` through the real binary (docs/cli.md, docs/feedback.md), on
 * feeds a local HTTP server on 127.0.0.1 serves: allowed by BAROMETRE_FEED_ALLOW_PRIVATE=1, as
 * docs/feedback.md says. Needs the build.
 */
const ALLOW = { BAROMETRE_FEED_ALLOW_PRIVATE: '1' };

describe('barometre listen (end to end)', () => {
  let folder: string;
  let feeds: FeedServer;
  beforeAll(async () => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'barometre-listen-e2e-'));
    feeds = await startFeedServer({
      '/rss.xml': { headers: { 'content-type': 'application/rss+xml' }, body: feedFixture('rss.xml') },
      '/atom.xml': { headers: { 'content-type': 'application/atom+xml' }, body: feedFixture('atom.xml') },
      '/malformed.xml': { headers: { 'content-type': 'text/xml' }, body: feedFixture('malformed.xml') },
    });
  });
  afterAll(async () => {
    killChildren();
    await feeds?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const listen = (args: readonly string[], db: string, locale: 'C' | 'fr_FR.UTF-8' = 'C', env: NodeJS.ProcessEnv = ALLOW) =>
    runBarometre(['listen', ...args, '--db', db], folder, undefined, locale, env);

  it('adds, lists, fetches and removes feeds; the mentions count in feedback --json', async () => {
    const db = 'direct.duckdb';
    const added = await listen(['add', feeds.url('/rss.xml'), '--brand', 'Maison Lumière', '--keywords', 'Colissimo', '--own', '--json'], db);
    expect(added).toMatchObject({ status: 0, stderr: '' });
    const feed = JSON.parse(added.stdout);
    expect(feed).toMatchObject({ url: feeds.url('/rss.xml'), brand: 'Maison Lumière', keywords: ['Colissimo'], own: true, lastFetchedAt: null });
    const rival = await listen(['add', feeds.url('/atom.xml'), '--brand', 'Casa Nova', '--keywords', 'casanova', 'casa-nova'], db);
    expect(rival.status).toBe(0);
    expect(rival.stdout).toMatch(/^Feed [0-9a-f]{8} added: .* for Casa Nova \(keywords: casanova, casa-nova\)\.$/m);

    const fetched = await listen(['fetch', '--json'], db);
    expect(fetched).toMatchObject({ status: 0, stderr: '' });
    expect(lines(fetched.stdout)).toHaveLength(1);
    expect(JSON.parse(fetched.stdout).feeds).toEqual([
      { id: feed.id, url: feeds.url('/rss.xml'), brand: 'Maison Lumière', status: 'ok', error: null, items: 5, matched: 3, added: 3 },
      expect.objectContaining({ brand: 'Casa Nova', status: 'ok', items: 3, matched: 1, added: 1 }),
    ]);
    const again = await listen(['fetch'], db);
    expect(again.status).toBe(0);
    expect(lines(again.stdout)[0]).toBe(`${feed.id} ${feeds.url('/rss.xml')} (Maison Lumière): 5 item(s), 3 naming the brand, 0 new mention(s)`);

    const feedback = await runBarometre(['feedback', '--db', db, '--json'], folder);
    expect(feedback.status).toBe(0);
    const brands = JSON.parse(feedback.stdout).social.brands as { brand: string; own: boolean; mentions: number; shareOfVoice: number }[];
    expect(brands.map(({ brand, own, mentions, shareOfVoice }) => ({ brand, own, mentions, shareOfVoice }))).toEqual([
      { brand: 'Maison Lumière', own: true, mentions: 3, shareOfVoice: 75 },
      { brand: 'Casa Nova', own: false, mentions: 1, shareOfVoice: 25 },
    ]);

    const list = await listen(['list', '--json'], db);
    expect(list.status).toBe(0);
    expect(JSON.parse(list.stdout).feeds.map((listed: { lastStatus: string; lastAdded: number }) => [listed.lastStatus, listed.lastAdded])).toEqual([
      ['ok', 0],
      ['ok', 0],
    ]);
    const french = await listen(['list'], db, 'fr_FR.UTF-8');
    expect(french.stdout).toMatch(
      new RegExp(`^${feed.id}  Maison Lumière \\(marque propre\\) \\+ Colissimo  .*  dernière lecture \\S+Z\u00A0: ok, 0 nouvelle\\(s\\) mention\\(s\\)$`, 'm'),
    );

    const removed = await listen(['remove', feed.id, '--json'], db);
    expect(removed).toMatchObject({ status: 0, stdout: `${JSON.stringify({ id: feed.id, removed: true })}\n` });
    expect(JSON.parse((await listen(['list', '--json'], db)).stdout).feeds).toHaveLength(1);
  }, 300_000);

  it('exits 2 with one sentence for bad input and unknown ids, and 1 when a feed cannot be read', async () => {
    const db = 'bad.duckdb';
    for (const [args, sentence] of [
      [['add', 'not a url', '--brand', 'X'], /^The feed's URL "not a url" is not an absolute http or https address/],
      [['add', 'ftp://example.com/feed.xml', '--brand', 'X'], /^The feed's URL must use http or https, not ftp\.$/],
      [['add', 'https://example.com/feed.xml'], /^listen add needs --brand NAME/],
      [['add', 'https://example.com/feed.xml', '--brand', ' '], /^The brand must be a text of 1 to 200 characters\.$/],
      [['add', 'https://example.com/feed.xml', 'extra', '--brand', 'X'], /^Use: barometre listen add/],
      [['frobnicate'], /^Use: barometre listen add/],
      [['list', '--brand', 'X'], /^Use: barometre listen add/],
    ] as const) {
      const outcome = await listen(args, db);
      expect(outcome.status, args.join(' ')).toBe(2);
      expect(lines(outcome.stderr), args.join(' ')).toHaveLength(1);
      expect(lines(outcome.stderr)[0], args.join(' ')).toMatch(sentence);
    }
    // Without the allowance, this machine is refused.
    const local = await listen(['add', feeds.url('/rss.xml'), '--brand', 'X'], db, 'C', {});
    expect(local.status).toBe(2);
    expect(local.stderr).toMatch(/^The feed's URL points to 127\.0\.0\.1, .*BAROMETRE_FEED_ALLOW_PRIVATE=1/);

    expect((await listen(['add', feeds.url('/rss.xml'), '--brand', 'Maison Lumière'], db)).status).toBe(0);
    const unknown = await listen(['remove', 'nope'], db);
    expect(unknown).toMatchObject({ status: 2, stderr: 'The workspace has no feed "nope": barometre listen list shows its feeds.\n' });
    expect((await listen(['fetch', 'nope'], db)).status).toBe(2);
    const twice = await listen(['add', feeds.url('/rss.xml'), '--brand', 'Maison Lumière'], db);
    expect(twice).toMatchObject({ status: 2, stderr: `The workspace listens to ${feeds.url('/rss.xml')} for Maison Lumière already.\n` });

    expect((await listen(['add', feeds.url('/malformed.xml'), '--brand', 'Maison Lumière'], db)).status).toBe(0);
    const partly = await listen(['fetch'], db);
    expect(partly.status).toBe(1);
    expect(lines(partly.stdout)).toEqual([
      expect.stringMatching(/: 5 item\(s\), 2 naming the brand, 2 new mention\(s\)$/),
      expect.stringMatching(/\/malformed\.xml \(Maison Lumière\): failed: The feed is not well-formed XML: Expected closing tag 'item'/),
    ]);
    expect(partly.stderr).toBe('1 of 2 feed(s) could not be read; the others were read.\n');
    const french = await listen(['fetch'], db, 'fr_FR.UTF-8');
    expect(french.stdout).toMatch(/\(Maison Lumière\)\u00A0: échec\u00A0: Le flux n’est pas du XML bien formé/);
  }, 300_000);

  it('works through a running barometre serve, which also fetches every feed on its schedule', async () => {
    const db = ['--db', 'served.duckdb'];
    const { server } = await startServer(['--port', '0', ...db], folder, { ...ALLOW, BAROMETRE_LISTEN_INTERVAL_MINUTES: '0.01' });
    try {
      const added = await runBarometre(['listen', 'add', feeds.url('/rss.xml'), '--brand', 'Maison Lumière', '--json', ...db], folder, undefined, 'C', {});
      expect(added).toMatchObject({ status: 0, stderr: '' }); // the server's allowance applies: it runs the command
      const { id } = JSON.parse(added.stdout);
      // The schedule (every 0.6 s here) fetches the feed without being asked.
      let listed: { lastStatus: string | null; lastAdded: number | null } | undefined;
      for (let tries = 0; tries < 50 && listed?.lastStatus !== 'ok'; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        const list = await runBarometre(['listen', 'list', '--json', ...db], folder);
        listed = JSON.parse(list.stdout).feeds.find((feed: { id: string }) => feed.id === id);
      }
      expect(listed).toMatchObject({ lastStatus: 'ok' });
      const fetched = await runBarometre(['listen', 'fetch', '--json', ...db], folder);
      expect(fetched.status).toBe(0);
      expect(JSON.parse(fetched.stdout).feeds).toEqual([expect.objectContaining({ id, status: 'ok', matched: 2, added: 0 })]);
      const removed = await runBarometre(['listen', 'remove', id, ...db], folder);
      expect(removed).toMatchObject({ status: 0, stdout: `Feed ${id} removed; the mentions it brought stay.\n` });
    } finally {
      await stopServer(server);
    }
  }, 120_000);

  it('refuses a bad BAROMETRE_LISTEN_INTERVAL_MINUTES at the start of serve', async () => {
    const outcome = await runBarometre(['serve', '--port', '0', '--db', 'never.duckdb'], folder, undefined, 'C', {
      BAROMETRE_LISTEN_INTERVAL_MINUTES: 'hourly',
    });
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toBe('BAROMETRE_LISTEN_INTERVAL_MINUTES "hourly" must be a number of minutes from 0 (no schedule) to 10080.\n');
  });
});
