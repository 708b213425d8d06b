import type { DemoCustomer, SalesChannel } from './demoRecords.js';
import { DAY_MS, DEMO_MONTHS, PERIOD_END_EXCLUSIVE_MS, PERIOD_START_MS, wholeSecond } from './demoPeriod.js';
import { CUSTOMER_CITIES, storeOfCity } from './places.js';
import type { Prng } from './prng.js';
import { retailSeasonality } from './seasonality.js';
import { ONLINE_HOURS, STORE_HOURS, drawTimeOfDay } from './timeOfDay.js';

/** Customers who already exist when the data starts (the head start). */
export const EXISTING_CUSTOMERS = 1_200;
/** Customers created during the 18 months. */
export const NEW_CUSTOMERS = 1_800;
/** The oldest existing customer joined when the web shop opened. */
const FIRST_SIGNUP_MS = Date.UTC(2022, 8, 1);
/** New sign-ups grow by this share from the first month to the last (a growing brand). */
const SIGNUP_GROWTH = 0.2;

/**
 * Churn: about 8 % of the active customers leave per half-year. As a constant hazard h per day,
 * (1 − h)^182.5 = 0.92 gives h = −ln(0.92) / 182.5.
 */
const BASE_CHURN_HAZARD_PER_DAY = -Math.log(0.92) / 182.5;
/** Loyalty members leave about half as often; the others a little more, keeping the mean near 8 %. */
const MEMBER_CHURN_FACTOR = 0.55;
const NON_MEMBER_CHURN_FACTOR = 1.25;
/** Each standard deviation of satisfaction lowers the hazard by this log factor. */
const MOOD_CHURN_EFFECT = 0.4;
/** E[exp(−0.4 Z)] = exp(0.08) for a standard normal Z; dividing by it keeps the mean hazard. */
const MOOD_CHURN_MEAN = Math.exp((MOOD_CHURN_EFFECT * MOOD_CHURN_EFFECT) / 2);
/** Nobody leaves during their first days. */
const MIN_TENURE_MS = 3 * DAY_MS;

/** Loyalty-programme take-up by sign-up channel; overall about 35 %. */
const MEMBER_SHARE: Readonly<Record<SalesChannel, number>> = { store: 0.45, web: 0.28, app: 0.35 };

const FIRST_NAMES = [
  'camille',
  'lea',
  'manon',
  'chloe',
  'ines',
  'louise',
  'jade',
  'emma',
  'sarah',
  'julie',
  'lucas',
  'hugo',
  'louis',
  'nathan',
  'thomas',
  'antoine',
  'julien',
  'maxime',
  'nicolas',
  'paul',
  'claire',
  'sophie',
  'helene',
  'francois',
  'amelie',
  'zoe',
];
const LAST_NAMES = [
  'martin',
  'bernard',
  'dubois',
  'thomas',
  'robert',
  'richard',
  'petit',
  'durand',
  'leroy',
  'moreau',
  'simon',
  'laurent',
  'lefebvre',
  'michel',
  'garcia',
  'david',
  'bertrand',
  'roux',
  'vincent',
  'fournier',
  'morel',
  'girard',
  'andre',
  'mercier',
  'dupont',
  'lambert',
];

/**
 * The customer base: 1,200 customers who joined between September 2022 and April 2025, then
 * 1,800 who join during the period, more in November and December and fewer in August, with
 * their loyalty membership, city, sign-up channel and, for some, the day they left.
 *
 * @param rng the customers' own random stream.
 * @returns the customers ordered by `created_at`, with ids `cus-00001`… in that order.
 *
 * @example
 * generateCustomers(new Prng(1).fork('customers')).length; // 3000
 */
export function generateCustomers(rng: Prng): DemoCustomer[] {
  const creations: number[] = [];
  for (let i = 0; i < EXISTING_CUSTOMERS; i += 1) {
    // sqrt spreads more sign-ups over recent months: the density grows linearly with time.
    const at = FIRST_SIGNUP_MS + (PERIOD_START_MS - FIRST_SIGNUP_MS) * Math.sqrt(rng.next());
    creations.push(at);
  }
  for (const [monthIndex, count] of newCustomersPerMonth().entries()) {
    const month = DEMO_MONTHS[monthIndex];
    if (month === undefined) continue;
    for (let i = 0; i < count; i += 1) creations.push(drawDayInMonth(rng, month.startMs, month.endExclusiveMs));
  }
  const customers = creations.map((dayOrInstant) => buildCustomer(rng, dayOrInstant));
  customers.sort((a, b) => a.createdMs - b.createdMs);
  // Ids and e-mail addresses follow creation order, so they are given only now.
  customers.forEach((customer, index) => {
    const number = index + 1;
    customer.id = `cus-${String(number).padStart(5, '0')}`;
    customer.email = `${rng.pick(FIRST_NAMES)}.${rng.pick(LAST_NAMES)}${number}@example.com`;
  });
  return customers;
}

/** The number of new customers in each month: seasonality times growth, summing to NEW_CUSTOMERS. */
function newCustomersPerMonth(): number[] {
  const weights = DEMO_MONTHS.map((month, index) => retailSeasonality(month.startMs + 14 * DAY_MS) * (1 + (SIGNUP_GROWTH * index) / (DEMO_MONTHS.length - 1)));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const counts = weights.map((weight) => Math.floor((NEW_CUSTOMERS * weight) / total));
  // Hand the rounding remainder to the first months so the total is exact.
  let missing = NEW_CUSTOMERS - counts.reduce((sum, count) => sum + count, 0);
  for (let i = 0; missing > 0; i = (i + 1) % counts.length, missing -= 1) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}

/** A day in [from, to) drawn by seasonality (so Black Week gets more), as its midnight. */
function drawDayInMonth(rng: Prng, from: number, to: number): number {
  for (;;) {
    const at = rng.uniform(from, to);
    if (rng.next() * 3 < retailSeasonality(at)) return Math.floor(at / DAY_MS) * DAY_MS;
  }
}

/**
 * One customer with empty id and e-mail (given once all are in order). `createdDayOrInstant`
 * is an instant before the period, or a day's midnight inside it, to which a time of day is added.
 */
function buildCustomer(rng: Prng, createdDayOrInstant: number): DemoCustomer {
  const city = rng.weighted(CUSTOMER_CITIES);
  const homeStore = storeOfCity(city);
  const signupChannel: SalesChannel = homeStore
    ? rng.weighted([
        ['store', 45],
        ['web', 40],
        ['app', 15],
      ])
    : rng.weighted([
        ['web', 78],
        ['app', 22],
      ]);
  const createdMs = wholeSecond(
    createdDayOrInstant >= PERIOD_START_MS
      ? createdDayOrInstant + drawTimeOfDay(rng, signupChannel === 'store' ? STORE_HOURS : ONLINE_HOURS)
      : createdDayOrInstant,
  );
  const member = rng.chance(MEMBER_SHARE[signupChannel]);
  const mood = rng.normal();
  const hazard = (BASE_CHURN_HAZARD_PER_DAY * (member ? MEMBER_CHURN_FACTOR : NON_MEMBER_CHURN_FACTOR) * Math.exp(-MOOD_CHURN_EFFECT * mood)) / MOOD_CHURN_MEAN;
  const churnAt = createdMs + MIN_TENURE_MS + rng.exponential(1 / hazard) * DAY_MS;
  const churnedMs = churnAt < PERIOD_END_EXCLUSIVE_MS ? wholeSecond(churnAt) : null;
  return {
    id: '',
    createdMs,
    churnedMs,
    email: '',
    member,
    city,
    homeStore,
    signupChannel,
    mood,
  };
}
