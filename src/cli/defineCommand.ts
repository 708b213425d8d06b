import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors/errors.js';
import type { Language } from '../output/language.js';
import type { CliOutput, Command, FlagSpecs, FlagValues, FrenchPresentation } from './Command.js';
import { EXIT_SUCCESS } from './exitStatus.js';
import { frenchTypography } from '../output/localeFormat.js';
import { optionName } from './optionName.js';
import { SHARED_OPTIONS } from './commonOptions.js';

/** The flags a command's `run` receives: the shared ones and its own, typed from their declarations. */
export type Flags<Specs extends FlagSpecs> = FlagValues<typeof SHARED_OPTIONS & Specs>;

/** What a command is: the text that presents it, its own flags, and what it does with them. */
export interface CommandDefinition<Specs extends FlagSpecs> {
  name: string;
  /** One line for `barometre --help`. */
  summary: string;
  /** How it is called, for --help and usage errors. */
  usage: string;
  /** The summary and usage line in French, for a French locale (else the English ones are shown). */
  french?: FrenchPresentation;
  /** Its own flags by neutral name (`perItem` is --per-item); --db, --database-url, --workspace, --json and --help come with every command. */
  options: Specs;
  /** Does the work; returns the exit status (0 success, 1 failure of the run, 2 bad usage or input). */
  run(this: CommandDefinition<Specs>, flags: Flags<Specs>, positionals: string[], output: CliOutput): Promise<number>;
}

/**
 * A command from its definition. Running it parses its arguments strictly (node:util
 * parseArgs): an unknown flag, a flag without its value or a single-valued flag given twice
 * is a UsageError that ends with the usage line; --help prints the usage line instead of
 * running (both in the output's language). `run` gets the flags under their declared names
 * with their declared types.
 *
 * @example defineCommand({ name: 'hello', summary: 'greets', usage: 'barometre hello [--name N]',
 *   options: { name: { type: 'string', default: 'world' } },
 *   async run(flags, _, output) { output.stdout.write(`hello ${flags.name}\n`); return 0; } })
 */
export function defineCommand<const Specs extends FlagSpecs>(definition: CommandDefinition<Specs>): Command {
  const specs: FlagSpecs = { ...SHARED_OPTIONS, ...definition.options };
  return {
    name: definition.name,
    summary: definition.summary,
    usage: definition.usage,
    french: definition.french,
    async run(args, output) {
      const { flags, positionals } = parseFlags(specs, args, definition);
      if (flags.help === true) {
        output.stdout.write(`${usageIn(definition, output.language)}\n`);
        return EXIT_SUCCESS;
      }
      return definition.run(flags as Flags<Specs>, positionals, output);
    },
  };
}

/** What a command shows of itself: its summary and usage line, in English and maybe French. */
type Presented = Pick<Command, 'summary' | 'usage' | 'french'>;

/**
 * A command's usage line in `language`: the French one (with French typography) when the
 * command has one and the language is French, else the English one.
 *
 * @example usageIn(importCommand, 'fr') // 'barometre import … <type> <fichier> … (types : …)'
 */
export function usageIn(command: Pick<Command, 'usage' | 'french'>, language: Language): string {
  return language === 'fr' && command.french !== undefined ? frenchTypography(command.french.usage) : command.usage;
}

/** A command's one-line summary in `language`: the French one when it has one and the language is French, else the English one. */
export function summaryIn(command: Pick<Command, 'summary' | 'french'>, language: Language): string {
  return language === 'fr' && command.french !== undefined ? frenchTypography(command.french.summary) : command.summary;
}

/** The usage error that only says how `command` is called: `Use: barometre keys create …`. */
export function useInstead(command: Pick<Command, 'usage' | 'french'>): UsageError {
  return new UsageError({ en: `Use: ${command.usage}.`, fr: `Utilisez : ${usageIn(command, 'fr')}.` });
}

/** Parses `args` against `specs`, giving each flag its declared name, and its default when absent. */
function parseFlags(
  specs: FlagSpecs,
  args: readonly string[],
  command: Presented,
): { flags: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries(specs)) {
    options[optionName(name)] = {
      type: spec.type,
      ...('multiple' in spec ? { multiple: true } : {}),
      ...('short' in spec && spec.short !== undefined ? { short: spec.short } : {}),
    };
  }
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true; strict: true; tokens: true }>>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw parseRefusal(error, command);
  }
  refuseRepeatedValues(specs, parsed.tokens, command);
  const flags: Record<string, string | boolean | string[] | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = parsed.values[optionName(name)];
    if (spec.type === 'boolean') flags[name] = value === true;
    else if ('multiple' in spec) flags[name] = (value as string[] | undefined) ?? [];
    else flags[name] = (value as string | undefined) ?? spec.default;
  }
  return { flags, positionals: parsed.positionals };
}

/** Refuses a flag that takes one value given more than once (`--by a --by b`), instead of keeping the last. */
function refuseRepeatedValues(specs: FlagSpecs, tokens: ReturnType<typeof parseArgs>['tokens'], command: Presented): void {
  const seen = new Set<string>();
  for (const token of tokens ?? []) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    const spec = Object.entries(specs).find(([name]) => optionName(name) === token.name)?.[1];
    if (spec === undefined || 'multiple' in spec) continue;
    if (seen.has(token.name)) {
      throw new UsageError({
        en: `Option '--${token.name}' is given more than once; give it once (usage: ${command.usage}).`,
        fr: `L'option --${token.name} est donnée plusieurs fois ; donnez-la une seule fois (usage : ${usageIn(command, 'fr')}).`,
      });
    }
    seen.add(token.name);
  }
}

/** What parseArgs says (in English) when it refuses a flag, and the same in French. */
const FRENCH_REFUSALS: readonly (readonly [RegExp, (option: string) => string])[] = [
  [/^Unknown option/, (option) => `Option inconnue ${option}`],
  [/argument missing$/, (option) => `L'option ${option} attend une valeur`],
  [/argument is ambiguous/, (option) => `L'option ${option} attend une valeur (une valeur qui commence par un tiret s'écrit ${option}=-VALEUR)`],
  [/does not take an argument$/, (option) => `L'option ${option} ne prend pas de valeur`],
];

/**
 * The usage error for what parseArgs refused (unknown flag, missing or ambiguous value, value
 * given to a switch), in English as parseArgs words it and in French, each ending with the usage line.
 */
function parseRefusal(error: unknown, command: Presented): UsageError {
  const english = (error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error)).replace(/\.$/, '');
  const option = /'([^']+?)(?: <value>)?'/.exec(english)?.[1] ?? '';
  const french = FRENCH_REFUSALS.find(([pattern]) => pattern.test(english))?.[1](option) ?? english;
  return new UsageError({ en: `${english} (usage: ${command.usage}).`, fr: `${french} (usage : ${usageIn(command, 'fr')}).` });
}
