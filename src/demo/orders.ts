import type { DemoCustomer, DemoOrder, SalesChannel, StoreCity } from './demoRecords.js';
import { DAY_MS, MINUTE_MS, PERIOD_END_EXCLUSIVE_MS, PERIOD_START_MS, startOfUtcDay, wholeSecond } from './demoPeriod.js';
import { STORE_CITIES } from './places.js';
import type { Prng } from './prng.js';
import { MAX_RETAIL_SEASONALITY, retailSeasonality } from './seasonality.js';
import { ONLINE_HOURS, STORE_HOURS, drawTimeOfDay } from './timeOfDay.js';

/**
 * Orders per day of an ordinary non-member customer on an ordinary day, tuned so that the
 * 3,000 customers place about 15,000 orders in 18 months.
 */
const BASE_ORDERS_PER_DAY = 0.0111;
/** Customers differ: each one's rate is scaled by a Gamma(1.3) draw of mean 1 (as in BG/NBD data). */
const RATE_HETEROGENEITY_SHAPE = 1.3;
/** Loyalty members buy about 1.9 times as often. */
const MEMBER_RATE_FACTOR = 1.9;
/** Satisfied customers buy a little more: log factor per standard deviation of mood. */
const MOOD_RATE_EFFECT = 0.15;

/** Share of a store customer's store orders placed in their own city's store (the rest while travelling). */
const HOME_STORE_SHARE = 0.92;
/** Share of new customers who buy at once: most store sign-ups happen at the till. */
const FIRST_ORDER_SHARE: Readonly<Record<SalesChannel, number>> = { store: 0.6, web: 0.35, app: 0.3 };

/** A first online order comes this long after sign-up on average, and within six days at most. */
const FIRST_ONLINE_ORDER_MEAN_MINUTES = 18 * 60;
const FIRST_ONLINE_ORDER_MAX_MINUTES = 6 * 24 * 60;
/** Basket sizes: log-normal around these medians in euros, with this spread. */
const MEDIAN_BASKET_EUR: Readonly<Record<SalesChannel, number>> = { store: 68, web: 58, app: 52 };
const BASKET_SIGMA = 0.7;
const MEMBER_BASKET_FACTOR = 1.12;
/** Black Week baskets are discounted. */
const PEAK_BASKET_FACTOR = 0.85;
/** The cheapest item (a candle) and a cap well above the dearest sofa, in cents. */
const MIN_BASKET_CENTS = 490;
const MAX_BASKET_CENTS = 250_000;

/**
 * Every order of every customer: an optional first order right after sign-up, then a Poisson
 * process scaled by `retailSeasonality` (Black Week and December peaks, August dip) between the
 * later of sign-up and the period start and the earlier of churn and the period end. Store
 * orders fall in opening hours (shops close on Sundays outside December), online ones at any
 * hour; every order is strictly after its customer's `created_at` and before any `churned_at`.
 *
 * @param rng the orders' own random stream.
 * @param customers the customer base, whose ids the orders reference.
 * @returns the orders in time order, with ids `ord-000001`… in that order.
 *
 * @example
 * generateOrders(rng.fork('orders'), customers).length; // about 15,000 for the 3,000 demo customers
 */
export function generateOrders(rng: Prng, customers: readonly DemoCustomer[]): DemoOrder[] {
  const orders: DemoOrder[] = [];
  for (const customer of customers) ordersOf(rng, customer, orders);
  orders.sort((a, b) => a.orderedMs - b.orderedMs || a.customerId.localeCompare(b.customerId));
  // Ids follow time order, so they are given only now.
  orders.forEach((order, index) => {
    order.id = `ord-${String(index + 1).padStart(6, '0')}`;
  });
  return orders;
}

/** Appends the orders of one customer to `orders`. */
function ordersOf(rng: Prng, customer: DemoCustomer, orders: DemoOrder[]): void {
  const from = Math.max(customer.createdMs, PERIOD_START_MS);
  const to = Math.min(customer.churnedMs ?? PERIOD_END_EXCLUSIVE_MS, PERIOD_END_EXCLUSIVE_MS);
  if (from >= to) return;
  if (customer.createdMs >= PERIOD_START_MS && rng.chance(FIRST_ORDER_SHARE[customer.signupChannel])) {
    // At the till a few minutes after signing up; online within minutes to days (mean about 18 hours).
    const delay =
      customer.signupChannel === 'store'
        ? rng.int(2, 25) * MINUTE_MS
        : 5 * MINUTE_MS + Math.min(rng.exponential(FIRST_ONLINE_ORDER_MEAN_MINUTES), FIRST_ONLINE_ORDER_MAX_MINUTES) * MINUTE_MS;
    const at = wholeSecond(customer.createdMs + delay);
    if (at < to) orders.push(buildOrder(rng, customer, at, customer.signupChannel, customer.homeStore));
  }
  const rate =
    BASE_ORDERS_PER_DAY *
    rng.gamma(RATE_HETEROGENEITY_SHAPE, 1 / RATE_HETEROGENEITY_SHAPE) *
    (customer.member ? MEMBER_RATE_FACTOR : 1) *
    Math.exp(MOOD_RATE_EFFECT * customer.mood);
  // Thinning (Lewis and Shedler, 1979): candidates at the peak rate, kept in proportion to the season.
  const envelope = rate * MAX_RETAIL_SEASONALITY;
  for (let t = from + rng.exponential(1 / envelope) * DAY_MS; t < to; t += rng.exponential(1 / envelope) * DAY_MS) {
    if (rng.next() * MAX_RETAIL_SEASONALITY >= retailSeasonality(t)) continue;
    let channel = drawChannel(rng, customer, t);
    if (channel === 'store' && isClosedDay(t)) channel = 'web';
    const day = startOfUtcDay(t);
    let at = day + drawTimeOfDay(rng, channel === 'store' ? STORE_HOURS : ONLINE_HOURS);
    // On the first or last day the drawn hour may fall outside the customer's window: keep the instant itself.
    if (at <= customer.createdMs || at >= to) at = wholeSecond(t);
    if (at <= customer.createdMs) continue;
    const store = channel === 'store' ? (customer.homeStore !== null && rng.chance(HOME_STORE_SHARE) ? customer.homeStore : rng.pick(STORE_CITIES)) : null;
    orders.push(buildOrder(rng, customer, at, channel, store));
  }
}

/** Web, store or app: store-city customers use the shops, the app gains share over time. */
function drawChannel(rng: Prng, customer: DemoCustomer, at: number): SalesChannel {
  const progress = (at - PERIOD_START_MS) / (PERIOD_END_EXCLUSIVE_MS - PERIOD_START_MS);
  const app = 10 + 8 * progress;
  if (customer.homeStore === null)
    return rng.weighted([
      ['web', 78],
      ['app', app + 12],
    ]);
  const store = customer.signupChannel === 'store' ? 60 : 35;
  return rng.weighted([
    ['store', store],
    ['web', 100 - store - app],
    ['app', app],
  ]);
}

/** Shops close on Sundays, except the December Sundays before Christmas. */
function isClosedDay(at: number): boolean {
  const date = new Date(at);
  return date.getUTCDay() === 0 && date.getUTCMonth() !== 11;
}

/** An order without its id, which is given once all orders are in time order. */
function buildOrder(rng: Prng, customer: DemoCustomer, at: number, channel: SalesChannel, store: StoreCity | null): DemoOrder {
  const factor = (customer.member ? MEMBER_BASKET_FACTOR : 1) * (retailSeasonality(at) > 2 ? PEAK_BASKET_FACTOR : 1);
  const euros = rng.logNormal(MEDIAN_BASKET_EUR[channel] * factor, BASKET_SIGMA);
  const amountCents = Math.min(MAX_BASKET_CENTS, Math.max(MIN_BASKET_CENTS, Math.round(euros * 100)));
  return { id: '', customerId: customer.id, orderedMs: at, amountCents, channel, store: channel === 'store' ? (store ?? 'Paris') : null };
}
