import { UsageError } from '../errors/errors.js';
import type { Language } from '../output/language.js';
import type { CliOutput, Command } from './Command.js';
import { clvCommand } from './commands/clvCommand.js';
import { customersCommand } from './commands/customersCommand.js';
import { demoCommand } from './commands/demoCommand.js';
import { feedbackCommand } from './commands/feedbackCommand.js';
import { themesCommand } from './commands/themesCommand.js';
import { importCommand } from './commands/importCommand.js';
import { keysCommand } from './commands/keysCommand.js';
import { backupCommand, restoreCommand } from './commands/backupCommands.js';
import { exportCommand, forgetCommand } from './commands/privacyCommands.js';
import { planCommand } from './commands/planCommand.js';
import { reportCommand } from './commands/reportCommand.js';
import { retentionCommand } from './commands/retentionCommand.js';
import { serveCommand } from './commands/serveCommand.js';
import { settingsCommand } from './commands/settingsCommand.js';
import { surveysCommand } from './commands/surveysCommand.js';
import { usersCommand } from './commands/usersCommand.js';
import { workspacesCommand } from './commands/workspacesCommand.js';
import { summaryIn } from './defineCommand.js';
import { describeError, EXIT_BAD_INPUT, EXIT_SUCCESS, exitStatusOf } from './exitStatus.js';
import { inLanguage } from './inLanguage.js';
import { nearestName } from './nearestName.js';

const COMMANDS: readonly Command[] = [
  importCommand,
  reportCommand,
  clvCommand,
  customersCommand,
  feedbackCommand,
  planCommand,
  themesCommand,
  demoCommand,
  keysCommand,
  settingsCommand,
  surveysCommand,
  usersCommand,
  workspacesCommand,
  forgetCommand,
  exportCommand,
  retentionCommand,
  backupCommand,
  restoreCommand,
  serveCommand,
];

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
      output.stdout.write(helpText(output.language));
      return name === undefined ? EXIT_BAD_INPUT : EXIT_SUCCESS;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (!command) {
      const names = COMMANDS.map((candidate) => candidate.name);
      const suggestion = nearestName(name, names);
      throw new UsageError({
        en: `Unknown command ${JSON.stringify(name)}${suggestion ? `; did you mean ${suggestion}?` : ''} (commands: ${names.join(', ')}).`,
        fr: `Commande inconnue ${JSON.stringify(name)}${suggestion ? ` ; vouliez-vous dire ${suggestion} ?` : ''} (commandes : ${names.join(', ')}).`,
      });
    }
    return await command.run(rest, output);
  } catch (error) {
    output.stderr.write(`${describeError(error, output.language)}\n`);
    return exitStatusOf(error);
  }
}

/** The list of commands `barometre --help` prints, in `language`. */
function helpText(language: Language): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${summaryIn(command, language)}`);
  return inLanguage(
    {
      en: `Usage: barometre <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nEvery command takes --db PATH | --database-url URL, --workspace NAME, --json and --help.\n`,
      fr: `Usage : barometre <commande> [options]\n\nCommandes :\n${lines.join('\n')}\n\nToutes les commandes prennent --db CHEMIN | --database-url URL, --workspace NOM, --json et --help.\n`,
    },
    language,
  );
}
