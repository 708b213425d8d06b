import type { Store } from '../../store/Store.js';
import { applyRetention, workspacesWithRetention } from './applyRetention.js';

/** How often the server applies the retention: once a day. */
export const RETENTION_INTERVAL_MS = 24 * 3600_000;

/** How a daily retention works; the defaults are a server's, tests shorten them. */
export interface DailyRetentionOptions {
  intervalMs?: number;
  now?: () => Date;
  /** Where a run that failed (the store down) or deleted rows is reported: the server's log. */
  log?: (line: string) => void;
}

/**
 * The server's retention (docs/privacy.md, "Retention"): once started, at once and then every
 * `intervalMs`, it applies every workspace's `retentionMonths` setting ({@link applyRetention}),
 * one workspace at a time, each in its own transaction; a workspace that fails is reported and
 * the others still run.
 */
export class DailyRetention {
  private readonly intervalMs: number;
  private readonly now: () => Date;
  private readonly log: (line: string) => void;
  private timer: NodeJS.Timeout | undefined;
  private run: Promise<void> | undefined;
  private started = false;

  constructor(
    private readonly store: Store,
    options: DailyRetentionOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? RETENTION_INTERVAL_MS;
    this.now = options.now ?? (() => new Date());
    this.log = options.log ?? ((line) => console.error(line));
  }

  /** Applies the retention now, then every `intervalMs`. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.next(0);
  }

  /** Stops, and resolves once the run under way (if any) has ended. */
  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    await this.run;
  }

  private next(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.run = this.applyAll().finally(() => {
        this.run = undefined;
        if (this.started) this.next(this.intervalMs);
      });
    }, delayMs).unref();
  }

  /** One run over every workspace with a retention; resolves when all are done, failures logged. */
  async applyAll(): Promise<void> {
    let workspaces: number[];
    try {
      workspaces = await workspacesWithRetention(this.store);
    } catch (error) {
      this.log(`The retention could not run: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    for (const workspaceId of workspaces) {
      if (!this.started) return;
      try {
        const outcome = await applyRetention(this.store, workspaceId, this.now());
        if (outcome.months !== null && outcome.deleted !== null && outcome.deleted.events + outcome.deleted.sessions > 0) {
          this.log(`Retention: workspace ${workspaceId} keeps raw events from ${outcome.keptFrom}; events deleted: ${outcome.deleted.events}.`);
        }
      } catch (error) {
        this.log(`The retention of workspace ${workspaceId} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
