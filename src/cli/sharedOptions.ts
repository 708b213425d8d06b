import type { ParseArgsConfig } from 'node:util';
import { openStore } from '../store/openStore.js';
import type { Store } from '../store/Store.js';
import { UsageError } from '../errors/errors.js';
import type { CliOutput, Command, Flags } from './Command.js';

/** The flags every command takes (docs/cli.md). */
export const SHARED_OPTIONS = {
  db: { type: 'string' },
  'database-url': { type: 'string' },
  workspace: { type: 'string', default: 'default' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** The period and filter flags of the commands that read a period of data (report, feedback). */
export const PERIOD_OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  where: { type: 'string', multiple: true },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** The period and filters the flags name, as parseReportQuery and parseFeedbackQuery take them. */
export function periodFromFlags(flags: Flags): { from: string | undefined; to: string | undefined; where: string[] | undefined } {
  return { from: flags.from as string | undefined, to: flags.to as string | undefined, where: flags.where as string[] | undefined };
}

/** Opens the store the shared flags name (or the environment's, or the default file). */
export function openStoreFromFlags(flags: Flags): Promise<Store> {
  return openStore({ db: flags.db as string | undefined, databaseUrl: flags['database-url'] as string | undefined });
}

/**
 * Runs `work` on the store the flags name and closes it afterwards, whatever happens; or on
 * the store `output` already holds open (a server running the command for a client), which
 * stays open.
 */
export async function withStore<T>(flags: Flags, output: CliOutput, work: (store: Store) => Promise<T>): Promise<T> {
  if (output.store !== undefined) return work(output.store);
  const store = await openStoreFromFlags(flags);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Refuses positional arguments for a command that takes none, with its usage. */
export function refuseArguments(command: Pick<Command, 'name' | 'usage'>, positionals: readonly string[]): void {
  if (positionals.length > 0) throw new UsageError(`barometre ${command.name} takes no argument (${positionals.join(' ')}): ${command.usage}.`);
}
