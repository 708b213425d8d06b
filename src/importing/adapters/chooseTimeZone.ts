import type { AdapterInput } from './Adapter.js';
import type { AdapterReporter } from './AdapterReporter.js';
import { checkTimeZone } from './zonedTime.js';

/**
 * The time zone to read an export's wall-clock timestamps in. What the export itself states
 * wins (Shopify's offsets, a `(UTC)` header, Qualtrics' `timeZone`), and a --timezone that
 * disagrees is noted as ignored; otherwise --timezone, otherwise UTC, noted so the user
 * knows the assumption and the flag that changes it.
 *
 * @param stated the zone the export states, if any ('UTC' or an IANA name)
 * @param where for the UTC note: where the user finds the export's zone
 */
export function chooseTimeZone(input: AdapterInput, reporter: AdapterReporter, stated: string | null, where?: string): string {
  if (stated !== null) {
    const zone = stated === 'Z' ? 'UTC' : checkTimeZone(stated);
    if (input.timeZone !== undefined && input.timeZone !== zone)
      reporter.note(`--timezone ${input.timeZone} ignored: the export states its timestamps' zone (${zone}).`);
    return zone;
  }
  if (input.timeZone !== undefined) {
    reporter.note(`Timestamps read in ${input.timeZone} (--timezone).`);
    return input.timeZone;
  }
  reporter.note(`Timestamps carry no time zone and were read as UTC; pass --timezone${where ? ` (${where})` : ''} if they are in another zone.`);
  return 'UTC';
}

/** The zone a header names in parentheses, as Stripe's `Created (UTC)`: 'UTC', an IANA name, or null. */
export function zoneInHeader(header: string | undefined): string | null {
  const named = header === undefined ? undefined : /\(([^()]+)\)\s*$/.exec(header)?.[1]?.trim();
  if (named === undefined) return null;
  if (/^(utc|gmt|z)$/i.test(named)) return 'UTC';
  try {
    return checkTimeZone(named);
  } catch {
    return null;
  }
}
