import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killChildren, requireBuild, startBarometre } from '../test-support/barometreProcess.js';
import { onOwnConnection, TEST_DATABASE_URL } from '../test-support/engines.js';

describe.skipIf(!TEST_DATABASE_URL)('barometre serve on PostgreSQL when the server drops its connections', () => {
  const schema = `serve_e2e_${process.pid}`;
  const applicationName = `barometre_serve_e2e_${process.pid}`;

  beforeAll(async () => {
    requireBuild();
    await onOwnConnection(`create schema if not exists ${schema}`);
  });
  afterAll(async () => {
    killChildren();
    await onOwnConnection(`drop schema if exists ${schema} cascade`);
  });

  it('keeps serving after pg_terminate_backend closes its idle connections, and logs one line', async () => {
    const url = new URL(TEST_DATABASE_URL as string);
    url.searchParams.set('application_name', applicationName);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const server = startBarometre(['serve', '--database-url', url.toString(), '--port', '0'], mkdtempSync(join(tmpdir(), 'barometre-serve-')));
    let stderr = '';
    server.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr);
        if (match) {
          clearInterval(timer);
          resolve(Number(match[1]));
        }
      }, 50);
      server.once('exit', (status) => {
        clearInterval(timer);
        reject(new Error(`barometre serve exited with ${status}; stderr: ${stderr}`));
      });
    });
    const health = () => fetch(`http://127.0.0.1:${port}/healthz`);
    expect((await health()).status).toBe(200);

    await onOwnConnection(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = '${applicationName}'`);
    await expect.poll(() => stderr, { timeout: 5000 }).toMatch(/closed an idle connection/);

    expect(server.exitCode).toBeNull();
    expect((await health()).status).toBe(200);
    expect(stderr.match(/closed an idle connection/g)?.length).toBeGreaterThanOrEqual(1);
    server.kill('SIGTERM');
  });
});
