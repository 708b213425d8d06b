/**
 * Issue 12's figures for surveys, measured with autocannon on loopback against
 * `barometre serve` on a fresh store (a temp DuckDB file, and PostgreSQL with
 * BENCH_DATABASE_URL): the public survey page served (requests/s, target ≥ 2,000), answer sets
 * accepted by POST /api/surveys/:id/responses (target ≥ 500/s, every 201 durable), and a run
 * killed with SIGKILL in its middle: the answer sets found in the store after it must be at
 * least the 201s the clients received (a 201 is only sent once committed). The per-address
 * limit is lifted for the run (it is what is being measured past).
 */
import type { ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { createSurvey } from '../src/services/surveys/manageSurveys.js';
import { parseSurveyDefinition } from '../src/services/surveys/surveyDefinition.js';
import type { Store } from '../src/store/Store.js';
import { findWorkspace } from '../src/store/workspaces.js';
import type { Figure } from './figure.js';
import { cpuSeconds, eachServedEngine, serve } from './servedStores.js';

const SECONDS = 10;

/** A survey as a shop would run it: NPS, CSAT, a choice and a comment, on one page. */
const SURVEY = {
  title: { fr: 'Votre avis sur votre commande', en: 'Your opinion on your order' },
  audience: 'customers',
  channels: ['link', 'email'],
  questions: [
    { id: 'nps', type: 'nps', label: { fr: 'Recommanderiez-vous notre boutique ?', en: 'Would you recommend our shop?' }, required: true },
    { id: 'csat', type: 'csat', label: { fr: 'Êtes-vous satisfait de la livraison ?', en: 'Are you satisfied with the delivery?' } },
    {
      id: 'where',
      type: 'choice',
      label: { fr: 'Où avez-vous acheté ?', en: 'Where did you buy?' },
      options: [
        { id: 'web', label: { fr: 'Site', en: 'Website' } },
        { id: 'shop', label: { fr: 'Magasin', en: 'Shop' } },
      ],
    },
    { id: 'why', type: 'text', label: { fr: 'Pourquoi cette note ?', en: 'Why this score?' } },
  ],
};

/** An answer set, varied by its number. */
function answerBody(n: number): string {
  return JSON.stringify({
    answers: { nps: n % 11, csat: 1 + (n % 5), where: n % 2 === 0 ? 'web' : 'shop', why: `Livraison ${n % 3 === 0 ? 'rapide' : 'lente'}, colis ${n}` },
    customer_id: `c${n % 5000}`,
    language: 'fr',
  });
}

/** Requests per second and p99 of GET `path` for `seconds`. */
async function pageLoad(url: string, path: string, seconds: number) {
  const result = await autocannon({ url: `${url}${path}`, connections: 64, duration: seconds, headers: { 'accept-language': 'fr-FR,fr;q=0.9' } });
  return { perSecond: result['2xx'] / result.duration, p99: result.latency.p99, refused: result.non2xx + result.errors + result.timeouts };
}

/** Posts answer sets for `seconds` (or until `stop` resolves), counting the 201s received. */
async function answerLoad(url: string, surveyId: string, options: { seconds: number; connections: number }) {
  let counter = 0;
  let created = 0;
  const result = await autocannon({
    url: `${url}/api/surveys/${surveyId}/responses`,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, body: answerBody(counter++) }) }],
    setupClient: (client) => {
      client.on('response', (statusCode: number) => {
        if (statusCode === 201) created += 1;
      });
    },
  });
  return { perSecond: result['2xx'] / result.duration, p99: result.latency.p99, created, refused: result.non2xx + result.timeouts };
}

/** Stops a server with `signal` and waits for it to exit. */
async function stop(server: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const stopped = new Promise((resolve) => server.once('exit', resolve));
  server.kill(signal);
  await stopped;
}

/** The figures of one engine: `open` opens the store the server is started on with `flags`. */
async function engineFigures(engine: string, flags: readonly string[], open: () => Promise<Store>, record: (figure: Figure) => void): Promise<void> {
  const setup = await open();
  const parsed = parseSurveyDefinition(SURVEY);
  if ('error' in parsed) throw parsed.error;
  const { id } = await createSurvey(setup, (await findWorkspace(setup, 'default', { create: true })).id, parsed.definition, new Date());
  await setup.close();
  let { server, url } = await serve(flags);
  try {
    await pageLoad(url, `/s/${id}`, 2);
    const page = await pageLoad(url, `/s/${id}`, SECONDS);
    record({ name: `${engine}: survey page GET /s/:id (requests/s)`, value: page.perSecond, unit: '/s', target: '≥ 2000', ok: page.perSecond >= 2000 });
    record({ name: `${engine}: survey page: p99 latency`, value: page.p99, unit: 'ms', target: 'reference', ok: null });
    record({ name: `${engine}: survey page: requests refused or failed`, value: page.refused, unit: '', target: '0', ok: page.refused === 0 });
    await answerLoad(url, id, { seconds: 2, connections: 64 });
    const cpuBefore = cpuSeconds(server.pid);
    const answers = await answerLoad(url, id, { seconds: SECONDS, connections: 64 });
    const cpuAfter = cpuSeconds(server.pid);
    record({
      name: `${engine}: survey answers POST (answer sets/s, every 201 durable)`,
      value: answers.perSecond,
      unit: '/s',
      target: '≥ 500',
      ok: answers.perSecond >= 500,
    });
    record({ name: `${engine}: survey answers: p99 latency`, value: answers.p99, unit: 'ms', target: 'reference', ok: null });
    if (cpuBefore !== null && cpuAfter !== null) {
      record({
        name: `${engine}: survey answers: server CPU per 1,000 answer sets`,
        value: ((cpuAfter - cpuBefore) * 1000) / answers.created,
        unit: 's',
        target: 'reference',
        ok: null,
      });
    }
    record({ name: `${engine}: survey answers: refused or failed`, value: answers.refused, unit: '', target: '0', ok: answers.refused === 0 });
  } finally {
    await stop(server, 'SIGTERM');
  }
  // The kill run: a fresh server, answers for 6 s, SIGKILL after 3 s; then count what the store holds.
  const before = await open();
  const [{ n: stored } = { n: 0 }] = await before.query<{ n: number }>('count answers', 'select count(*) as n from survey_responses');
  await before.close();
  ({ server, url } = await serve(flags));
  const killed = new Promise<void>((resolve) => setTimeout(() => void stop(server, 'SIGKILL').then(resolve), 3000));
  const run = await answerLoad(url, id, { seconds: 6, connections: 32 });
  await killed;
  const after = await open();
  try {
    const [{ n: total } = { n: 0 }] = await after.query<{ n: number }>('count answers', 'select count(*) as n from survey_responses');
    const lost = Math.max(0, run.created - (total - stored));
    record({ name: `${engine}: survey answers killed mid-run: 201s received`, value: run.created, unit: '', target: 'reference', ok: null });
    record({ name: `${engine}: survey answers killed mid-run: 201s not found in the store`, value: lost, unit: '', target: '0', ok: lost === 0 });
  } finally {
    await after.close();
  }
}

/** Measures surveys on a temp DuckDB file and, given `databaseUrl`, on a fresh schema of that PostgreSQL database. */
export async function surveyFigures(record: (figure: Figure) => void, databaseUrl: string | undefined): Promise<void> {
  await eachServedEngine('survey', databaseUrl, (engine, flags, open) => engineFigures(engine, flags, open, record));
}
