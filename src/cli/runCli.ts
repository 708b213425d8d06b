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

const COMMANDS: readonly Command[] = [importCommand, reportCommand, clvCommand, customersCommand, feedbackCommand, themesCommand, demoCommand, keysCommand, serveCommand];

/**
 * Runs `barometre` with its arguments and returns the exit status (docs/cli.md): finds the
 * command (suggesting the nearest name for a typo), runs it on the rest (it parses its flags
 * strictly, see defineCommand), and turns any error into one sentence on stderr, worded
 * with flag names, and its exit status.
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
    return await command.run(rest, output);
  } catch (error) {
    output.stderr.write(`${describeError(error)}\n`);
    return exitStatusOf(error);
  }
}

function helpText(): string {
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(8)} ${command.summary}`);
  return `Usage: barometre <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nEvery command takes --db PATH | --database-url URL, --workspace NAME, --json and --help.\n`;
}
