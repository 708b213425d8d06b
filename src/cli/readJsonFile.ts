import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataError } from '../errors/errors.js';

/**
 * The JSON value of a file, read relative to `cwd`. A file that cannot be read, or is not
 * JSON, is a DataError in one sentence naming the file (and the line and column of a syntax
 * error).
 */
export async function readJsonFile(file: string, cwd = ''): Promise<unknown> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${code ?? (error as Error).message})`;
    throw new DataError(
      { en: `${file} ${why}.`, fr: `${file} ${code === 'ENOENT' ? 'n’existe pas' : code === 'EISDIR' ? 'est un dossier' : `ne peut pas être lu (${code})`}.` },
      file,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const offset = syntaxErrorOffset((error as Error).message, text);
    const before = text.slice(0, offset).split('\n');
    const where = `${file}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
    throw new DataError(
      {
        en: `${where}: the file is not valid JSON (${syntaxErrorDetail((error as Error).message)}).`,
        fr: `${where} : le fichier n’est pas du JSON valide (${syntaxErrorDetail((error as Error).message)}).`,
      },
      file,
    );
  }
}

/**
 * Where in `text` JSON.parse stopped, from its message: V8 gives "at position N", or for an
 * unexpected token a quote of the text around it ("...<10 characters before>x<after>..."),
 * found back in the text; the end of the text otherwise ("Unexpected end of JSON input").
 */
function syntaxErrorOffset(message: string, text: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const quoted = /^Unexpected token '(.)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (quoted) {
    const [, token = '', cut, context = ''] = quoted;
    const start = text.indexOf(context);
    if (start >= 0) return start + (cut === undefined ? context.indexOf(token) : Math.min(10, context.indexOf(token, 10) >= 0 ? 10 : context.indexOf(token)));
  }
  return text.length;
}

/** V8's reason without the position or the quoted text (which may span lines): "Unexpected token 'c'", "Expected ',' or '}' after property value". */
function syntaxErrorDetail(message: string): string {
  return message.replace(/ in JSON at position \d+.*$/s, '').replace(/^(Unexpected token '.'),[\s\S]*$/, '$1');
}
