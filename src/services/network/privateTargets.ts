import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * The addresses an outgoing request (a webhook, a feed) may not reach unless private targets
 * are allowed: this machine, private networks, link-local (cloud metadata services answer on
 * 169.254.169.254), carrier NAT, benchmarking, multicast and reserved ranges (IANA
 * special-purpose registries, RFC 6890). IPv4-mapped IPv6 addresses are checked against the
 * IPv4 ranges.
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

/** True for an IP address an outgoing request may not reach unless private targets are allowed. */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The host of a URL as an address or a name, without the brackets of an IPv6 literal. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** What a host's addresses are: all public, one that is not (the host itself when it is an address), or none (it does not resolve). */
export type HostAddresses = { kind: 'public' } | { kind: 'nonPublic'; host: string; address?: string } | { kind: 'unresolved'; host: string };

/**
 * Looks up the URL's host: `nonPublic` when it is, or one of the addresses its name resolves
 * to is, a non-public address; `unresolved` when the name does not resolve; else `public`.
 */
export async function hostAddresses(url: URL): Promise<HostAddresses> {
  const host = hostOf(url);
  if (isIP(host) !== 0) return isNonPublicAddress(host) ? { kind: 'nonPublic', host } : { kind: 'public' };
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    return { kind: 'unresolved', host };
  }
  const blocked = addresses.find(({ address }) => isNonPublicAddress(address));
  return blocked === undefined ? { kind: 'public' } : { kind: 'nonPublic', host, address: blocked.address };
}
