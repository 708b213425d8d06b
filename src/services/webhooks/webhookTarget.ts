import { UsageError } from '../../errors/errors.js';
import { storable } from '../validation/zodFields.js';
import { hostAddresses, hostOf, isNonPublicAddress } from '../network/privateTargets.js';

export { isNonPublicAddress };

/** The environment variable that lets webhooks reach this machine and private networks. */
const ALLOWANCE = 'BAROMETRE_WEBHOOK_ALLOW_PRIVATE';

/** The longest webhook URL accepted. */
export const MAX_WEBHOOK_URL_LENGTH = 2000;

/** Whether webhooks may target this machine and private networks: `BAROMETRE_WEBHOOK_ALLOW_PRIVATE=1` (docs/security.md). */
export function privateTargetsAllowedByEnv(): boolean {
  return process.env[ALLOWANCE] === '1';
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

/** The sentence refusing a host that is or resolves (to `address`) to a non-public address. */
function nonPublicRefusal(host: string, address?: string): string {
  const where = address === undefined ? host : `${host} (${address})`;
  return `url points to ${where}, an address of this machine or a private network; set ${ALLOWANCE}=1 to allow such targets.`;
}

/**
 * Why the URL's host may not be reached now, or null when it may: unless `allowPrivate`,
 * every address its name resolves to must be public (a name can be pointed at an internal
 * address at any time, so this is asked before each attempt, not only at set-up).
 */
export async function unreachableReason(url: URL, allowPrivate: boolean): Promise<string | null> {
  if (allowPrivate) return null;
  const found = await hostAddresses(url);
  if (found.kind === 'unresolved') return `url's host ${found.host} does not resolve.`;
  return found.kind === 'nonPublic' ? nonPublicRefusal(found.host, found.address) : null;
}
