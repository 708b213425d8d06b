import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, which `.ci/run` installs: the browser tests drive it, nothing downloads one. */
const CHROMIUM = '/usr/bin/chromium';

/** Why the browser tests cannot run here (Chromium is not installed), or null when they can: skipped tests say it. */
export const CHROMIUM_MISSING = existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing (install it with apt-get install -y chromium)`;

/** Headless Chromium with the flags the machine needs (no sandbox, no GPU, no background traffic). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}
