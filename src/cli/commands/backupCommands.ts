import { resolve } from 'node:path';
import { backupStore, restoreStore } from '../../store/backup.js';
import type { Command } from '../Command.js';
import { withStore } from '../commonOptions.js';
import { defineCommand, useInstead } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { inLanguage } from '../inLanguage.js';

/** The one folder argument of backup and restore. */
function folderOf(command: Pick<Command, 'usage' | 'french'>, positionals: readonly string[]): string {
  const [folder, ...rest] = positionals;
  if (folder === undefined || rest.length > 0) throw useInstead(command);
  return folder;
}

/** `barometre backup FOLDER` (docs/cli.md): a consistent copy of the whole store in a new folder. */
export const backupCommand = defineCommand({
  name: 'backup',
  summary: 'copy the whole store into a new folder (DuckDB EXPORT DATABASE, or pg_dump)',
  usage: 'barometre backup FOLDER [--db PATH | --database-url URL] [--json]',
  french: {
    summary: 'copier toute la base dans un nouveau dossier (EXPORT DATABASE de DuckDB, ou pg_dump)',
    usage: 'barometre backup DOSSIER [--db CHEMIN | --database-url URL] [--json]',
  },
  options: {},
  async run(flags, positionals, output) {
    const folder = resolve(output.cwd ?? '', folderOf(this, positionals));
    const databaseUrl = flags.databaseUrl ?? process.env.DATABASE_URL;
    const manifest = await withStore(flags, output, (store) => backupStore(store, folder, databaseUrl), { readOnly: true });
    if (flags.json) output.stdout.write(`${JSON.stringify({ folder, ...manifest })}\n`);
    else {
      const names = manifest.workspaces.join(', ');
      output.stdout.write(
        inLanguage(
          {
            en: `Backed up ${manifest.workspaces.length} workspaces (${names}) into ${folder}; barometre restore ${folder} ${manifest.engine === 'duckdb' ? '--db NEW.duckdb' : '--database-url URL_OF_AN_EMPTY_DATABASE'} brings them back.\n`,
            fr: `${manifest.workspaces.length} espaces de travail (${names}) sauvegardés dans ${folder} ; barometre restore ${folder} ${manifest.engine === 'duckdb' ? '--db NOUVELLE.duckdb' : '--database-url URL_D_UNE_BASE_VIDE'} les restaure.\n`,
          },
          output.language,
        ),
      );
    }
    return EXIT_SUCCESS;
  },
});

/** `barometre restore FOLDER` (docs/cli.md): a backup back into a new store. */
export const restoreCommand = defineCommand({
  name: 'restore',
  summary: 'restore a backup folder into a new store (a new DuckDB file, or an empty PostgreSQL database)',
  usage: 'barometre restore FOLDER [--db NEW_PATH | --database-url URL] [--json]',
  french: {
    summary: 'restaurer un dossier de sauvegarde dans une nouvelle base (nouveau fichier DuckDB, ou base PostgreSQL vide)',
    usage: 'barometre restore DOSSIER [--db NOUVEAU_CHEMIN | --database-url URL] [--json]',
  },
  options: {},
  async run(flags, positionals, output) {
    const folder = resolve(output.cwd ?? '', folderOf(this, positionals));
    const db = flags.db === undefined ? undefined : resolve(output.cwd ?? '', flags.db);
    const manifest = await restoreStore(folder, { db, databaseUrl: flags.databaseUrl });
    if (flags.json) output.stdout.write(`${JSON.stringify({ folder, ...manifest })}\n`);
    else {
      output.stdout.write(
        inLanguage(
          {
            en: `Restored ${manifest.workspaces.length} workspaces (${manifest.workspaces.join(', ')}) from the backup of ${manifest.createdAt}.\n`,
            fr: `${manifest.workspaces.length} espaces de travail (${manifest.workspaces.join(', ')}) restaurés depuis la sauvegarde du ${manifest.createdAt}.\n`,
          },
          output.language,
        ),
      );
    }
    return EXIT_SUCCESS;
  },
});
