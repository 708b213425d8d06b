/**
 * Writes the large bench files into bench/data/ (git-ignored): 10M events over 1M visitors
 * and 90 days in sessions of about 4 events (with device, browser, OS, source and campaign
 * attributes, as the collector stores them), 1M survey responses, 1M orders, 200k
 * customers, plus posts, mentions and audits. DuckDB generates them in SQL from hashes of
 * the row number, so the files are the same on every run and take seconds, not minutes.
 *
 * Usage: tsx bench/generateLargeStore.ts [--scale 0.1]   (scale multiplies every count)
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';

export const BENCH_DATA = join(import.meta.dirname, 'data');

export interface LargeStoreSize {
  events: number;
  visitors: number;
  days: number;
  responses: number;
  orders: number;
  customers: number;
}

export const FULL_SIZE: LargeStoreSize = { events: 10_000_000, visitors: 1_000_000, days: 90, responses: 1_000_000, orders: 1_000_000, customers: 200_000 };

/** Random-looking integer in [0, n) from a row number and a salt; `hash` is deterministic in DuckDB. */
const draw = (salt: string, n: number | string, of = 'i') => `(hash(${of}, '${salt}') % ${n})`;

/** The SQL of each file, for a given size. The period is the 90 days ending 2026-09-30. */
export function benchFilesSql(size: LargeStoreSize): Record<string, string> {
  const start = `timestamp '2026-07-03 00:00:00'`;
  // 90% of sessions have 4 events, 10% are one-event bounces: 3.7 events per session on average.
  const sessions = Math.round(size.events / 3.7);
  return {
    customers: `select 'c' || i as customer_id,
  strftime(${start} - interval (${draw('created', 365)}) day + interval (${draw('ct', 86400)}) second, '%Y-%m-%dT%H:%M:%SZ') as created_at,
  case when ${draw('churn', 100)} < 8 then strftime(${start} + interval (1 + ${draw('churned', size.days - 1)}) day, '%Y-%m-%dT%H:%M:%SZ') end as churned_at,
  case when ${draw('tier', 3)} = 0 then 'member' else 'none' end as loyalty_tier
from range(${size.customers}) t(i)`,
    orders: `select 'o' || i as order_id, 'c' || ${draw('customer', size.customers)} as customer_id,
  strftime(${start} + interval (${draw('day', size.days)}) day + interval (${draw('second', 86400)}) second, '%Y-%m-%dT%H:%M:%SZ') as ordered_at,
  round(5 + ${draw('amount', 20000)} / 100.0, 2) as amount, 'EUR' as currency,
  case ${draw('channel', 3)} when 0 then 'web' when 1 then 'store' else 'app' end as channel
from range(${size.orders}) t(i)`,
    responses: `select 'r' || i as response_id, case when i % 50 = 0 then 'barometre-interne' else 'nps-relation' end as survey_id,
  strftime(${start} + interval (${draw('day', size.days)}) day + interval (${draw('second', 86400)}) second, '%Y-%m-%dT%H:%M:%SZ') as submitted_at,
  case when i % 50 <> 0 then 'c' || ${draw('customer', size.customers)} end as customer_id,
  case when i % 50 = 0 then 'employee' else 'customer' end as population,
  ${draw('nps', 11)} as nps, case when i % 3 = 0 then 1 + ${draw('csat', 5)} end as csat,
  case when i % 4 = 0 then 1 + ${draw('ces', 7)} end as ces,
  case when i % 5 = 0 then 'Livraison rapide, merci' end as comment
from range(${size.responses}) t(i)`,
    // Session s has 4 events (a few have 1, a bounce): visitor, day and time drawn from s.
    events: `select 'e' || (s * 4 + k) as event_id, 'v' || ${draw('visitor', size.visitors, 's')} as visitor_id,
  strftime(${start} + interval (${draw('day', size.days, 's')}) day + interval (${draw('start', 80000, 's')}) second
    + interval (k * (30 + ${draw('gap', 400, 's')})) second, '%Y-%m-%dT%H:%M:%SZ') as occurred_at,
  -- A home-goods shop: 7.5 % of the longer sessions add to the cart and 3 in 10 of those buy, so
  -- about 2 % of sessions convert and 70 % of carts are abandoned (docs/indicators.md).
  case when k = 2 and ${draw('cart', 40, 's')} < 3 then 'cart' when k = 3 and ${draw('cart', 40, 's')} < 3 and ${draw('buy', 10, 's')} < 3 then 'purchase'
    else 'pageview' end as type,
  case when ${draw('visitor', size.visitors, 's')} < ${size.customers} then 'c' || ${draw('visitor', size.visitors, 's')} end as customer_id,
  'https://shop.example/p/' || ${draw('page', 500, 's * 4 + k')} as url,
  -- What the collector derives per event: the browser's device, browser and OS (the same all
  -- session long), and on the landing event the source and, for a tenth, a campaign.
  case when ${draw('device', 10, 's')} < 6 then 'mobile' when ${draw('device', 10, 's')} < 9 then 'desktop' else 'tablet' end as device,
  case ${draw('browser', 4, 's')} when 0 then 'Chrome' when 1 then 'Safari' when 2 then 'Firefox' else 'Edge' end as browser,
  case when ${draw('device', 10, 's')} < 6 then (case when ${draw('browser', 4, 's')} = 1 then 'iOS' else 'Android' end) else (case when ${draw('browser', 4, 's')} = 1 then 'macOS' else 'Windows' end) end as os,
  case when k = 0 then (case ${draw('source', 8, 's')} when 0 then 'google' when 1 then 'google' when 2 then 'google' when 3 then 'direct' when 4 then 'direct'
    when 5 then 'newsletter' when 6 then 'instagram.com' else 'bing' end) end as source,
  case when k = 0 and ${draw('campaign', 10, 's')} = 0 then 'campaign-' || ${draw('campaign-name', 12, 's')} end as utm_campaign
from range(${sessions}) t(s), range(4) u(k)
where k = 0 or ${draw('bounce', 10, 's')} > 0`,
    posts: `select 'p' || i as post_id, case i % 3 when 0 then 'instagram' when 1 then 'facebook' else 'linkedin' end as platform,
  strftime(${start} + interval (${draw('day', size.days)}) day, '%Y-%m-%dT%H:%M:%SZ') as published_at,
  10000 + ${draw('followers', 5000)} as followers, ${draw('likes', 500)} as likes, ${draw('comments', 50)} as comments,
  ${draw('shares', 30)} as shares, ${draw('saves', 20)} as saves
from range(2000) t(i)`,
    mentions: `select 'm' || i as mention_id, case ${draw('brand', 4)} when 0 then 'Notre Marque' when 1 then 'Rival A' when 2 then 'Rival B' else 'Rival C' end as brand,
  strftime(${start} + interval (${draw('day', size.days)}) day, '%Y-%m-%dT%H:%M:%SZ') as published_at,
  case when ${draw('brand', 4)} = 0 then 'true' else 'false' end as is_own_brand
from range(100000) t(i)`,
    audits: `select 'visit-' || (i // 8) as visit_id, 'site-' || ((i // 8) % 20) as site,
  strftime(${start} + interval ((i // 8) % ${size.days}) day, '%Y-%m-%dT%H:%M:%SZ') as visited_at,
  'criterion ' || (i % 8) as criterion, ${draw('score', 6)} as score, 5 as max_score, 1 + (i % 3) as weight,
  case i % 4 when 0 then 'accueil' when 1 then 'conseil' when 2 then 'caisse' else 'SAV' end as touchpoint
from range(8000) t(i)`,
  };
}

/** Writes every file that is not there yet; returns the folder. */
export async function generateLargeStore(size: LargeStoreSize = FULL_SIZE, folder = BENCH_DATA): Promise<string> {
  mkdirSync(folder, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    for (const [kind, sql] of Object.entries(benchFilesSql(size))) {
      const file = join(folder, `${kind}.csv`);
      if (existsSync(file)) continue;
      const started = performance.now();
      await connection.run(`copy (${sql}) to '${file}' (header true)`);
      process.stderr.write(`wrote ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return folder;
}

/** The full size times `scale` (the days stay 90), and the folder its files go to: bench/data, or bench/data/scale-<scale>. */
export function scaledStore(scale: number): { size: LargeStoreSize; folder: string } {
  const size = Object.fromEntries(
    Object.entries(FULL_SIZE).map(([key, value]) => [key, key === 'days' ? value : Math.round(value * scale)]),
  ) as unknown as LargeStoreSize;
  return { size, folder: scale === 1 ? BENCH_DATA : join(BENCH_DATA, `scale-${scale}`) };
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
  const { size, folder } = scaledStore(Number(values.scale));
  await generateLargeStore(size, folder);
}
