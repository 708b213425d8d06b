import { UsageError } from '../errors/errors.js';
import type { Language } from '../output/language.js';
import { inLanguage } from './inLanguage.js';

/** The environment variable a script sets to give a new user's password (never a flag: flags show in `ps` and shell history). */
export const PASSWORD_VARIABLE = 'BAROMETRE_PASSWORD';

/** Where a password can come from: the environment, and a terminal to type it on. */
export interface PasswordSources {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stderr: NodeJS.WritableStream;
}

/**
 * The password for a new user, as the person running the command gives it: the value of
 * BAROMETRE_PASSWORD when set, else typed twice on the terminal without echo (the two must
 * match); undefined when the variable is unset and stdin is not a terminal, or typing was
 * abandoned (Ctrl-C, Ctrl-D).
 */
export async function askNewPassword(language: Language, sources: PasswordSources = process): Promise<string | undefined> {
  const given = sources.env[PASSWORD_VARIABLE];
  if (given !== undefined) return given;
  if (!sources.stdin.isTTY) return undefined;
  const first = await readHidden(inLanguage({ en: 'Password: ', fr: 'Mot de passe : ' }, language), sources);
  if (first === undefined) return undefined;
  const again = await readHidden(inLanguage({ en: 'Password again: ', fr: 'Mot de passe, à nouveau : ' }, language), sources);
  if (again !== first) throw new UsageError({ en: 'The two passwords differ.', fr: 'Les deux mots de passe diffèrent.' });
  return first;
}

/** One line typed on the terminal with echo off (raw mode), after `prompt` on stderr; undefined on Ctrl-C or Ctrl-D. */
function readHidden(prompt: string, { stdin, stderr }: PasswordSources): Promise<string | undefined> {
  return new Promise((resolve) => {
    stderr.write(prompt);
    let typed: string[] = [];
    const done = (value: string | undefined) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done(typed.join(''));
        if (char === '\u0003' || char === '\u0004') return done(undefined);
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed.push(char);
      }
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}
