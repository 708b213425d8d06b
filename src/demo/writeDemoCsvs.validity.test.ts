import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERIOD_LAST_SECOND_MS, PERIOD_START_MS } from './demoPeriod.js';
import { DEMO_FILES_TIMEOUT_MS, readDemoFiles, type DemoRows } from '../test-support/readDemoFiles.js';
import { writeDemoCsvs } from './writeDemoCsvs.js';

/**
 * Reads the generated files back with an independent CSV reader and checks every rule of
 * docs/formats.md the importer enforces, plus the cross-file rules of the demo. Row checks collect
 * the problems and assert once (an `expect` per field would make this slow), showing the first few.
 */

let directory: string;
let rows: DemoRows;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'barometre-demo-validity-'));
  rows = await readDemoFiles(await writeDemoCsvs(directory));
}, DEMO_FILES_TIMEOUT_MS);

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

type Row = Record<string, string>;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const WHOLE = /^(0|[1-9]\d*)$/;
const AMOUNT = /^(0|[1-9]\d*)\.\d{2}$/;

/** Runs `check` on every row and returns the first problems it reports, labelled by the row's id. */
function problems(list: readonly Row[], id: string, check: (row: Row, report: (problem: string) => void) => void): string[] {
  const found: string[] = [];
  for (const row of list) {
    check(row, (problem) => found.push(`${row[id]}: ${problem}`));
    if (found.length >= 5) break;
  }
  return found;
}

/** The instant of a timestamp in the import format (docs/formats.md), or NaN when its form is wrong. */
function instant(text: string | undefined): number {
  if (text === undefined || !TIMESTAMP.test(text)) return Number.NaN;
  const ms = Date.parse(text);
  return new Date(ms).toISOString().replace('.000Z', 'Z') === text ? ms : Number.NaN;
}

/** Reports a timestamp that is malformed or outside the period. */
function checkInPeriod(text: string | undefined, column: string, report: (problem: string) => void): number {
  const ms = instant(text);
  if (Number.isNaN(ms)) report(`${column} ${String(text)} is not a timestamp like 2025-05-03T14:02:11Z`);
  else if (ms < PERIOD_START_MS || ms > PERIOD_LAST_SECOND_MS) report(`${column} ${String(text)} is outside the period`);
  return ms;
}

function repeated(values: readonly (string | undefined)[]): (string | undefined)[] {
  const seen = new Set<string | undefined>();
  return values
    .filter((value) => {
      if (seen.has(value)) return true;
      seen.add(value);
      return false;
    })
    .slice(0, 5);
}

interface CustomerLife {
  created: number;
  churned: number | null;
}

function customerLives(): Map<string, CustomerLife> {
  return new Map(rows.customers.map((c) => [c.customer_id ?? '', { created: instant(c.created_at), churned: c.churned_at ? instant(c.churned_at) : null }]));
}

/** Reports an activity of a customer who does not exist, or outside their life. */
function checkDuringLife(lives: Map<string, CustomerLife>, customerId: string | undefined, at: number, report: (problem: string) => void): void {
  const life = lives.get(customerId ?? '');
  if (life === undefined) report(`customer ${String(customerId)} does not exist`);
  else if (!(at > life.created)) report(`not after the customer's created_at`);
  else if (life.churned !== null && !(at < life.churned)) report(`not before the customer's churned_at`);
}

describe('the demo customers file', () => {
  it('has the contract columns, unique ids and 3,000 customers', () => {
    expect(Object.keys(rows.customers[0] ?? {})).toEqual(['customer_id', 'created_at', 'churned_at', 'email', 'loyalty_tier', 'city', 'signup_channel']);
    expect(repeated(rows.customers.map((c) => c.customer_id))).toEqual([]);
    expect(rows.customers.length).toBe(3_000);
  });

  it('creates 1,200 customers before the period and the rest during it, churn always after creation', () => {
    expect(
      problems(rows.customers, 'customer_id', (c, report) => {
        const created = instant(c.created_at);
        if (Number.isNaN(created) || created > PERIOD_LAST_SECOND_MS) report(`bad created_at ${c.created_at}`);
        if (c.churned_at === '') return;
        const churned = instant(c.churned_at);
        if (Number.isNaN(churned) || churned > PERIOD_LAST_SECOND_MS) report(`bad churned_at ${c.churned_at}`);
        if (!(churned > created)) report('churned_at is not after created_at');
      }),
    ).toEqual([]);
    expect(rows.customers.filter((c) => instant(c.created_at) < PERIOD_START_MS).length).toBe(1_200);
  });

  it('gives the free attributes their documented values, with about 35 % loyalty members', () => {
    const members = rows.customers.filter((c) => c.loyalty_tier === 'member').length / rows.customers.length;
    expect(members).toBeGreaterThan(0.3);
    expect(members).toBeLessThan(0.4);
    expect(
      problems(rows.customers, 'customer_id', (c, report) => {
        if (!['member', 'none'].includes(c.loyalty_tier ?? '')) report(`loyalty_tier ${c.loyalty_tier}`);
        if (!['web', 'store', 'app'].includes(c.signup_channel ?? '')) report(`signup_channel ${c.signup_channel}`);
        if (c.city === '') report('no city');
        if (!/^[a-z]+\.[a-z]+\d+@example\.com$/.test(c.email ?? '')) report(`email ${c.email}`);
      }),
    ).toEqual([]);
  });
});

describe('the demo orders file', () => {
  it('has unique ids, amounts above 0 with a dot and two decimals, in EUR, and known channels', () => {
    expect(repeated(rows.orders.map((o) => o.order_id))).toEqual([]);
    expect(
      problems(rows.orders, 'order_id', (o, report) => {
        if (!AMOUNT.test(o.amount ?? '') || !(Number(o.amount) > 0)) report(`amount ${o.amount}`);
        if (o.currency !== 'EUR') report(`currency ${o.currency}`);
        if (!['web', 'store', 'app'].includes(o.channel ?? '')) report(`channel ${o.channel}`);
        if ((o.store === '') !== (o.channel !== 'store')) report(`store ${o.store} with channel ${o.channel}`);
      }),
    ).toEqual([]);
  });

  it('references existing customers, after their creation and before their churn, inside the period', () => {
    const lives = customerLives();
    expect(
      problems(rows.orders, 'order_id', (o, report) => checkDuringLife(lives, o.customer_id, checkInPeriod(o.ordered_at, 'ordered_at', report), report)),
    ).toEqual([]);
  });
});

describe('the demo responses file', () => {
  it('has unique ids and exactly one whole score per answer, within its range', () => {
    expect(repeated(rows.responses.map((r) => r.response_id))).toEqual([]);
    const ranges: Record<string, [number, number]> = { nps: [0, 10], csat: [1, 5], ces: [1, 7] };
    expect(
      problems(rows.responses, 'response_id', (r, report) => {
        const filled = Object.keys(ranges).filter((column) => r[column] !== '');
        if (filled.length !== 1) report(`scores in ${filled.join(', ') || 'no column'}`);
        for (const column of filled) {
          const [min, max] = ranges[column] as [number, number];
          const value = Number(r[column]);
          if (!WHOLE.test(r[column] ?? '') || value < min || value > max) report(`${column} ${r[column]}`);
        }
      }),
    ).toEqual([]);
  });

  it('ties every answer to an existing customer during their life (the employee barometer is not imported: loadDemoBarometer answers it)', () => {
    const lives = customerLives();
    expect(
      problems(rows.responses, 'response_id', (r, report) => {
        const at = checkInPeriod(r.submitted_at, 'submitted_at', report);
        if (r.population === 'customer') {
          checkDuringLife(lives, r.customer_id, at, report);
        } else {
          report(`population ${r.population}`);
        }
      }),
    ).toEqual([]);
  });

  it('uses the documented surveys, each with its own scale', () => {
    const scaleOf = (r: Row): string => (r.nps !== '' ? 'nps' : r.csat !== '' ? 'csat' : 'ces');
    const scales: Record<string, string[]> = {};
    for (const r of rows.responses) {
      const survey = r.survey_id ?? '';
      scales[survey] ??= [];
      if (!scales[survey].includes(scaleOf(r))) scales[survey].push(scaleOf(r));
    }
    expect(scales).toEqual({
      'nps-relation-2025': ['nps'],
      'nps-relation-2026': ['nps'],
      'csat-livraison': ['csat'],
      'csat-magasin': ['csat'],
      'ces-sav': ['ces'],
    });
  });

  it('sets language only to fr or en, and only on answers with a comment', () => {
    expect(
      problems(rows.responses, 'response_id', (r, report) => {
        if (!['', 'fr', 'en'].includes(r.language ?? '')) report(`language ${r.language}`);
        if (r.language !== '' && r.comment === '') report('language without a comment');
      }),
    ).toEqual([]);
  });
});

describe('the demo events file', () => {
  it('has unique ids, known types, site URLs, visitor ids and web referrers', () => {
    expect(repeated(rows.events.map((e) => e.event_id))).toEqual([]);
    expect(
      problems(rows.events, 'event_id', (e, report) => {
        if (!['pageview', 'cart', 'purchase'].includes(e.type ?? '')) report(`type ${e.type}`);
        if (!e.url?.startsWith('https://maison-lumiere.fr/')) report(`url ${e.url}`);
        if (!/^v-[0-9a-z]{10}$/.test(e.visitor_id ?? '')) report(`visitor_id ${e.visitor_id}`);
        if (e.referrer !== '' && !e.referrer?.startsWith('https://')) report(`referrer ${e.referrer}`);
      }),
    ).toEqual([]);
  });

  it("keeps identified events inside their customer's life, and each visitor to one customer at most", () => {
    const lives = customerLives();
    const owner = new Map<string, string>();
    expect(
      problems(rows.events, 'event_id', (e, report) => {
        const at = checkInPeriod(e.occurred_at, 'occurred_at', report);
        if (e.customer_id === '' || e.customer_id === undefined) return;
        checkDuringLife(lives, e.customer_id, at, report);
        const known = owner.get(e.visitor_id ?? '');
        if (known !== undefined && known !== e.customer_id) report(`visitor ${e.visitor_id} belongs to ${known} and ${e.customer_id}`);
        owner.set(e.visitor_id ?? '', e.customer_id);
      }),
    ).toEqual([]);
  });

  it('records each tracked purchase at the very second of its web order (the native app is not the web tracker’s)', () => {
    const orders = new Map(rows.orders.map((o) => [o.order_id ?? '', o]));
    const purchases = rows.events.filter((e) => e.type === 'purchase');
    expect(purchases.length).toBeGreaterThan(300);
    expect(
      problems(purchases, 'event_id', (e, report) => {
        const order = orders.get(/commande=(ord-\d+)$/.exec(e.url ?? '')?.[1] ?? '');
        if (order === undefined) report(`no order in ${e.url}`);
        else if (e.occurred_at !== order.ordered_at || order.channel !== 'web') report(`does not match ${order.order_id}`);
        else if (e.customer_id !== '' && e.customer_id !== order.customer_id) report(`customer differs from ${order.order_id}'s`);
      }),
    ).toEqual([]);
  });

  it("lists events in time order, a visitor's events minutes apart within a visit and over 45 minutes apart between visits", () => {
    const last = new Map<string, number>();
    let previous = 0;
    expect(
      problems(rows.events, 'event_id', (e, report) => {
        const at = instant(e.occurred_at);
        if (at < previous) report('out of time order');
        previous = at;
        const before = last.get(e.visitor_id ?? '');
        last.set(e.visitor_id ?? '', at);
        if (before === undefined) return;
        const gap = at - before;
        if (!(gap > 0 && (gap <= 10 * 60_000 || gap >= 45 * 60_000))) report(`gap of ${gap / 1000} s after the visitor's previous event`);
      }),
    ).toEqual([]);
  });
});

describe('the demo posts file', () => {
  it('has unique ids, positive followers, and counts that are whole numbers or empty', () => {
    expect(repeated(rows.posts.map((p) => p.post_id))).toEqual([]);
    const counts = ['impressions', 'reach', 'likes', 'comments', 'shares', 'saves'];
    expect(
      problems(rows.posts, 'post_id', (p, report) => {
        checkInPeriod(p.published_at, 'published_at', report);
        if (!['instagram', 'facebook', 'linkedin', 'tiktok'].includes(p.platform ?? '')) report(`platform ${p.platform}`);
        if (!WHOLE.test(p.followers ?? '') || !(Number(p.followers) > 0)) report(`followers ${p.followers}`);
        for (const column of counts) if (p[column] !== '' && !WHOLE.test(p[column] ?? '')) report(`${column} ${p[column]}`);
      }),
    ).toEqual([]);
    expect(rows.posts.filter((p) => counts.some((column) => p[column] === '')).length).toBeGreaterThan(0);
  });

  it('shows followers growing on every platform', () => {
    for (const platform of ['instagram', 'facebook', 'linkedin', 'tiktok']) {
      const followers = rows.posts.filter((p) => p.platform === platform).map((p) => Number(p.followers));
      expect(followers.at(-1), platform).toBeGreaterThan(followers[0] ?? Infinity);
    }
  });
});

describe('the demo mentions file', () => {
  it('has unique ids, the four brands with their own-brand flag, a text, and reach whole or empty', () => {
    expect(repeated(rows.mentions.map((m) => m.mention_id))).toEqual([]);
    expect(
      problems(rows.mentions, 'mention_id', (m, report) => {
        checkInPeriod(m.published_at, 'published_at', report);
        if (!['Maison Lumière', 'Casa Nova', 'Atelier Blanc', 'Brico&Maison'].includes(m.brand ?? '')) report(`brand ${m.brand}`);
        if (m.is_own_brand !== (m.brand === 'Maison Lumière' ? 'true' : 'false')) report(`is_own_brand ${m.is_own_brand}`);
        if (m.reach !== '' && !WHOLE.test(m.reach ?? '')) report(`reach ${m.reach}`);
        if (m.text === '' || m.platform === '') report('no text or no platform');
        if (!['fr', 'en'].includes(m.language ?? '')) report(`language ${m.language}`);
      }),
    ).toEqual([]);
  });
});

describe('the demo audits file', () => {
  it('has one row per visit and criterion, scores from 0 to max_score, weights 1 to 3 and the four touchpoints', () => {
    expect(repeated(rows.audits.map((a) => `${a.visit_id} / ${a.criterion}`))).toEqual([]);
    expect(
      problems(rows.audits, 'visit_id', (a, report) => {
        checkInPeriod(a.visited_at, 'visited_at', report);
        if (!a.visit_id?.startsWith('visit-')) report('visit id');
        if (!WHOLE.test(a.score ?? '') || !WHOLE.test(a.max_score ?? '')) report(`score ${a.score} of ${a.max_score}`);
        if (!(Number(a.max_score) > 0) || Number(a.score) > Number(a.max_score)) report(`score ${a.score} of ${a.max_score}`);
        if (!['1', '2', '3'].includes(a.weight ?? '')) report(`weight ${a.weight}`);
        if (!['accueil', 'conseil', 'caisse', 'SAV'].includes(a.touchpoint ?? '')) report(`touchpoint ${a.touchpoint}`);
      }),
    ).toEqual([]);
  });

  it('keeps each visit at one site and one instant, with about eight criteria', () => {
    const visits = new Map<string, Row[]>();
    for (const a of rows.audits) visits.set(a.visit_id ?? '', [...(visits.get(a.visit_id ?? '') ?? []), a]);
    expect(visits.size).toBe(5 * 18);
    for (const [visit, criteria] of visits) {
      expect(new Set(criteria.map((a) => `${a.site} ${a.visited_at}`)).size, visit).toBe(1);
      expect(criteria.length, visit).toBeGreaterThanOrEqual(7);
      expect(criteria.length, visit).toBeLessThanOrEqual(9);
    }
  });
});
