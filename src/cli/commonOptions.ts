import { openStore } from '../store/openStore.js';
import type { Store } from '../store/Store.js';
import { UsageError } from '../errors/errors.js';
import type { CliOutput, Command, FlagValues } from './Command.js';
import { usageIn } from './defineCommand.js';

/** The flags every command takes (docs/cli.md), declared once: --db, --database-url, --workspace, --json, --help. */
export const SHARED_OPTIONS = {
  db: { type: 'string' },
  databaseUrl: { type: 'string' },
  workspace: { type: 'string', default: 'default' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The values of the shared flags. */
export type SharedFlags = FlagValues<typeof SHARED_OPTIONS>;

/** The period and filter flags of the commands that read a period of data (report, feedback): the fields of parseReportQuery. */
export const PERIOD_OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  where: { type: 'string', multiple: true },
} as const;

/** How a command uses its store. */
export interface StoreUse {
  /** The command only reads: a DuckDB file that does not exist is refused, not created empty. */
  readOnly?: boolean;
}

/** Opens the store the shared flags name (or the environment's, or the default file). */
export function openStoreFromFlags(flags: Pick<SharedFlags, 'db' | 'databaseUrl'>, use: StoreUse = {}): Promise<Store> {
  return openStore({ db: flags.db, databaseUrl: flags.databaseUrl, mustExist: use.readOnly });
}

/**
 * Runs `work` on the store the flags name and closes it afterwards, whatever happens; or on
 * the store `output` already holds open (a server running the command for a client), which
 * stays open. A command that only reads (`use.readOnly`) refuses a missing DuckDB file.
 */
export async function withStore<T>(
  flags: Pick<SharedFlags, 'db' | 'databaseUrl'>,
  output: CliOutput,
  work: (store: Store) => Promise<T>,
  use: StoreUse = {},
): Promise<T> {
  if (output.store !== undefined) return work(output.store);
  const store = await openStoreFromFlags(flags, use);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Refuses positional arguments for a command that takes none, with its usage. */
export function refuseArguments(command: Pick<Command, 'name' | 'usage' | 'french'>, positionals: readonly string[]): void {
  if (positionals.length === 0) return;
  const given = positionals.join(' ');
  throw new UsageError({
    en: `barometre ${command.name} takes no argument (${given}): ${command.usage}.`,
    fr: `barometre ${command.name} ne prend pas d’argument (${given}) : ${usageIn(command, 'fr')}.`,
  });
}
