import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The start of every scratch folder's name: `barometre-<purpose>-<pid>-<random>`. */
const PREFIX = 'barometre-';

/**
 * Runs `work` with a new private folder under the system's temporary directory (mode 0700,
 * named for `purpose` and this process) and removes it afterwards, whatever happens. Staged
 * copies of customer data (a typed import, a tool export made canonical, analyses on their
 * way to COPY) live there. A process killed mid-work cannot remove its folder, so each call
 * first removes the scratch folders of processes that no longer run.
 *
 * @example await withScratchFolder('import', (folder) => writeFile(join(folder, 'typed.csv'), csv))
 */
export async function withScratchFolder<T>(purpose: string, work: (folder: string) => Promise<T>, root: string = tmpdir()): Promise<T> {
  await sweepScratchFolders(root);
  const folder = await mkdtemp(join(root, `${PREFIX}${purpose}-${process.pid}-`));
  try {
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Removes, under `root`, the scratch folders whose process is gone (its pid answers no
 * signal 0), and returns their names. Folders of running processes, this one included, and
 * anything not named like a scratch folder are left alone.
 */
export async function sweepScratchFolders(root: string = tmpdir()): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const stale = entries.filter((entry) => entry.isDirectory() && isStale(entry.name)).map((entry) => entry.name);
  await Promise.all(stale.map((name) => rm(join(root, name), { recursive: true, force: true })));
  return stale;
}

function isStale(name: string): boolean {
  const pid = new RegExp(`^${PREFIX}[a-z-]+?-(\\d+)-[^-]+$`).exec(name)?.[1];
  return pid !== undefined && !isRunning(Number(pid));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user; only ESRCH says it is gone.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
