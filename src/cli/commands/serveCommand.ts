import { serve } from '@hono/node-server';
import { UsageError } from '../../errors/errors.js';
import { loadDemo } from '../../demo/loadDemo.js';
import { createApp } from '../../server/createApp.js';
import { createApiKey } from '../../store/apiKeys.js';
import type { Store } from '../../store/Store.js';
import { findWorkspace } from '../../store/workspaces.js';
import type { CliOutput } from '../Command.js';
import { defineCommand } from '../defineCommand.js';
import { EXIT_SUCCESS } from '../exitStatus.js';
import { type ControlChannel, openControlChannel } from '../remote/controlServer.js';
import { openStoreFromFlags, refuseArguments } from '../sharedOptions.js';

/** The workspace `npm start` fills on first start with an empty store (README). */
export const DEMO_WORKSPACE = 'demo';
const DEFAULT_PORT = 8080;

/** `barometre serve`, what `npm start` runs: the HTTP API on PORT (8080), until SIGINT/SIGTERM. */
export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'serve the HTTP API (what npm start runs)',
  usage: 'barometre serve [--port N] [--db PATH | --database-url URL]',
  options: { port: { type: 'string' } },
  async run(flags, positionals, output) {
    refuseArguments(this, positionals);
    const port = Number(flags.port ?? process.env.PORT ?? DEFAULT_PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`The port ${JSON.stringify(flags.port ?? process.env.PORT)} is not a TCP port number.`);
    const store = await openStoreFromFlags(flags);
    let control: ControlChannel | undefined;
    let server: ReturnType<typeof serve>;
    try {
      if (process.env.BAROMETRE_NO_DEMO !== '1') await seedDemoOnFirstStart(store, output);
      // The other commands run through this process while it holds the file (README).
      control = await openControlChannel(store);
      server = serve({ fetch: createApp(store).fetch, port });
      await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
    } catch (error) {
      await control?.close();
      await store.close();
      throw error;
    }
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    output.stderr.write(`Baromètre is serving ${store.location} on http://localhost:${actualPort}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => server.close(() => resolve());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await control?.close();
    await store.close();
    return EXIT_SUCCESS;
  },
});

/** On an empty store, creates the demo workspace with its data and a read key, and says so. */
async function seedDemoOnFirstStart(store: Store, output: CliOutput): Promise<void> {
  const [row] = await store.query<{ n: number }>('count workspaces', 'select count(*) as n from workspaces');
  if ((row?.n ?? 0) > 0) return;
  output.stderr.write(`Empty store: loading the demo workspace "${DEMO_WORKSPACE}" (set BAROMETRE_NO_DEMO=1 to skip)…\n`);
  const workspace = await findWorkspace(store, DEMO_WORKSPACE, { create: true, demo: true });
  await loadDemo(store, workspace.id);
  const key = await createApiKey(store, workspace.id);
  output.stderr.write(`Demo loaded. Read key for the demo workspace: ${key}\n  curl -H "Authorization: Bearer ${key}" http://localhost:${process.env.PORT ?? DEFAULT_PORT}/api/report\n`);
}
