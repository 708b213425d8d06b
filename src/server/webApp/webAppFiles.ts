import { readdirSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuiltFile, readBuiltFile } from '../sendBuiltFile.js';

/** Where `npm run build` (Vite, web/vite.config.ts) writes the dashboard: <repo>/dist/web/, the same path from src/server/webApp/ or dist/server/webApp/. */
export const WEB_APP_FOLDER = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

/** A built file of the dashboard as served: its text, gzipped copy, ETag and media type. */
export interface WebAppFile extends BuiltFile {
  type: string;
}

/** The media types of the files Vite writes for the dashboard. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The dashboard as built: index.html, and the hashed files of assets/ by name. */
export interface WebApp {
  index: WebAppFile;
  assets: ReadonlyMap<string, WebAppFile>;
}

/** Reads one built file; readBuiltFile says to run the build when it is missing. */
function readWebAppFile(file: string): WebAppFile {
  return { ...readBuiltFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

/** Reads the dashboard built in `folder` (index.html and every file of assets/ whose type it knows). */
export function readWebApp(folder: string = WEB_APP_FOLDER): WebApp {
  const index = readWebAppFile(`${folder}index.html`);
  let names: string[] = [];
  try {
    names = readdirSync(`${folder}assets`);
  } catch {
    names = [];
  }
  const assets = new Map(names.filter((name) => extname(name) in TYPES).map((name) => [name, readWebAppFile(`${folder}assets/${name}`)]));
  return { index, assets };
}

let installed: WebApp | undefined;

/** The dashboard of this installation (dist/web/), read once; `barometre serve` reads it at start, so a missing build stops the server there. */
export function installedWebApp(): WebApp {
  installed ??= readWebApp();
  return installed;
}
