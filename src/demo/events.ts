import { buildSession, type SessionShape } from './buildSession.js';
import type { DemoCustomer, DemoEvent, DemoOrder } from './demoRecords.js';
import { DAY_MS, HOUR_MS, PERIOD_END_EXCLUSIVE_MS, TRACKER_INSTALLED_MS, startOfUtcDay, wholeSecond } from './demoPeriod.js';
import type { Prng } from './prng.js';
import { MAX_RETAIL_SEASONALITY, browsingDwell, retailSeasonality } from './seasonality.js';
import { ONLINE_HOURS, drawTimeOfDay } from './timeOfDay.js';
import { BROWSING_ORIGINS, CHECKOUT_ORIGINS, type Origin, WELCOME_EMAIL, drawOrigin } from './trafficSources.js';
import { Visitor, type Window } from './visitor.js';

/**
 * The web tracker is audience measurement exempt from consent (first-party, no advertising
 * use), so it sees nearly every browser: only those with a content blocker that stops its
 * script go unseen, with all their visits.
 */
const BLOCKED_BROWSER_SHARE = 0.04;
/** Share of customers who also browse from a second device. */
const SECOND_DEVICE_SHARE = 0.25;
/** Share of checkouts made while signed in (their events carry the customer_id); the others are guest checkouts. */
const SIGNED_IN_CHECKOUT_SHARE = 0.6;
/** Share of a customer's other visits made while signed in. */
const SIGNED_IN_BROWSE_SHARE = 0.2;
/**
 * Before an online order a buyer comes a few times to compare (a Poisson number of visits of
 * this mean, in the ten days before), and some of those visits fill a cart left behind.
 */
const VISITS_BEFORE_ORDER = 1.2;
const DAYS_BEFORE_ORDER = 10;
const CART_BEFORE_ORDER_SHARE = 0.3;
/** Share of new customers who come back during their first week (welcome e-mail), and signed in then. */
const FIRST_WEEK_RETURN_SHARE = 0.35;
const SIGNED_IN_RETURN_SHARE = 0.5;
/** Share of those returns that add something to the cart. */
const FIRST_WEEK_CART_SHARE = 0.25;
/** Visits per day of a customer on an ordinary day, outside their orders; members visit more. */
const CUSTOMER_VISITS_PER_DAY = 0.02;
const MEMBER_VISIT_FACTOR = 1.4;
/** What those visits do: customers know the site, so they bounce less than strangers. */
const CUSTOMER_VISIT_SHAPES: readonly (readonly [SessionShape, number])[] = [
  ['bounce', 36],
  ['browse', 57],
  ['cart', 7],
];

/**
 * Visitors who never sign in or buy — most of a shop's traffic — their number of visits
 * (1 + geometric) and the days between them. Their number sets the traffic, hence the
 * conversion rate: with ≈ 1,400 tracked checkouts, it gives ≈ 2.5 % of the sessions buying.
 */
const ANONYMOUS_VISITORS = 36_000;
const ANONYMOUS_RETURN_SHARE = 0.3;
const ANONYMOUS_DAYS_BETWEEN_VISITS = 8;
const ANONYMOUS_VISIT_SHAPES: readonly (readonly [SessionShape, number])[] = [
  ['bounce', 49],
  ['browse', 46],
  ['cart', 5],
];

/**
 * The web tracker's events, from its installation on 1 August 2026 to the end of the period:
 * every web order's checkout (the `purchase` event at the very second of the order) and the
 * visits before it, customers' sign-up visits, first-week returns and ordinary visits, and
 * the visits of the many visitors who never buy. The app is native: its orders and visits are
 * not the website tracker's. Events of a customer's visitor lie after the customer's
 * `created_at` and before any `churned_at`; a visitor belongs to at most one customer; a
 * signed-in visit carries the `customer_id` on all its events.
 *
 * @param rng the events' own random stream.
 * @param customers the customer base.
 * @param orders the orders, whose web checkouts the tracker records.
 * @returns the events in time order, with ids `evt-0000001`… in that order.
 *
 * @example
 * generateEvents(rng.fork('events'), customers, orders).length; // about 223,000
 */
export function generateEvents(rng: Prng, customers: readonly DemoCustomer[], orders: readonly DemoOrder[]): DemoEvent[] {
  const events: DemoEvent[] = [];
  const visitorIds = new Set<string>();
  // Browsers and origins come from streams of their own, so that changing them leaves the other draws alone.
  const browsers = rng.fork('browsers');
  const origins = rng.fork('origins');
  const newVisitor = (): Visitor => Visitor.create(rng, browsers, visitorIds);
  /** Builds a visit of `shape` and places it at `startMs`. */
  const visit = (visitor: Visitor, startMs: number, shape: SessionShape, origin: Origin, customerId: string | null, window: Window): void =>
    visitor.place(events, startMs, buildSession(rng, shape, { dwell: visitor.dwell * browsingDwell(startMs) }), customerId, window, origin);
  const browsingOrigin = (atMs: number): Origin => drawOrigin(origins, BROWSING_ORIGINS, atMs);

  const webOrders = webOrdersByCustomer(orders);
  for (const customer of customers) {
    const window: Window = {
      from: Math.max(customer.createdMs + 1000, TRACKER_INSTALLED_MS),
      to: Math.min(customer.churnedMs ?? PERIOD_END_EXCLUSIVE_MS, PERIOD_END_EXCLUSIVE_MS),
    };
    if (window.from >= window.to || rng.chance(BLOCKED_BROWSER_SHARE)) continue;
    const visitors = [newVisitor()];
    if (rng.chance(SECOND_DEVICE_SHARE)) visitors.push(newVisitor());
    const [main] = visitors as [Visitor];
    const signedIn = (share: number): string | null => (rng.chance(share) ? customer.id : null);
    for (const order of webOrders.get(customer.id) ?? []) {
      if (order.orderedMs < window.from) continue;
      const session = buildSession(rng, 'purchase', { orderId: order.id, dwell: main.dwell * browsingDwell(order.orderedMs) });
      const start = order.orderedMs - (session[session.length - 1]?.offsetMs ?? 0);
      main.place(events, start, session, signedIn(SIGNED_IN_CHECKOUT_SHARE), window, drawOrigin(origins, CHECKOUT_ORIGINS, start));
      for (let i = rng.poisson(VISITS_BEFORE_ORDER); i > 0; i -= 1) {
        const day = startOfUtcDay(order.orderedMs - rng.int(1, DAYS_BEFORE_ORDER) * DAY_MS);
        const at = day + drawTimeOfDay(rng, ONLINE_HOURS);
        const shape = rng.chance(CART_BEFORE_ORDER_SHARE) ? 'cart' : 'browse';
        visit(rng.pick(visitors), at, shape, browsingOrigin(at), signedIn(SIGNED_IN_BROWSE_SHARE), window);
      }
    }
    const isNew = customer.createdMs >= TRACKER_INSTALLED_MS;
    // Web sign-ups create their account on the site: the visit opens on the welcome page, seconds after created_at.
    if (isNew && customer.signupChannel === 'web') {
      visit(main, customer.createdMs + rng.int(1, 30) * 1000, 'signup', browsingOrigin(customer.createdMs), customer.id, window);
    }
    if (isNew && rng.chance(FIRST_WEEK_RETURN_SHARE)) {
      const at = wholeSecond(customer.createdMs + rng.uniform(HOUR_MS, 7 * DAY_MS - HOUR_MS));
      visit(main, at, rng.chance(FIRST_WEEK_CART_SHARE) ? 'cart' : 'browse', WELCOME_EMAIL, signedIn(SIGNED_IN_RETURN_SHARE), window);
    }
    const rate = CUSTOMER_VISITS_PER_DAY * (customer.member ? MEMBER_VISIT_FACTOR : 1);
    for (const day of seasonalDays(rng, rate, window.from, window.to)) {
      const at = day + drawTimeOfDay(rng, ONLINE_HOURS);
      visit(rng.pick(visitors), at, rng.weighted(CUSTOMER_VISIT_SHAPES), browsingOrigin(at), signedIn(SIGNED_IN_BROWSE_SHARE), window);
    }
  }
  const tracked: Window = { from: TRACKER_INSTALLED_MS, to: PERIOD_END_EXCLUSIVE_MS };
  for (let i = 0; i < ANONYMOUS_VISITORS; i += 1) {
    const visitor = newVisitor();
    let day = drawSeasonalDay(rng, tracked);
    do {
      const at = day + drawTimeOfDay(rng, ONLINE_HOURS);
      visit(visitor, at, rng.weighted(ANONYMOUS_VISIT_SHAPES), browsingOrigin(at), null, tracked);
      day = startOfUtcDay(day + rng.exponential(ANONYMOUS_DAYS_BETWEEN_VISITS) * DAY_MS + DAY_MS);
    } while (day < tracked.to && rng.chance(ANONYMOUS_RETURN_SHARE));
  }
  events.sort((a, b) => a.occurredMs - b.occurredMs || (a.visitorId < b.visitorId ? -1 : a.visitorId > b.visitorId ? 1 : 0));
  // Ids follow time order, so they are given only now.
  events.forEach((event, index) => {
    event.id = `evt-${String(index + 1).padStart(7, '0')}`;
  });
  return events;
}

/** The web-shop orders of each customer (the app's are not the website tracker's). */
function webOrdersByCustomer(orders: readonly DemoOrder[]): Map<string, DemoOrder[]> {
  const byCustomer = new Map<string, DemoOrder[]>();
  for (const order of orders) {
    if (order.channel !== 'web') continue;
    const list = byCustomer.get(order.customerId) ?? [];
    list.push(order);
    byCustomer.set(order.customerId, list);
  }
  return byCustomer;
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

/** A day of `window` drawn in proportion to the season, as its midnight. */
function drawSeasonalDay(rng: Prng, window: Window): number {
  for (;;) {
    const at = rng.uniform(window.from, window.to);
    if (rng.next() * MAX_RETAIL_SEASONALITY < retailSeasonality(at)) return startOfUtcDay(at);
  }
}
