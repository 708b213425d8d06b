import { parseArgs } from 'node:util';
import { UsageError } from '../errors/errors.js';
import type { CliOutput, Command } from './Command.js';
import { clvCommand } from './commands/clvCommand.js';
import { customersCommand } from './commands/customersCommand.js';
import { demoCommand } from './commands/demoCommand.js';
import { feedbackCommand } from './commands/feedbackCommand.js';
import { themesCommand } from './commands/themesCommand.js';
import { importCommand } from './commands/importCommand.js';
import { keysCommand } from './commands/keysCommand.js';
import { reportCommand } from './commands/reportCommand.js';
import { serveCommand } from './commands/serveCommand.js';
import { describeError, EXIT_BAD_INPUT, EXIT_SUCCESS, exitStatusOf } from './exitStatus.js';
import { nearestName } from './nearestName.js';
import { SHARED_OPTIONS } from './sharedOptions.js';

const COMMANDS: readonly Command[] = [importCommand, reportCommand, clvCommand, customersCommand, feedbackCommand, themesCommand, demoCommand, keysCommand, serveCommand];

/**
 * Runs `barometre` with its arguments and returns the exit status (docs/cli.md): parses the
 * shared and the command's flags strictly (an unknown flag is an error, not ignored), runs
 * the command, and turns any error into one sentence on stderr and its exit status.
 */
export async function runCli(argv: readonly string[], output: CliOutput): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      output.stdout.write(helpText());
      return name === undefined ? EXIT_BAD_INPUT : EXIT_SUCCESS;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (!command) {
      const suggestion = nearestName(name, COMMANDS.map((candidate) => candidate.name));
      throw new UsageError(`Unknown command ${JSON.stringify(name)}${suggestion ? `; did you mean ${suggestion}?` : ''} (commands: ${COMMANDS.map((candidate) => candidate.name).join(', ')}).`);
    }
    const { values, positionals } = parseFlags(command, rest);
    if (values.help === true) {
      output.stdout.write(`${command.usage}\n`);
      return EXIT_SUCCESS;
    }
    return await command.run(values, positionals, output);
  } catch (error) {
    output.stderr.write(`${describeError(error)}\n`);
    return exitStatusOf(error);
  }
}

function parseFlags(command: Command, args: string[]) {
  try {
    return parseArgs({ args, options: { ...SHARED_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
    throw new UsageError(`${message.replace(/\.$/, '')} (usage: ${command.usage}).`);
  }
}

function helpText(): string {
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(8)} ${command.summary}`);
  return `Usage: barometre <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nEvery command takes --db PATH | --database-url URL, --workspace NAME, --json and --help.\n`;
}
