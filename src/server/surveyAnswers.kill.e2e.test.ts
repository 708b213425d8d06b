import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Engine } from '../store/Store.js';
import { findWorkspace } from '../store/workspaces.js';
import { killChildren, requireBuild, startServer, stopServer } from '../test-support/barometreProcess.js';
import { describeEachEngine } from '../test-support/engines.js';
import { killMidLoad, type ServerStore, servedUrl, serverStore } from '../test-support/serverStore.js';
import { surveyFixture } from '../test-support/surveyFixtures.js';

/**
 * End-to-end: `barometre serve` killed with SIGKILL while respondents post answer sets, then
 * started again. Every answer set answered 201 must be in the store, its answers and its
 * `responses` row with it, and none twice (docs/surveys.md: 201 only once committed).
 * Needs the build.
 */
const SENDERS = 8;

/** Posts answer sets from `SENDERS` loops, one at a time each, until `stop()` or the server is gone; returns the ids answered 201. */
async function answerUntilStopped(url: string, surveyId: string, stop: () => boolean): Promise<string[]> {
  const created: string[] = [];
  const sender = async () => {
    let n = 0;
    while (!stop()) {
      try {
        const response = await fetch(`${url}/api/surveys/${surveyId}/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ answers: { q1: n++ % 11, q2: 4, q4: `Réponse ${n}` } }),
        });
        if (response.status === 201) created.push(((await response.json()) as { id: string }).id);
        else await response.body?.cancel();
      } catch {
        return; // The server is gone.
      }
    }
  };
  await Promise.all(Array.from({ length: SENDERS }, sender));
  return created;
}

describeEachEngine('POST /api/surveys/:id/responses when the server is killed (end to end)', (engine: Engine) => {
  let server: ServerStore;
  let surveyId: string;
  const rate = process.env.BAROMETRE_ANSWER_RATE;

  beforeAll(async () => {
    requireBuild();
    server = await serverStore(engine, 'answers-kill');
    const store = await server.open();
    surveyId = await surveyFixture(store, (await findWorkspace(store, 'default', { create: true })).id);
    await store.close();
    // The senders share one address: the per-address limit is lifted on purpose.
    process.env.BAROMETRE_ANSWER_RATE = '1000000';
  });
  afterAll(async () => {
    killChildren();
    if (rate === undefined) delete process.env.BAROMETRE_ANSWER_RATE;
    else process.env.BAROMETRE_ANSWER_RATE = rate;
    await server.dispose();
  });

  it('keeps every answer set answered 201, whole and once, across a SIGKILL and a restart', { timeout: 60_000 }, async () => {
    const acknowledged = await killMidLoad(server, (url, killed) => answerUntilStopped(url, surveyId, killed));
    expect(acknowledged.length).toBeGreaterThan(0);

    const second = await startServer(['--port', '0', ...server.flags], server.folder);
    let sent = 0;
    const after = await answerUntilStopped(servedUrl(second.stderr), surveyId, () => sent++ >= SENDERS);
    expect(after).toHaveLength(SENDERS);
    expect(await stopServer(second.server)).toBe(0);

    const store = await server.open();
    try {
      const sets = await store.query<{ response_id: string; answers: number; in_report: number }>(
        'stored answer sets',
        `select s.response_id, (select count(*) from survey_answers a where a.response_id = s.response_id) as answers,
  (select count(*) from responses r where r.response_id = s.response_id) as in_report
from survey_responses s`,
      );
      const stored = new Map(sets.map((row) => [row.response_id, row]));
      expect([...acknowledged, ...after].filter((id) => !stored.has(id))).toEqual([]);
      expect(sets.filter((row) => Number(row.answers) !== 3 || Number(row.in_report) !== 1)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
