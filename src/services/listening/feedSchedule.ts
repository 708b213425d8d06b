import { UsageError } from '../../errors/errors.js';
import type { Store } from '../../store/Store.js';
import { type FetchOptions, fetchFeeds } from './fetchFeeds.js';

/** The environment variable that sets how often `barometre serve` fetches the feeds, in minutes; 0 turns it off. */
export const LISTEN_INTERVAL_VARIABLE = 'BAROMETRE_LISTEN_INTERVAL_MINUTES';

/** Minutes between two rounds unless the environment says otherwise. */
export const DEFAULT_LISTEN_INTERVAL_MINUTES = 60;

/** The longest interval accepted: a week. */
const LONGEST_INTERVAL_MINUTES = 7 * 24 * 60;

/**
 * Minutes between two fetches of every feed by `barometre serve`: BAROMETRE_LISTEN_INTERVAL_MINUTES,
 * a positive number (decimals allowed) of at most a week, 60 when unset; null when it is 0
 * (no schedule). Anything else is a UsageError, so that serve stops at start rather than never fetching.
 */
export function listeningIntervalMinutes(env: NodeJS.ProcessEnv = process.env): number | null {
  const given = env[LISTEN_INTERVAL_VARIABLE];
  if (given === undefined || given.trim() === '') return DEFAULT_LISTEN_INTERVAL_MINUTES;
  const minutes = /^\d+(\.\d+)?$/.test(given.trim()) ? Number(given) : Number.NaN;
  if (minutes === 0) return null;
  if (!(minutes > 0 && minutes <= LONGEST_INTERVAL_MINUTES)) {
    throw new UsageError({
      en: `${LISTEN_INTERVAL_VARIABLE} ${JSON.stringify(given)} must be a number of minutes from 0 (no schedule) to ${LONGEST_INTERVAL_MINUTES}.`,
      fr: `${LISTEN_INTERVAL_VARIABLE} ${JSON.stringify(given)} doit être un nombre de minutes de 0 (pas de calendrier) à ${LONGEST_INTERVAL_MINUTES}.`,
    });
  }
  return minutes;
}

/** How a schedule works; tests shorten the interval and the fetch's limits. */
export interface ScheduleOptions {
  /** Milliseconds from the end of one round to the start of the next. */
  intervalMs: number;
  /** Where each feed's failure and a round's failure are reported: the server's log. */
  log?: (line: string) => void;
  /** The fetch's limits and clock. */
  fetch?: FetchOptions;
}

/**
 * The server's schedule of feeds (docs/feedback.md, "Social listening"): once started, it
 * fetches every workspace's feeds at once, then again `intervalMs` after each round ends, so
 * rounds never overlap (nor with a `listen fetch` run by this process: fetchFeeds takes
 * turns). A feed that fails is recorded on it and logged; a round that fails (the store down)
 * is logged, and the next one comes all the same: nothing here stops the server.
 */
export class FeedSchedule {
  private readonly log: (line: string) => void;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private started = false;

  constructor(
    private readonly store: Store,
    private readonly options: ScheduleOptions,
  ) {
    this.log = options.log ?? ((line) => console.error(line));
  }

  /** Starts the rounds, the first one now. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.runRound();
  }

  /** Stops the rounds, and resolves once the feed being fetched (if any) has recorded its outcome: the rest of the round is left. */
  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    await this.round;
  }

  private runRound(): void {
    this.round = this.fetchAll().finally(() => {
      this.round = undefined;
      if (this.started) this.timer = setTimeout(() => this.runRound(), this.options.intervalMs).unref();
    });
  }

  private async fetchAll(): Promise<void> {
    try {
      const outcomes = await fetchFeeds(this.store, null, { ...this.options.fetch, stopping: () => !this.started });
      for (const outcome of outcomes.filter((each) => each.status === 'failed')) {
        this.log(`Feed ${outcome.id} (${outcome.url}) could not be read: ${outcome.error ?? ''}`);
      }
    } catch (error) {
      this.log(`The feeds could not be fetched this round: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
