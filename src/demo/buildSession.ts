import type { DemoEvent } from './demoRecords.js';
import type { Prng } from './prng.js';
import { CART_URL, CHECKOUT_URLS, WELCOME_URL, browseUrl, confirmationUrl, productUrl } from './siteMap.js';

/**
 * What a visit does: leaves at once, browses, adds to the cart and leaves, buys, or creates an
 * account.
 */
export type SessionShape = 'bounce' | 'browse' | 'cart' | 'purchase' | 'signup';

/** One event of a session, placed relative to the session's first event. */
export interface SessionEvent {
  offsetMs: number;
  type: DemoEvent['type'];
  url: string;
}

export interface BuildSessionOptions {
  /** The order a `purchase` session confirms (its id goes into the confirmation URL). */
  orderId?: string;
  /**
   * How long the visitor stays on each page, as a factor of the usual time (1): it depends on
   * the device and the month (`Visitor.dwell`, `browsingDwell`).
   */
  dwell: number;
}

/**
 * Time on a page: log-normal around 45 s × the dwell factor (about a minute on average, as
 * published figures of time on page have it, src/demo/README.md), kept between 5 s and
 * 10 min so a session never splits (30 min gap).
 */
const PAGE_GAP_MEDIAN_MS = 45_000;
const PAGE_GAP_SIGMA = 0.9;
const MIN_PAGE_GAP_MS = 5_000;
const MAX_PAGE_GAP_MS = 600_000;
/** Pages a browsing visit sees besides its first two, and those a buyer sees before the cart (mean). */
const BROWSE_EXTRA_PAGES = 4;
const PURCHASE_BROWSE_PAGES = 6;
/** Share of carts that get a second item. */
const SECOND_ITEM_SHARE = 0.3;
/** Sessions stop adding browsing pages after this many. */
const MAX_BROWSE_PAGES = 15;

/**
 * The events of one visit, the first at offset 0, the others a few seconds to a few minutes
 * apart, so the whole visit is one session under the 30-minute rule of docs/indicators.md.
 *
 * @param rng the events' random stream.
 * @param shape what the visit does.
 * @param options the dwell factor, and the order id of a purchase.
 * @returns the events in time order; a `bounce` has exactly one, a `purchase` ends with its `purchase` event.
 * @throws RangeError for a `purchase` without `orderId`.
 *
 * @example
 * buildSession(rng, 'bounce', { dwell: 1 });
 * // [{ offsetMs: 0, type: 'pageview', url: 'https://maison-lumiere.fr/' }]
 */
export function buildSession(rng: Prng, shape: SessionShape, options: BuildSessionOptions): SessionEvent[] {
  const steps: Omit<SessionEvent, 'offsetMs'>[] = [];
  const pageviews = (count: number): void => {
    for (let i = 0; i < count; i += 1) steps.push({ type: 'pageview', url: browseUrl(rng) });
  };
  const addToCart = (): void => {
    steps.push({ type: 'pageview', url: productUrl(rng) });
    steps.push({ type: 'cart', url: CART_URL });
  };
  switch (shape) {
    case 'bounce':
      pageviews(1);
      break;
    case 'browse':
      pageviews(Math.min(MAX_BROWSE_PAGES, 2 + rng.poisson(BROWSE_EXTRA_PAGES)));
      break;
    case 'cart':
      pageviews(Math.min(MAX_BROWSE_PAGES, rng.poisson(BROWSE_EXTRA_PAGES)));
      addToCart();
      if (rng.chance(SECOND_ITEM_SHARE)) addToCart();
      pageviews(rng.int(0, 2));
      break;
    case 'purchase':
      pageviews(Math.min(MAX_BROWSE_PAGES, rng.poisson(PURCHASE_BROWSE_PAGES)));
      addToCart();
      if (rng.chance(SECOND_ITEM_SHARE)) addToCart();
      for (const url of CHECKOUT_URLS) steps.push({ type: 'pageview', url });
      if (options.orderId === undefined) throw new RangeError('A purchase session needs the id of its order.');
      steps.push({ type: 'purchase', url: confirmationUrl(options.orderId) });
      break;
    case 'signup':
      steps.push({ type: 'pageview', url: WELCOME_URL });
      pageviews(1 + rng.poisson(1.5));
      break;
  }
  // A plain loop and literal objects: an object spread here made generation several times slower.
  const events: SessionEvent[] = [];
  let offsetMs = 0;
  steps.forEach((step, index) => {
    if (index > 0) offsetMs += pageGap(rng, options.dwell);
    events.push({ offsetMs, type: step.type, url: step.url });
  });
  return events;
}

function pageGap(rng: Prng, dwell: number): number {
  const gap = rng.logNormal(PAGE_GAP_MEDIAN_MS * dwell, PAGE_GAP_SIGMA);
  return Math.round(Math.min(MAX_PAGE_GAP_MS, Math.max(MIN_PAGE_GAP_MS, gap)) / 1000) * 1000;
}
