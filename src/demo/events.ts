import { buildSession, type SessionEvent, type SessionShape } from './buildSession.js';
import type { DemoCustomer, DemoEvent, DemoOrder } from './demoRecords.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, PERIOD_END_EXCLUSIVE_MS, PERIOD_START_MS, startOfUtcDay, wholeSecond } from './demoPeriod.js';
import type { Prng } from './prng.js';
import { MAX_RETAIL_SEASONALITY, retailSeasonality } from './seasonality.js';
import { NEWSLETTER_REFERRER, sessionReferrer } from './siteMap.js';
import { ONLINE_HOURS, drawTimeOfDay } from './timeOfDay.js';

/** Share of customers whose browser the tracker sees (cookie consent), by sign-up channel. */
const TRACKED_CUSTOMER_SHARE = { web: 0.9, app: 0.9, store: 0.5 } as const;
/** Share of tracked customers who also browse from a second device. */
const SECOND_DEVICE_SHARE = 0.15;
/**
 * Share of a tracked customer's web and app orders whose checkout the tracker records. The
 * demo's traffic is a thin slice of what ≈ 10,000 online orders would bring (at 2 % of
 * sessions, some 500,000 sessions): keeping the files small, it records few checkouts, so that
 * purchases are ≈ 2 % of its sessions and ≈ 30 % of its carts, as on real shops (src/demo/README.md).
 */
const TRACKED_ORDER_SHARE = 0.05;
/** Share of checkouts made while signed in (their events carry the customer_id). */
const SIGNED_IN_CHECKOUT_SHARE = 0.6;
/** Share of ordinary visits made while signed in. */
const SIGNED_IN_BROWSE_SHARE = 0.25;
/** Share of new customers who come back during their first week (welcome e-mail), and signed in then. */
const FIRST_WEEK_RETURN_SHARE = 0.35;
const SIGNED_IN_RETURN_SHARE = 0.5;
/** Share of those returns that add something to the cart. */
const FIRST_WEEK_CART_SHARE = 0.25;
/** Share of web and app sign-ups whose account-creation visit the tracker records. */
const TRACKED_SIGNUP_SHARE = 0.4;
/** Visits per day of a tracked customer outside checkouts, on an ordinary day; members visit more. */
const CUSTOMER_VISITS_PER_DAY = 0.012;
const MEMBER_VISIT_FACTOR = 1.4;
/** What those visits do: few add to the cart (about 5–10 % of sessions do on real shops, checkouts included). */
const CUSTOMER_VISIT_SHAPES: readonly (readonly [SessionShape, number])[] = [
  ['bounce', 30],
  ['browse', 65],
  ['cart', 5],
];

/** Visitors who never sign in, their number of visits (1 + geometric) and the days between them. */
const ANONYMOUS_VISITORS = 4_500;
const ANONYMOUS_RETURN_SHARE = 0.4;
const ANONYMOUS_DAYS_BETWEEN_VISITS = 8;
const ANONYMOUS_VISIT_SHAPES: readonly (readonly [SessionShape, number])[] = [
  ['bounce', 42],
  ['browse', 53],
  ['cart', 5],
];

/**
 * Two visits of one visitor are kept at least this far apart, more than the 30 minutes that
 * split sessions (docs/indicators.md), so each generated visit is exactly one session.
 */
const SESSION_SEPARATION_MS = 45 * MINUTE_MS;

/**
 * The web tracker's events: tracked customers' checkouts (the `purchase` event at the very
 * second of the order), their sign-up visit and first-week return, their ordinary visits, and
 * anonymous visitors. Events of a customer's visitor lie after the customer's `created_at`
 * and before any `churned_at`; a visitor belongs to at most one customer; a signed-in visit
 * carries the `customer_id` on all its events.
 *
 * @param rng the events' own random stream.
 * @param customers the customer base.
 * @param orders the orders, whose web and app checkouts the tracker records in part.
 * @returns the events in time order, with ids `evt-0000001`… in that order.
 *
 * @example
 * generateEvents(rng.fork('events'), customers, orders).length; // about 62,000
 */
export function generateEvents(rng: Prng, customers: readonly DemoCustomer[], orders: readonly DemoOrder[]): DemoEvent[] {
  const events: DemoEvent[] = [];
  const visitorIds = new Set<string>();
  // Browsers come from a stream of their own, so the visits drawn stay those of earlier versions.
  const browsers = rng.fork('browsers');
  const newVisitor = (): Visitor => new Visitor(uniqueVisitorId(rng, visitorIds), browsers.weighted(BROWSERS));
  const onlineOrders = new Map<string, DemoOrder[]>();
  for (const order of orders) {
    if (order.channel === 'store') continue;
    const list = onlineOrders.get(order.customerId) ?? [];
    list.push(order);
    onlineOrders.set(order.customerId, list);
  }
  for (const customer of customers) {
    if (!rng.chance(TRACKED_CUSTOMER_SHARE[customer.signupChannel])) continue;
    const visitors = [newVisitor()];
    if (rng.chance(SECOND_DEVICE_SHARE)) visitors.push(newVisitor());
    const window: Window = {
      from: Math.max(customer.createdMs + 1000, PERIOD_START_MS),
      to: Math.min(customer.churnedMs ?? PERIOD_END_EXCLUSIVE_MS, PERIOD_END_EXCLUSIVE_MS),
    };
    if (window.from >= window.to) continue;
    const [main] = visitors as [Visitor];
    const place = (visitor: Visitor, startMs: number, session: SessionEvent[], signedIn: boolean): void => {
      visitor.place(events, startMs, session, signedIn ? customer.id : null, window);
    };
    for (const order of onlineOrders.get(customer.id) ?? []) {
      if (!rng.chance(TRACKED_ORDER_SHARE)) continue;
      const session = buildSession(rng, 'purchase', { orderId: order.id, referrer: sessionReferrer(rng) });
      const last = session[session.length - 1];
      const visitor = order.channel === 'app' ? (visitors[1] ?? main) : main;
      place(visitor, order.orderedMs - (last?.offsetMs ?? 0), session, rng.chance(SIGNED_IN_CHECKOUT_SHARE));
    }
    const isNew = customer.createdMs >= PERIOD_START_MS;
    if (isNew && customer.signupChannel !== 'store' && rng.chance(TRACKED_SIGNUP_SHARE)) {
      place(main, customer.createdMs + rng.int(1, 30) * 1000, buildSession(rng, 'signup', { referrer: sessionReferrer(rng) }), true);
    }
    if (isNew && rng.chance(FIRST_WEEK_RETURN_SHARE)) {
      const start = wholeSecond(customer.createdMs + rng.uniform(HOUR_MS, 7 * DAY_MS - HOUR_MS));
      const shape = rng.chance(FIRST_WEEK_CART_SHARE) ? 'cart' : 'browse';
      place(main, start, buildSession(rng, shape, { referrer: NEWSLETTER_REFERRER }), rng.chance(SIGNED_IN_RETURN_SHARE));
    }
    const rate = CUSTOMER_VISITS_PER_DAY * (customer.member ? MEMBER_VISIT_FACTOR : 1);
    for (const day of seasonalDays(rng, rate, window.from, window.to)) {
      const session = buildSession(rng, rng.weighted(CUSTOMER_VISIT_SHAPES), { referrer: sessionReferrer(rng) });
      place(rng.pick(visitors), day + drawTimeOfDay(rng, ONLINE_HOURS), session, rng.chance(SIGNED_IN_BROWSE_SHARE));
    }
  }
  const everything: Window = { from: PERIOD_START_MS, to: PERIOD_END_EXCLUSIVE_MS };
  for (let i = 0; i < ANONYMOUS_VISITORS; i += 1) {
    const visitor = newVisitor();
    let day = drawSeasonalDay(rng);
    do {
      const session = buildSession(rng, rng.weighted(ANONYMOUS_VISIT_SHAPES), { referrer: sessionReferrer(rng) });
      visitor.place(events, day + drawTimeOfDay(rng, ONLINE_HOURS), session, null, everything);
      day = startOfUtcDay(day + rng.exponential(ANONYMOUS_DAYS_BETWEEN_VISITS) * DAY_MS + DAY_MS);
    } while (day < PERIOD_END_EXCLUSIVE_MS && rng.chance(ANONYMOUS_RETURN_SHARE));
  }
  events.sort((a, b) => a.occurredMs - b.occurredMs || (a.visitorId < b.visitorId ? -1 : a.visitorId > b.visitorId ? 1 : 0));
  // Ids follow time order, so they are given only now.
  events.forEach((event, index) => {
    event.id = `evt-${String(index + 1).padStart(7, '0')}`;
  });
  return events;
}

/** The instants, inclusive `from` to exclusive `to`, between which a visitor's events may fall. */
interface Window {
  from: number;
  to: number;
}

/**
 * The browsers of the demo's visitors, as the collector names them (ua-parser-js): device
 * class, browser, operating system, with fictional weights in which phones lead, as on
 * most French retail sites.
 */
const BROWSERS: readonly (readonly [Browser, number])[] = [
  [{ device: 'mobile', browser: 'Mobile Safari', os: 'iOS' }, 27],
  [{ device: 'mobile', browser: 'Chrome', os: 'Android' }, 24],
  [{ device: 'mobile', browser: 'Samsung Browser', os: 'Android' }, 6],
  [{ device: 'desktop', browser: 'Chrome', os: 'Windows' }, 18],
  [{ device: 'desktop', browser: 'Edge', os: 'Windows' }, 6],
  [{ device: 'desktop', browser: 'Safari', os: 'Mac OS' }, 7],
  [{ device: 'desktop', browser: 'Firefox', os: 'Windows' }, 4],
  [{ device: 'tablet', browser: 'Mobile Safari', os: 'iOS' }, 6],
  [{ device: 'tablet', browser: 'Chrome', os: 'Android' }, 2],
];

interface Browser {
  device: string;
  browser: string;
  os: string;
}

/**
 * Where a visit comes from, as the collector derives it: `newsletter` (with its campaign) for
 * the newsletter's links, else the referrer's site without `www.`, else `direct`.
 */
function sourceOf(referrer: string | null): { source: string; campaign: string | null } {
  if (referrer === null) return { source: 'direct', campaign: null };
  if (referrer === NEWSLETTER_REFERRER) return { source: 'newsletter', campaign: 'newsletter-hebdo' };
  return { source: new URL(referrer).hostname.replace(/^www\./, ''), campaign: null };
}

/** One browser, with the spans of the visits already placed so that new ones keep apart. */
class Visitor {
  private readonly spans: [number, number][] = [];

  constructor(
    readonly id: string,
    private readonly browser: Browser,
  ) {}

  /**
   * Adds a visit's events starting at `startMs`, dropping those outside `window`; skips the
   * whole visit when it would come within 45 minutes of another visit of this visitor.
   */
  place(into: DemoEvent[], startMs: number, session: SessionEvent[], customerId: string | null, window: Window): void {
    const fits = (event: SessionEvent): boolean => startMs + event.offsetMs >= window.from && startMs + event.offsetMs < window.to;
    // Most visits lie wholly inside the window; only those at its edges need trimming.
    const inside = session.every(fits) ? session : session.filter(fits);
    const first = inside[0];
    const last = inside[inside.length - 1];
    if (first === undefined || last === undefined) return;
    const span: [number, number] = [startMs + first.offsetMs, startMs + last.offsetMs];
    if (this.spans.some(([from, to]) => span[0] < to + SESSION_SEPARATION_MS && span[1] > from - SESSION_SEPARATION_MS)) return;
    this.spans.push(span);
    const origin = sourceOf(first.referrer);
    for (const event of inside) {
      const opens = event === first;
      into.push({
        id: '',
        visitorId: this.id,
        occurredMs: wholeSecond(startMs + event.offsetMs),
        type: event.type,
        customerId,
        url: event.url,
        referrer: event.referrer,
        device: this.browser.device,
        browser: this.browser.browser,
        os: this.browser.os,
        source: opens ? origin.source : null,
        campaign: opens ? origin.campaign : null,
      });
    }
  }
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const VISITOR_ID_LENGTH = 10;

/** A fresh `v-` + 10 base-36 characters id, as the tracker's cookie would hold. */
function uniqueVisitorId(rng: Prng, taken: Set<string>): string {
  for (;;) {
    let id = 'v-';
    for (let i = 0; i < VISITOR_ID_LENGTH; i += 1) id += ID_ALPHABET[rng.int(0, ID_ALPHABET.length - 1)];
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** Midnights of the days, in [from, to), on which a Poisson process of `ratePerDay` × season fires. */
function seasonalDays(rng: Prng, ratePerDay: number, from: number, to: number): number[] {
  const days: number[] = [];
  const envelope = ratePerDay * MAX_RETAIL_SEASONALITY;
  for (let t = from + rng.exponential(1 / envelope) * DAY_MS; t < to; t += rng.exponential(1 / envelope) * DAY_MS) {
    if (rng.next() * MAX_RETAIL_SEASONALITY < retailSeasonality(t)) days.push(startOfUtcDay(t));
  }
  return days;
}

/** A day of the period drawn in proportion to the season. */
function drawSeasonalDay(rng: Prng): number {
  for (;;) {
    const at = rng.uniform(PERIOD_START_MS, PERIOD_END_EXCLUSIVE_MS);
    if (rng.next() * MAX_RETAIL_SEASONALITY < retailSeasonality(at)) return startOfUtcDay(at);
  }
}
