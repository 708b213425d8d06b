/** One counter: failures so far in the window that started at `since`. */
interface Window {
  since: number;
  failures: number;
}

/** How many failed sign-ins a key may have in a window, how long the window is, and how many keys are remembered at most. */
export interface LimitPolicy {
  failures: number;
  windowMs: number;
  maxKeys: number;
}

/** Failed sign-ins allowed per account: 5 in 15 minutes. */
export const PER_ACCOUNT: LimitPolicy = { failures: 5, windowMs: 15 * 60_000, maxKeys: 100_000 };

/** Failed sign-ins allowed per client address: 20 in 15 minutes. */
export const PER_ADDRESS: LimitPolicy = { failures: 20, windowMs: 15 * 60_000, maxKeys: 100_000 };

/**
 * Counts failed sign-ins per key (an e-mail address in lower case, or a client address) in
 * fixed windows, in this process's memory: a restart forgets them, and several processes
 * count apart (docs/accounts.md). When more than `maxKeys` keys are remembered, the oldest
 * windows are forgotten first, so memory stays bounded whatever an attacker sends.
 */
class FailureCounter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly policy: LimitPolicy) {}

  /** Seconds until `key` may try again, or 0 when it may now. */
  retryAfter(key: string, now: number): number {
    const window = this.windows.get(key);
    if (window === undefined || now - window.since >= this.policy.windowMs) return 0;
    return window.failures >= this.policy.failures ? Math.ceil((window.since + this.policy.windowMs - now) / 1000) : 0;
  }

  /** Counts one failure of `key`. */
  fail(key: string, now: number): void {
    const window = this.windows.get(key);
    if (window !== undefined && now - window.since < this.policy.windowMs) {
      window.failures += 1;
      return;
    }
    this.windows.delete(key);
    this.windows.set(key, { since: now, failures: 1 });
    // A Map iterates in insertion order: the first keys are the oldest windows.
    for (const oldest of this.windows.keys()) {
      if (this.windows.size <= this.policy.maxKeys) break;
      this.windows.delete(oldest);
    }
  }

  /** Forgets `key`'s failures (a successful sign-in of the account). */
  clear(key: string): void {
    this.windows.delete(key);
  }
}

/**
 * The rate limit on sign-in attempts (OWASP Authentication Cheat Sheet, "Protect Against
 * Automated Attacks"): per account ({@link PER_ACCOUNT}) and per client address
 * ({@link PER_ADDRESS}). A refused attempt is answered 429 with Retry-After before any
 * password is checked.
 */
export class SignInLimits {
  private readonly accounts: FailureCounter;
  private readonly addresses: FailureCounter;

  constructor(account: LimitPolicy = PER_ACCOUNT, address: LimitPolicy = PER_ADDRESS) {
    this.accounts = new FailureCounter(account);
    this.addresses = new FailureCounter(address);
  }

  /** Seconds until this account may be tried again from this address, or 0 when it may now. */
  retryAfter(email: string, address: string, now = Date.now()): number {
    return Math.max(this.accounts.retryAfter(email.trim().toLowerCase(), now), this.addresses.retryAfter(address, now));
  }

  /** Counts a failed attempt against the account and the address. */
  failed(email: string, address: string, now = Date.now()): void {
    this.accounts.fail(email.trim().toLowerCase(), now);
    this.addresses.fail(address, now);
  }

  /** Forgets the account's failures after it signed in. */
  succeeded(email: string): void {
    this.accounts.clear(email.trim().toLowerCase());
  }
}
