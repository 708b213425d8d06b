import { UsageError } from '../errors/errors.js';
import type { Language } from '../output/language.js';
import type { CliOutput, Command } from './Command.js';
import { summaryIn } from './defineCommand.js';
import { describeError, EXIT_BAD_INPUT, EXIT_SUCCESS, exitStatusOf } from './exitStatus.js';
import { inLanguage } from './inLanguage.js';
import { nearestName } from './nearestName.js';

/**
 * Every command by name, in the order `--help` lists them, each loaded only when it runs: a
 * command starts without the modules of the others (the server, the text model, the
 * PostgreSQL driver).
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  import: () => import('./commands/importCommand.js').then((module) => module.importCommand),
  report: () => import('./commands/reportCommand.js').then((module) => module.reportCommand),
  clv: () => import('./commands/clvCommand.js').then((module) => module.clvCommand),
  customers: () => import('./commands/customersCommand.js').then((module) => module.customersCommand),
  feedback: () => import('./commands/feedbackCommand.js').then((module) => module.feedbackCommand),
  plan: () => import('./commands/planCommand.js').then((module) => module.planCommand),
  themes: () => import('./commands/themesCommand.js').then((module) => module.themesCommand),
  listen: () => import('./commands/listenCommand.js').then((module) => module.listenCommand),
  retention: () => import('./commands/retentionCommand.js').then((module) => module.retentionCommand),
  demo: () => import('./commands/demoCommand.js').then((module) => module.demoCommand),
  keys: () => import('./commands/keysCommand.js').then((module) => module.keysCommand),
  settings: () => import('./commands/settingsCommand.js').then((module) => module.settingsCommand),
  surveys: () => import('./commands/surveysCommand.js').then((module) => module.surveysCommand),
  users: () => import('./commands/usersCommand.js').then((module) => module.usersCommand),
  workspaces: () => import('./commands/workspacesCommand.js').then((module) => module.workspacesCommand),
  forget: () => import('./commands/privacyCommands.js').then((module) => module.forgetCommand),
  export: () => import('./commands/privacyCommands.js').then((module) => module.exportCommand),
  backup: () => import('./commands/backupCommands.js').then((module) => module.backupCommand),
  restore: () => import('./commands/backupCommands.js').then((module) => module.restoreCommand),
  serve: () => import('./commands/serveCommand.js').then((module) => module.serveCommand),
};

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
      output.stdout.write(await helpText(output.language));
      return name === undefined ? EXIT_BAD_INPUT : EXIT_SUCCESS;
    }
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!load) {
      const names = Object.keys(COMMANDS);
      const suggestion = nearestName(name, names);
      throw new UsageError({
        en: `Unknown command ${JSON.stringify(name)}${suggestion ? `; did you mean ${suggestion}?` : ''} (commands: ${names.join(', ')}).`,
        fr: `Commande inconnue ${JSON.stringify(name)}${suggestion ? ` ; vouliez-vous dire ${suggestion} ?` : ''} (commandes : ${names.join(', ')}).`,
      });
    }
    const command = await load();
    return await command.run(rest, output);
  } catch (error) {
    output.stderr.write(`${describeError(error, output.language)}\n`);
    return exitStatusOf(error);
  }
}

/** The list of commands `barometre --help` prints, in `language`. */
async function helpText(language: Language): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${summaryIn(command, language)}`);
  return inLanguage(
    {
      en: `Usage: barometre <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nEvery command takes --db PATH | --database-url URL, --workspace NAME, --json and --help.\n`,
      fr: `Usage : barometre <commande> [options]\n\nCommandes :\n${lines.join('\n')}\n\nToutes les commandes prennent --db CHEMIN | --database-url URL, --workspace NOM, --json et --help.\n`,
    },
    language,
  );
}
