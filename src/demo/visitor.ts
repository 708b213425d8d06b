import type { SessionEvent } from './buildSession.js';
import type { DemoEvent } from './demoRecords.js';
import { MINUTE_MS, wholeSecond } from './demoPeriod.js';
import type { Prng } from './prng.js';
import type { Origin } from './trafficSources.js';

/** The instants, inclusive `from` to exclusive `to`, between which a visitor's events may fall. */
export interface Window {
  from: number;
  to: number;
}

interface Browser {
  device: 'mobile' | 'desktop' | 'tablet';
  browser: string;
  os: string;
}

/**
 * The browsers of the demo's visitors, as the collector names them (ua-parser-js): device
 * class, browser, operating system. Phones bring ≈ 62 % of the visitors, computers ≈ 34 % and
 * tablets ≈ 4 %, near the 64 / 33 / 3 % that Contentsquare measured across industries
 * (src/demo/README.md); the split between browsers is fictional.
 */
const BROWSERS: readonly (readonly [Browser, number])[] = [
  [{ device: 'mobile', browser: 'Mobile Safari', os: 'iOS' }, 30],
  [{ device: 'mobile', browser: 'Chrome', os: 'Android' }, 25],
  [{ device: 'mobile', browser: 'Samsung Browser', os: 'Android' }, 7],
  [{ device: 'desktop', browser: 'Chrome', os: 'Windows' }, 17],
  [{ device: 'desktop', browser: 'Edge', os: 'Windows' }, 6],
  [{ device: 'desktop', browser: 'Safari', os: 'Mac OS' }, 7],
  [{ device: 'desktop', browser: 'Firefox', os: 'Windows' }, 4],
  [{ device: 'tablet', browser: 'Mobile Safari', os: 'iOS' }, 3],
  [{ device: 'tablet', browser: 'Chrome', os: 'Android' }, 1],
];

/**
 * How long a page holds a visitor on each device, relative to a tablet: on a phone a page is
 * read in about 60 % of the time a computer takes (Contentsquare finds mobile visits much
 * shorter than desktop ones, src/demo/README.md).
 */
const DWELL_BY_DEVICE: Readonly<Record<Browser['device'], number>> = { mobile: 0.8, tablet: 1, desktop: 1.35 };

/**
 * Two visits of one visitor are kept at least this far apart, more than the 30 minutes that
 * split sessions (docs/indicators.md), so each generated visit is exactly one session.
 */
const SESSION_SEPARATION_MS = 45 * MINUTE_MS;

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const VISITOR_ID_LENGTH = 10;

/**
 * One browser as the tracker sees it (an id in a first-party cookie, a device), with the
 * spans of the visits already placed so that new ones keep apart.
 */
export class Visitor {
  private readonly spans: [number, number][] = [];

  private constructor(
    readonly id: string,
    private readonly browser: Browser,
  ) {}

  /**
   * A new visitor with an id unused so far (`v-` + 10 base-36 characters, added to `taken`)
   * and a browser drawn from `browsers`, a stream of its own so that changing the browsers
   * does not change the visits.
   */
  static create(rng: Prng, browsers: Prng, taken: Set<string>): Visitor {
    for (;;) {
      let id = 'v-';
      for (let i = 0; i < VISITOR_ID_LENGTH; i += 1) id += ID_ALPHABET[rng.int(0, ID_ALPHABET.length - 1)];
      if (!taken.has(id)) {
        taken.add(id);
        return new Visitor(id, browsers.weighted(BROWSERS));
      }
    }
  }

  /** How long this visitor stays on a page, as a factor of the site's usual time (1 on a tablet). */
  get dwell(): number {
    return DWELL_BY_DEVICE[this.browser.device];
  }

  /**
   * Adds a visit's events starting at `startMs`, dropping those outside `window`, the first
   * carrying `origin`; skips the whole visit when it would come within 45 minutes of another
   * visit of this visitor.
   */
  place(into: DemoEvent[], startMs: number, session: readonly SessionEvent[], customerId: string | null, window: Window, origin: Origin): void {
    const fits = (event: SessionEvent): boolean => startMs + event.offsetMs >= window.from && startMs + event.offsetMs < window.to;
    // Most visits lie wholly inside the window; only those at its edges need trimming.
    const inside = session.every(fits) ? session : session.filter(fits);
    const first = inside[0];
    const last = inside[inside.length - 1];
    if (first === undefined || last === undefined) return;
    const span: [number, number] = [startMs + first.offsetMs, startMs + last.offsetMs];
    if (this.spans.some(([from, to]) => span[0] < to + SESSION_SEPARATION_MS && span[1] > from - SESSION_SEPARATION_MS)) return;
    this.spans.push(span);
    for (const event of inside) {
      const opens = event === first;
      into.push({
        id: '',
        visitorId: this.id,
        occurredMs: wholeSecond(startMs + event.offsetMs),
        type: event.type,
        customerId,
        url: event.url,
        referrer: opens ? origin.referrer : null,
        device: this.browser.device,
        browser: this.browser.browser,
        os: this.browser.os,
        source: opens ? origin.source : null,
        campaign: opens ? origin.campaign : null,
      });
    }
  }
}
