import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killChildren, requireBuild, runBarometre } from '../test-support/barometreProcess.js';
import { CUSTOMER_SURVEY } from '../test-support/surveyFixtures.js';

/** End-to-end: `barometre surveys create|list|close` on real files (docs/cli.md, docs/surveys.md). */
describe('barometre surveys (end to end)', () => {
  let folder: string;
  let db: string;
  beforeAll(() => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'barometre-surveys-e2e-'));
    db = join(folder, 'store.duckdb');
    writeFileSync(join(folder, 'survey.json'), JSON.stringify({ ...CUSTOMER_SURVEY, closesAt: undefined }, null, 2));
    writeFileSync(join(folder, 'broken.json'), '{\n  "title": "Avis",\n  "audience": customers\n}\n');
    writeFileSync(join(folder, 'wrong.json'), JSON.stringify({ ...CUSTOMER_SURVEY, questions: [{ id: 'q1', type: 'nps', label: 'NPS', max: 5 }] }));
  });
  afterAll(() => {
    killChildren();
    rmSync(folder, { recursive: true, force: true });
  });

  it('creates a survey printing {"id","url"}, lists it, and closes it', async () => {
    const created = await runBarometre(['surveys', 'create', 'survey.json', '--json', '--db', db], folder);
    expect(created).toMatchObject({ status: 0, stderr: '' });
    const { id, url } = JSON.parse(created.stdout) as { id: string; url: string };
    expect(Object.keys(JSON.parse(created.stdout) as object)).toEqual(['id', 'url']);
    expect(url).toBe(`/s/${id}`);
    const listed = await runBarometre(['surveys', 'list', '--json', '--db', db], folder);
    expect((JSON.parse(listed.stdout) as { surveys: { id: string; state: string }[] }).surveys).toEqual([
      expect.objectContaining({ id, state: 'open', answers: 0 }),
    ]);
    expect(await runBarometre(['surveys', 'close', id, '--db', db], folder)).toMatchObject({
      status: 0,
      stdout: `Survey ${id} is closed: it takes no more answers.\n`,
    });
    const text = await runBarometre(['surveys', 'list', '--db', db], folder);
    expect(text.stdout).toBe(`${id}  closed  Your opinion  0 answers (0 finished)\n`);
    expect(await runBarometre(['surveys', 'close', 'nope', '--db', db], folder)).toMatchObject({ status: 2, stderr: 'The workspace has no survey "nope".\n' });
  });

  it('refuses a file that is missing, not JSON, or not a survey, with exit 2 and one sentence', async () => {
    expect(await runBarometre(['surveys', 'create', 'missing.json', '--db', db], folder)).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'missing.json does not exist.\n',
    });
    const broken = await runBarometre(['surveys', 'create', 'broken.json', '--db', db], folder);
    expect(broken).toMatchObject({ status: 2, stdout: '' });
    // Line 3 is `  "audience": customers`: the c is its 15th character.
    expect(broken.stderr).toBe("broken.json:3:15: the file is not valid JSON (Unexpected token 'c').\n");
    expect(await runBarometre(['surveys', 'create', 'wrong.json', '--db', db], folder)).toMatchObject({
      status: 2,
      stderr: 'wrong.json: questions[0].max is not a field of a nps question (id, type, label, required, page).\n',
    });
    expect((await runBarometre(['surveys', 'create', '--db', db], folder)).status).toBe(2);
  });
});
