import { isbot } from 'isbot';
import UAParser from 'ua-parser-js';
import type { CollectedEvent } from './collectPayload.js';

/** What the server reads from a request's user agent: the device class, the browser and the operating system, and whether it is a bot. */
export interface UserAgentTraits {
  bot: boolean;
  device: 'desktop' | 'mobile' | 'tablet' | 'other';
  browser: string | undefined;
  os: string | undefined;
}

/** The most user agents whose traits are remembered: a site's visitors share a few hundred. */
const REMEMBERED_AGENTS = 2000;
const traitsByAgent = new Map<string, UserAgentTraits>();

/**
 * The traits of a user agent (`isbot`, then ua-parser-js), remembered for the most recent
 * ones: parsing one takes a series of regular expressions, and the same few hundred come
 * back on every request. No user agent gives `other` and no browser or OS.
 */
export function userAgentTraits(userAgent: string): UserAgentTraits {
  const known = traitsByAgent.get(userAgent);
  if (known) return known;
  const traits = parseUserAgent(userAgent);
  if (traitsByAgent.size >= REMEMBERED_AGENTS) traitsByAgent.delete(traitsByAgent.keys().next().value as string);
  traitsByAgent.set(userAgent, traits);
  return traits;
}

function parseUserAgent(userAgent: string): UserAgentTraits {
  if (userAgent === '') return { bot: false, device: 'other', browser: undefined, os: undefined };
  const parsed = new UAParser(userAgent).getResult();
  const type = parsed.device.type;
  // ua-parser-js leaves the type of desktop computers undefined; consoles, TVs, watches are "other".
  const device = type === undefined ? (parsed.os.name || parsed.browser.name ? 'desktop' : 'other') : type === 'mobile' || type === 'tablet' ? type : 'other';
  return { bot: isbot(userAgent), device, browser: parsed.browser.name || undefined, os: parsed.os.name || undefined };
}

/** A URL's host without a leading `www.`, or undefined when the text is not a URL. */
function siteOf(address: string): string | undefined {
  if (!URL.canParse(address)) return undefined;
  return new URL(address).hostname.replace(/^www\./, '') || undefined;
}

/**
 * The attributes stored with an event (docs/api.md): the user agent's device, browser and
 * OS; the campaign's `utm_source`, `utm_medium`, `utm_campaign` from the url's query; the
 * `source` — utm_source, else the referrer's host without `www.`, else `direct` (a referrer
 * on the url's own host is a move inside the site and gives no source); then
 * `engaged_seconds`, `amount` and the props as sent.
 */
export function deriveAttributes(event: CollectedEvent, agent: UserAgentTraits): Record<string, string | number | boolean> {
  const attributes: Record<string, string | number | boolean> = { ...event.props, device: agent.device };
  if (agent.browser !== undefined) attributes.browser = agent.browser;
  if (agent.os !== undefined) attributes.os = agent.os;
  const query = new URL(event.url).searchParams;
  for (const name of ['utm_source', 'utm_medium', 'utm_campaign'] as const) {
    const value = query.get(name)?.trim();
    if (value) attributes[name] = value;
  }
  const referrer = event.referrer ? siteOf(event.referrer) : undefined;
  const internal = referrer !== undefined && referrer === siteOf(event.url);
  const source = attributes.utm_source ?? (internal ? undefined : (referrer ?? 'direct'));
  if (source !== undefined) attributes.source = source;
  if (event.engaged_seconds !== undefined) attributes.engaged_seconds = event.engaged_seconds;
  if (event.amount !== undefined) attributes.amount = event.amount;
  return attributes;
}
