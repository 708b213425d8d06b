import { serve } from '@hono/node-server';
import { UsageError } from '../../errors/errors.js';
import { refreshAnalyses } from '../../services/feedback/refreshAnalyses.js';
import { loadDemo } from '../../demo/loadDemo.js';
import { createApp } from '../../server/createApp.js';
import { installedTrackerScript, installedWidgetScript } from '../../server/routes/tracker.js';
import { installedWebApp } from '../../server/webApp/webAppFiles.js';
import { DailyRetention } from '../../services/retention/dailyRetention.js';
import { webhookDeliverer } from '../../services/webhooks/webhookDeliverer.js';
import { FeedSchedule, listeningIntervalMinutes } from '../../services/listening/feedSchedule.js';
import { collectLimitFromEnv } from '../../server/tokenBuckets.js';
import { createApiKey } from '../../store/apiKeys.js';
import type { Store } from '../../store/Store.js';
import { hasUsers } from '../../store/accounts/users.js';
import { findWorkspace } from '../../store/workspaces.js';
import type { CliOutput } from '../Command.js';
import { defineCommand } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { type ControlChannel, openControlChannel } from '../remote/controlServer.js';
import { openStoreFromFlags, refuseArguments } from '../commonOptions.js';

/** The workspace `npm start` fills on first start with an empty store (README). */
export const DEMO_WORKSPACE = 'demo';
const DEFAULT_PORT = 8080;

/** The address `serve` listens on unless told: this machine only, as a self-hosted tool should start. */
const DEFAULT_HOST = '127.0.0.1';

/** `barometre serve`, what `npm start` runs: the HTTP API on HOST:PORT (127.0.0.1:8080), until SIGINT/SIGTERM. */
export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'serve the HTTP API (what npm start runs)',
  usage: 'barometre serve [--host ADDRESS] [--port N] [--db PATH | --database-url URL]',
  french: {
    summary: "servir l'API HTTP (ce que lance npm start)",
    usage: 'barometre serve [--host ADRESSE] [--port N] [--db CHEMIN | --database-url URL]',
  },
  options: { port: { type: 'string' }, host: { type: 'string' } },
  async run(flags, positionals, output) {
    refuseArguments(this, positionals);
    const port = Number(flags.port ?? process.env.PORT ?? DEFAULT_PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
      const given = JSON.stringify(flags.port ?? process.env.PORT);
      throw new UsageError({ en: `The port ${given} is not a TCP port number.`, fr: `Le port ${given} n’est pas un numéro de port TCP.` });
    }
    const host = flags.host ?? DEFAULT_HOST;
    if (host.trim() === '') {
      throw new UsageError({
        en: '--host needs an address, like 127.0.0.1 or 0.0.0.0 (every interface).',
        fr: '--host attend une adresse, comme 127.0.0.1 ou 0.0.0.0 (toutes les interfaces).',
      });
    }
    // A missing build of the tracker, the widget or the dashboard stops the server here, not as a 500 on every GET /script.js.
    installedTrackerScript();
    installedWidgetScript();
    installedWebApp();
    // A bad BAROMETRE_COLLECT_RATE or _BURST is refused now, not at the first event.
    collectLimitFromEnv();
    // So is a bad BAROMETRE_LISTEN_INTERVAL_MINUTES, rather than feeds never fetched.
    const listenMinutes = listeningIntervalMinutes();
    const store = await openStoreFromFlags(flags);
    let control: ControlChannel | undefined;
    let server: ReturnType<typeof serve>;
    let demoKey: string | null = null;
    try {
      if (process.env.BAROMETRE_NO_DEMO !== '1') demoKey = await seedDemoOnFirstStart(store, output);
      // The other commands run through this process while it holds the file (README).
      control = await openControlChannel(store);
      server = serve({ fetch: createApp(store).fetch, port, hostname: host });
      await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', (error) => reject(listenError(error, host, port))));
    } catch (error) {
      await control?.close();
      await store.close();
      throw error;
    }
    // Survey webhooks queued by answers are sent from this process, and by every other server on the same PostgreSQL database.
    const deliverer = webhookDeliverer(store);
    deliverer.start();
    // Every workspace's feeds are fetched now, then every BAROMETRE_LISTEN_INTERVAL_MINUTES (docs/feedback.md).
    const feeds = listenMinutes === null ? undefined : new FeedSchedule(store, { intervalMs: listenMinutes * 60_000 });
    feeds?.start();
    // Each workspace's retentionMonths, applied at start and then daily (docs/privacy.md, "Retention").
    const retention = new DailyRetention(store);
    retention.start();
    const address = server.address();
    const url = serverUrl(host, typeof address === 'object' && address ? address.port : port);
    output.stderr.write(`Baromètre is serving ${store.location} on ${url}${host === '0.0.0.0' || host === '::' ? ' (every interface of this machine)' : ''}\n`);
    if (!(await hasUsers(store))) {
      // No default account, ever: the first admin is created on this page (docs/accounts.md).
      output.stderr.write(`No one can sign in yet: open ${url}/ to create the first administrator.\n`);
    }
    if (demoKey !== null) output.stderr.write(`Read key for the demo workspace: ${demoKey}\n  curl -H "Authorization: Bearer ${demoKey}" ${url}/api/report\n`);
    await new Promise<void>((resolve) => {
      const stop = () => server.close(() => resolve());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await deliverer.stop();
    await feeds?.stop();
    await retention.stop();
    await control?.close();
    await store.close();
    return EXIT_SUCCESS;
  },
});

/** The URL to print for a server listening on `host`: the address itself, in brackets for IPv6. */
export function serverUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** One sentence for an address that cannot be listened on (taken port, unknown address), instead of a stack trace. */
function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  if (error.code === 'EADDRINUSE') {
    return new UsageError({
      en: `Port ${port} on ${host} is already in use (another Baromètre, or another program): stop it, or choose another port with --port or PORT.`,
      fr: `Le port ${port} sur ${host} est déjà pris (un autre Baromètre, ou un autre programme) : arrêtez-le, ou choisissez un autre port avec --port ou PORT.`,
    });
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') {
    return new UsageError({
      en: `--host ${host} is not an address of this machine (use 127.0.0.1, or 0.0.0.0 for every interface).`,
      fr: `--host ${host} n’est pas une adresse de cette machine (utilisez 127.0.0.1, ou 0.0.0.0 pour toutes les interfaces).`,
    });
  }
  if (error.code === 'EACCES') {
    return new UsageError({
      en: `Port ${port} on ${host} needs privileges this user does not have: choose a port above 1023 with --port or PORT.`,
      fr: `Le port ${port} sur ${host} demande des droits que cet utilisateur n’a pas : choisissez un port au-dessus de 1023 avec --port ou PORT.`,
    });
  }
  return error;
}

/** On an empty store, creates the demo workspace with its data and a read key, says so, and returns the key (null when the store had workspaces). */
async function seedDemoOnFirstStart(store: Store, output: CliOutput): Promise<string | null> {
  const [row] = await store.query<{ n: number }>('count workspaces', 'select count(*) as n from workspaces');
  if ((row?.n ?? 0) > 0) return null;
  output.stderr.write(`Empty store: loading the demo workspace "${DEMO_WORKSPACE}" (set BAROMETRE_NO_DEMO=1 to skip)…\n`);
  const workspace = await findWorkspace(store, DEMO_WORKSPACE, { create: true, demo: true });
  await loadDemo(store, workspace.id);
  // The comments are analysed while loading, so the first customer list, report or feedback page does not wait for it.
  await refreshAnalyses(store, workspace.id);
  output.stderr.write('Demo loaded.\n');
  return (await createApiKey(store, workspace.id, 'read')).key;
}
