import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { UsageError } from '../../errors/errors.js';
import { storable } from '../validation/zodFields.js';

/** The longest webhook URL accepted. */
export const MAX_WEBHOOK_URL_LENGTH = 2000;

/**
 * The addresses a webhook may not reach unless private targets are allowed: this machine,
 * private networks, link-local (cloud metadata services answer on 169.254.169.254), carrier
 * NAT, benchmarking, multicast and reserved ranges (IANA special-purpose registries, RFC 6890).
 * IPv4-mapped IPv6 addresses are checked against the IPv4 ranges.
 */
const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127], // :: and ::1
  ['64:ff9b:1::', 48],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** True for an IP address a webhook may not reach unless private targets are allowed. */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Whether webhooks may target this machine and private networks: `BAROMETRE_WEBHOOK_ALLOW_PRIVATE=1` (docs/security.md). */
export function privateTargetsAllowedByEnv(): boolean {
  return process.env.BAROMETRE_WEBHOOK_ALLOW_PRIVATE === '1';
}

/** The host of a URL as an address or a name, without the brackets of an IPv6 literal. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * The webhook URL `text` normalised, or a UsageError naming the field `url`: an absolute
 * http or https URL without user name or password (a secret in a URL ends up in logs), and,
 * unless `allowPrivate`, whose host is not a non-public IP address.
 */
export function checkWebhookUrl(text: string, allowPrivate: boolean): URL {
  if (text.length > MAX_WEBHOOK_URL_LENGTH || !storable(text))
    throw new UsageError(`url must be an http or https URL of at most ${MAX_WEBHOOK_URL_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`url ${JSON.stringify(text)} is not an absolute URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`url must use http or https, not ${url.protocol.slice(0, -1)}.`);
  if (url.username !== '' || url.password !== '') {
    throw new UsageError('url must not hold a user name or password: the receiver checks the X-Barometre-Signature header instead.');
  }
  if (!allowPrivate && isNonPublicAddress(hostOf(url))) throw new UsageError(nonPublicRefusal(hostOf(url)));
  return url;
}

/** The sentence refusing a host that is or resolves to a non-public address. */
function nonPublicRefusal(host: string, address?: string): string {
  const where = address === undefined ? host : `${host} (${address})`;
  return `url points to ${where}, an address of this machine or a private network; set BAROMETRE_WEBHOOK_ALLOW_PRIVATE=1 to allow such targets.`;
}

/**
 * Why the URL's host may not be reached now, or null when it may: unless `allowPrivate`,
 * every address its name resolves to must be public (a name can be pointed at an internal
 * address at any time, so this is asked before each attempt, not only at set-up).
 */
export async function unreachableReason(url: URL, allowPrivate: boolean): Promise<string | null> {
  if (allowPrivate) return null;
  const host = hostOf(url);
  if (isIP(host) !== 0) return isNonPublicAddress(host) ? nonPublicRefusal(host) : null;
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    return `url's host ${host} does not resolve.`;
  }
  const blocked = addresses.find(({ address }) => isNonPublicAddress(address));
  return blocked === undefined ? null : nonPublicRefusal(host, blocked.address);
}
