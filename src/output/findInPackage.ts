import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The path of a file or folder shipped in Baromètre's package (`models/sentiment/`,
 * `datasets/benchmarks/benchmarks.csv`), found from a module's URL in src/ or dist/: the
 * nearest folder above it that holds both a package.json and that path. Null when none does.
 */
export function findInPackage(relativePath: string, moduleUrl: string): string | null {
  let directory = new URL('.', moduleUrl);
  for (let depth = 0; depth < 8; depth++) {
    if (existsSync(new URL('package.json', directory)) && existsSync(new URL(relativePath, directory))) {
      return fileURLToPath(new URL(relativePath, directory));
    }
    const parent = new URL('..', directory);
    if (parent.href === directory.href) break;
    directory = parent;
  }
  return null;
}
