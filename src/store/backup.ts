import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { StoreError, UsageError } from '../errors/errors.js';
import { openDuckDbStore } from './duckdbStore.js';
import { embeddedDbPath } from './embeddedDbPath.js';
import { openPostgresStore } from './postgresStore.js';
import type { Engine, Store } from './Store.js';
import { sqlString } from './sqlLiteral.js';
import { openStore, type StoreOptions } from './openStore.js';

const run = promisify(execFile);

/** The file that says what a backup folder holds: engine, schema version, date and the workspaces in it. */
const MANIFEST = 'barometre-backup.json';
/** PostgreSQL backups: one pg_dump archive (custom format) in the folder. */
const PG_ARCHIVE = 'barometre.pgdump';

export interface BackupManifest {
  format: 'barometre-backup';
  engine: Engine;
  /** The highest schema migration the store had. */
  schemaVersion: number;
  createdAt: string;
  workspaces: string[];
  /** PostgreSQL: the schema the tables live in (restored under the same name). */
  schema?: string;
}

/**
 * Writes a consistent copy of the whole store into `folder` (made owner-only, 0700; it must
 * not exist or be empty): DuckDB's `EXPORT DATABASE` as Parquet files, or PostgreSQL's
 * `pg_dump --format=custom` of the store's schema (`databaseUrl`: the URL with its password,
 * which the store does not keep), plus a manifest. Both are snapshots taken in one
 * transaction, so a backup made while imports run is whole.
 */
export async function backupStore(store: Store, folder: string, databaseUrl?: string): Promise<BackupManifest> {
  const target = resolve(folder);
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) {
    throw new UsageError({
      en: `${folder} already exists and is not an empty folder: name a new folder for the backup.`,
      fr: `${folder} existe déjà et n’est pas un dossier vide : nommez un nouveau dossier pour la sauvegarde.`,
    });
  }
  mkdirSync(target, { recursive: true, mode: 0o700 });
  chmodSync(target, 0o700);
  const [version] = await store.query<{ v: number }>('schema version', 'select max(version) as v from schema_migrations');
  const workspaces = (await store.query<{ name: string }>('workspace names', 'select name from workspaces order by name')).map((row) => row.name);
  const manifest: BackupManifest = {
    format: 'barometre-backup',
    engine: store.engine,
    schemaVersion: version?.v ?? 0,
    createdAt: new Date().toISOString(),
    workspaces,
  };
  if (store.engine === 'duckdb') {
    await store.execute('export database', `export database ${sqlString(target)} (format parquet)`);
  } else {
    if (databaseUrl === undefined) throw new Error('A PostgreSQL backup needs the database URL.');
    const [schema] = await store.query<{ name: string }>('current schema', 'select current_schema() as name');
    manifest.schema = schema?.name ?? 'public';
    await pgTool('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--schema=${manifest.schema}`,
      `--file=${join(target, PG_ARCHIVE)}`,
      databaseUrl,
    ]);
  }
  writeFileSync(join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of readdirSync(target)) chmodSync(join(target, file), 0o600);
  return manifest;
}

/**
 * Restores a backup folder into a new store: a DuckDB file that does not exist yet, or a
 * PostgreSQL database whose schema holds no Baromètre tables. The backup's engine must be
 * the target's. Pending migrations are applied afterwards, so an older backup comes back
 * on today's schema. Returns the manifest.
 */
export async function restoreStore(folder: string, target: StoreOptions): Promise<BackupManifest> {
  const source = resolve(folder);
  const manifest = readManifest(folder, source);
  const db = embeddedDbPath(target);
  const engine: Engine = db === undefined ? 'postgres' : 'duckdb';
  if (manifest.engine !== engine) {
    throw new UsageError({
      en: `${folder} is a backup of a ${engineName(manifest.engine)} store: restore it with ${manifest.engine === 'duckdb' ? '--db PATH' : '--database-url URL'}.`,
      fr: `${folder} est la sauvegarde d’une base ${engineName(manifest.engine)} : restaurez-la avec ${manifest.engine === 'duckdb' ? '--db CHEMIN' : '--database-url URL'}.`,
    });
  }
  if (db !== undefined) {
    if (db === ':memory:' || existsSync(db)) {
      throw new UsageError({
        en: `${db} already exists: restore into a new database file, so nothing is overwritten.`,
        fr: `${db} existe déjà : restaurez dans un nouveau fichier de base, pour ne rien écraser.`,
      });
    }
    const fresh = await openDuckDbStore(db);
    try {
      await fresh.execute('import database', `import database ${sqlString(source)}`);
    } finally {
      await fresh.close();
    }
  } else {
    const url = (target.databaseUrl ?? process.env.DATABASE_URL) as string;
    const schema = manifest.schema ?? 'public';
    const probe = await openPostgresStore(url);
    try {
      const [tables] = await probe.query<{ n: number }>(
        'tables in target schema',
        "select count(*) as n from information_schema.tables where table_schema = $schema and table_name in ('workspaces', 'schema_migrations')",
        { schema },
      );
      if ((tables?.n ?? 0) > 0) {
        throw new UsageError({
          en: `The schema ${schema} of the target database already holds a Baromètre store: restore into an empty database, so nothing is overwritten.`,
          fr: `Le schéma ${schema} de la base cible contient déjà une base Baromètre : restaurez dans une base vide, pour ne rien écraser.`,
        });
      }
    } finally {
      await probe.close();
    }
    await restoreArchive(join(source, PG_ARCHIVE), url, schema);
  }
  const restored = await openStore({ ...target, ...(manifest.schema && manifest.schema !== 'public' ? { schema: manifest.schema } : {}) });
  await restored.close();
  return manifest;
}

/**
 * Runs pg_restore on the archive into the database at `url`. The archive creates the store's
 * schema; `public` exists in every new database, so its creation (and comment) is left out of
 * the restore list, or pg_restore would stop at "schema public already exists".
 */
async function restoreArchive(archive: string, url: string, schema: string): Promise<void> {
  const listFolder = mkdtempSync(join(tmpdir(), 'barometre-restore-'));
  try {
    const { stdout } = await pgTool('pg_restore', ['--list', archive]);
    const kept = stdout.split('\n').filter((line) => schema !== 'public' || !/^\d+; \d+ \d+ (SCHEMA|COMMENT) - (SCHEMA )?public\b/.test(line));
    const list = join(listFolder, 'restore.list');
    writeFileSync(list, kept.join('\n'));
    await pgTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', `--use-list=${list}`, `--dbname=${url}`, archive]);
  } finally {
    rmSync(listFolder, { recursive: true, force: true });
  }
}

/** Reads and checks a backup folder's manifest; one sentence when the folder is not a backup. */
function readManifest(folder: string, source: string): BackupManifest {
  let manifest: Partial<BackupManifest>;
  try {
    manifest = JSON.parse(readFileSync(join(source, MANIFEST), 'utf8')) as Partial<BackupManifest>;
  } catch {
    manifest = {};
  }
  if (manifest.format !== 'barometre-backup' || (manifest.engine !== 'duckdb' && manifest.engine !== 'postgres')) {
    throw new UsageError({
      en: `${folder} is not a Baromètre backup (it has no readable ${MANIFEST}); barometre backup FOLDER makes one.`,
      fr: `${folder} n’est pas une sauvegarde Baromètre (il n’a pas de ${MANIFEST} lisible) ; barometre backup DOSSIER en fait une.`,
    });
  }
  return manifest as BackupManifest;
}

function engineName(engine: Engine): string {
  return engine === 'duckdb' ? 'DuckDB' : 'PostgreSQL';
}

/** Runs a PostgreSQL client program; a missing program or a failure is one StoreError sentence. */
async function pgTool(program: 'pg_dump' | 'pg_restore', args: string[]): Promise<{ stdout: string }> {
  try {
    const { stdout } = await run(program, args, { maxBuffer: 16 * 1024 * 1024 });
    return { stdout };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    const why =
      failure.code === 'ENOENT'
        ? `${program} is not installed (Debian: apt-get install postgresql-client)`
        : (failure.stderr ?? failure.message)
            .trim()
            .split('\n')[0]
            ?.replace(/postgres(ql)?:\/\/[^\s"]*/g, '<database-url>');
    throw new StoreError({ en: `${program} failed: ${why}.`, fr: `${program} a échoué : ${why}.` });
  }
}
