import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors/errors.js';
import type { Language } from '../output/language.js';
import { describeError } from './exitStatus.js';
import type { CliOutput } from './Command.js';
import { defineCommand, type Flags } from './defineCommand.js';

const OPTIONS = {
  by: { type: 'string' },
  timeUnit: { type: 'string', default: 'day' },
  where: { type: 'string', multiple: true },
  perItem: { type: 'boolean' },
} as const;

/** A command that records the flags and positionals it is run with. */
function recordingCommand() {
  const runs: { flags: Flags<typeof OPTIONS>; positionals: string[] }[] = [];
  const command = defineCommand({
    name: 'probe',
    summary: 'records its flags',
    usage: 'barometre probe [--by FIELD]',
    options: OPTIONS,
    async run(flags, positionals) {
      runs.push({ flags, positionals });
      return 0;
    },
  });
  return { command, runs };
}

/** A command that does nothing, presented in English and French. */
const FRENCH_PROBE = defineCommand({
  name: 'probe',
  summary: 'does nothing',
  usage: 'barometre probe [--by FIELD]',
  french: { summary: 'ne fait rien', usage: 'barometre probe [--by CHAMP]' },
  options: OPTIONS,
  run: async () => 0,
});

function memoryOutput(language: Language = 'en'): CliOutput & { written: () => string } {
  let text = '';
  const stdout = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stdout, stderr: new Writable({ write: (_chunk, _encoding, done) => done() }), language, written: () => text };
}

describe('defineCommand', () => {
  it('gives run the shared and own flags under their declared names, with their defaults', async () => {
    const { command, runs } = recordingCommand();
    expect(
      await command.run(['--by', 'tier', '--time-unit', 'week', '--where', 'a=1', '--where', 'b=2', '--per-item', '--json', 'extra'], memoryOutput()),
    ).toBe(0);
    expect(runs).toEqual([
      {
        flags: {
          db: undefined,
          databaseUrl: undefined,
          workspace: 'default',
          json: true,
          help: false,
          by: 'tier',
          timeUnit: 'week',
          where: ['a=1', 'b=2'],
          perItem: true,
        },
        positionals: ['extra'],
      },
    ]);
  });

  it('gives absent flags their defaults: false, an empty list, the declared text or undefined', async () => {
    const { command, runs } = recordingCommand();
    await command.run(['--database-url', 'postgres://x', '--workspace', 'shop'], memoryOutput());
    expect(runs[0]?.flags).toEqual({
      db: undefined,
      databaseUrl: 'postgres://x',
      workspace: 'shop',
      json: false,
      help: false,
      by: undefined,
      timeUnit: 'day',
      where: [],
      perItem: false,
    });
  });

  it('prints the usage line for --help or -h instead of running', async () => {
    for (const help of ['--help', '-h']) {
      const { command, runs } = recordingCommand();
      const output = memoryOutput();
      expect(await command.run(['--by', 'x', help], output)).toBe(0);
      expect(output.written()).toBe('barometre probe [--by FIELD]\n');
      expect(runs).toEqual([]);
    }
  });

  it.each([
    [['--by', 'a', '--by', 'b'], "Option '--by' is given more than once; give it once (usage: barometre probe [--by FIELD])."],
    [['--time-unit=day', '--time-unit', 'week'], "Option '--time-unit' is given more than once; give it once (usage: barometre probe [--by FIELD])."],
    [['--workspace', 'a', '--workspace', 'a'], "Option '--workspace' is given more than once; give it once (usage: barometre probe [--by FIELD])."],
    [['--bye', 'a'], "Unknown option '--bye' (usage: barometre probe [--by FIELD])."],
    [['--by'], "Option '--by <value>' argument missing (usage: barometre probe [--by FIELD])."],
    [['--json=yes'], "Option '--json' does not take an argument (usage: barometre probe [--by FIELD])."],
    [['--timeUnit', 'week'], "Unknown option '--timeUnit' (usage: barometre probe [--by FIELD])."],
  ])('refuses %j with a usage error', async (args, message) => {
    const { command, runs } = recordingCommand();
    await expect(command.run(args, memoryOutput())).rejects.toThrow(new UsageError(message));
    expect(runs).toEqual([]);
  });

  it('takes a repeatable flag and a switch more than once', async () => {
    const { command, runs } = recordingCommand();
    await command.run(['--where', 'a=1', '--where', 'a=1', '--json', '--json'], memoryOutput());
    expect(runs[0]?.flags).toMatchObject({ where: ['a=1', 'a=1'], json: true });
  });

  it('prints the French usage line for --help in French', async () => {
    const output = memoryOutput('fr');
    await FRENCH_PROBE.run(['--help'], output);
    expect(output.written()).toBe('barometre probe [--by CHAMP]\n');
  });

  it.each([
    [['--by', 'a', '--by', 'b'], "L'option --by est donnée plusieurs fois\u00A0; donnez-la une seule fois (usage\u00A0: barometre probe [--by CHAMP])."],
    [['--bye', 'a'], 'Option inconnue --bye (usage\u00A0: barometre probe [--by CHAMP]).'],
    [['--by'], "L'option --by attend une valeur (usage\u00A0: barometre probe [--by CHAMP])."],
    [['--json=yes'], "L'option --json ne prend pas de valeur (usage\u00A0: barometre probe [--by CHAMP])."],
  ])('refuses %j in French, with the French usage line', async (args, french) => {
    const error = await FRENCH_PROBE.run(args, memoryOutput('fr')).catch((caught: unknown) => caught);
    expect(describeError(error, 'fr')).toBe(french);
    expect(describeError(error)).toMatch(/\(usage: barometre probe \[--by FIELD\]\)\.$/);
  });
});
