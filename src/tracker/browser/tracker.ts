/**
 * The Baromètre tracker, served as /script.js (docs/privacy.md): page views (single-page-app
 * navigation included), custom events through `barometre(name, props)`, an engagement
 * heartbeat of visible seconds, sent to the collect URL as `{"key", "events": [event]}`
 * (docs/api.md). Cookieless unless the site calls `barometre('consent')`. With `data-survey`, it
 * loads the survey widget (/widget.js) when a survey is due (surveyDue.ts). Written for
 * browsers, with no dependency; scripts/buildTracker.ts minifies it. Every entry point is
 * guarded so that a blocked, offline or odd browser never sees an error from it.
 */

/** One event as POST /api/collect takes it (docs/api.md, "Events from the tracker"). */
interface TrackerEvent {
  type: string;
  url?: string;
  referrer?: string;
  event_id?: string;
  visitor_id?: string;
  customer_id?: string;
  engaged_seconds?: number;
  amount?: number;
  props?: Record<string, unknown>;
}

/**
 * The global function: the snippet's stub before the script loads (its calls queued in `q`),
 * the tracker after (marked `loaded`, so that a second copy of the script does nothing).
 */
type Barometre = ((name: string, value?: unknown) => void) & { q?: ArrayLike<unknown>[]; loaded?: boolean };

import { SURVEY_SHOWN_ENTRY, surveyDue } from './surveyDue.js';

declare global {
  interface Window {
    barometre?: Barometre;
  }
  interface Navigator {
    globalPrivacyControl?: boolean;
  }
}

/** The localStorage entry holding the visitor id, present only while the visitor consents. */
const VISITOR_ENTRY = 'barometre_id';

/** Visible time stops counting this long after the last input: the session timeout (docs/indicators.md). */
const IDLE_MS = 30 * 60e3;

const win = window;
const doc = document;
const nav = navigator;
const loc = location;
const script = doc.currentScript as HTMLScriptElement | null;

/** Runs `action`, swallowing whatever it throws: the tracker must never break the page. */
function quietly<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}

/** 128 random bits as up to 28 characters of [0-9a-z] (event and visitor ids). */
function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(4)), (part) => part.toString(36)).join('');
}

/** The page's address without its fragment, which can hold tokens and never names a page. */
function pageUrl(): string {
  return loc.href.split('#')[0] as string;
}

quietly(() => {
  const existing = win.barometre;
  if (!script || existing?.loaded) return;
  const settings = script.dataset;
  const api = settings.api || new URL('/api/collect', script.src).href;
  const heartbeatMs = Math.max(Number(settings.heartbeat) || 30, 1) * 1e3;
  const refused = settings.respectDnt != null && settings.respectDnt !== 'false' && (nav.doNotTrack === '1' || nav.globalPrivacyControl === true);
  let visitor = quietly(() => localStorage.getItem(VISITOR_ENTRY)) ?? undefined;
  let customer: string | undefined;
  let url = pageUrl();
  let referrer = doc.referrer;
  let visibleSince = doc.hidden ? 0 : Date.now();
  let activeAt = Date.now();
  let engagedMs = 0;

  /** Posts one event as text/plain (no CORS preflight): a beacon, else fetch with keepalive; nothing while offline. */
  const send = (event: TrackerEvent): void => {
    if (refused || !nav.onLine) return;
    event.url = url;
    event.referrer = referrer;
    event.event_id = randomId();
    event.visitor_id = visitor;
    event.customer_id = visitor && customer;
    const body = JSON.stringify({ key: settings.key, events: [event] });
    quietly(() => nav.sendBeacon(api, body)) ||
      quietly(() => fetch(api, { method: 'POST', body, keepalive: true, credentials: 'omit' }).catch(() => undefined));
  };

  /** Sends the visible seconds (up to IDLE_MS after the last input) counted since the last heartbeat, if a whole one has passed. */
  const heartbeat = (): void => {
    const now = Date.now();
    const idleAt = activeAt + IDLE_MS;
    if (visibleSince && visibleSince < idleAt) engagedMs += Math.min(now, idleAt) - visibleSince;
    visibleSince = doc.hidden ? 0 : now;
    const seconds = Math.round(engagedMs / 1e3);
    if (seconds > 0) {
      engagedMs -= seconds * 1e3;
      send({ type: 'engagement', engaged_seconds: seconds });
    }
  };

  /** A page view when the address (fragment aside) changed: after pushState, replaceState, popstate. */
  const navigated = (): void => {
    if (pageUrl() === url) return;
    heartbeat();
    referrer = url;
    url = pageUrl();
    send({ type: 'pageview' });
  };

  /** `consent` [false], `identify` id, or a custom event whose `amount` is set apart from its other props. */
  const command: Barometre = (name, value) =>
    quietly(() => {
      if (name === 'consent') {
        if (value === false) {
          visitor = customer = undefined;
          localStorage.removeItem(VISITOR_ENTRY);
        } else if (!visitor && !refused) {
          visitor = randomId();
          localStorage.setItem(VISITOR_ENTRY, visitor);
        }
      } else if (name === 'identify') {
        customer = value == null ? undefined : String(value);
      } else {
        const { amount, ...props } = (value ?? {}) as Record<string, unknown>;
        send({ type: name, amount: amount == null ? undefined : Number(amount), props: Object.keys(props).length ? props : undefined });
      }
    });

  const queued = Array.from(existing?.q ?? [], (call) => Array.from(call) as [string, unknown]);
  command.loaded = true;
  win.barometre = command;
  for (const [name, value] of queued) if (name === 'consent' || name === 'identify') command(name, value);
  send({ type: 'pageview' });
  for (const [name, value] of queued) if (name !== 'consent' && name !== 'identify') command(name, value);

  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      original.apply(this, args);
      quietly(navigated);
    };
  }
  win.addEventListener('popstate', () => quietly(navigated));
  win.addEventListener('pageshow', (event) => event.persisted && quietly(() => send({ type: 'pageview' })));
  for (const input of ['pointerdown', 'pointermove', 'keydown', 'scroll'])
    win.addEventListener(input, () => (activeAt = Date.now()), { capture: true, passive: true });
  doc.addEventListener('visibilitychange', () => quietly(heartbeat));
  win.addEventListener('pagehide', () => quietly(heartbeat));
  setInterval(() => doc.hidden || quietly(heartbeat), heartbeatMs);

  // The survey widget loads apart, from the tracker's origin, only on the pages where a survey is due.
  if (
    !refused &&
    surveyDue(
      settings,
      quietly(() => localStorage.getItem(SURVEY_SHOWN_ENTRY)),
      Date.now(),
      Math.random(),
    )
  ) {
    const widget = doc.createElement('script');
    widget.src = new URL('/widget.js', script.src).href;
    widget.dataset.survey = settings.survey;
    doc.head.append(widget);
  }
});
