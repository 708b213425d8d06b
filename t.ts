import { openStore } from './src/store/openStore.js';
import { importFile } from './src/collect/importFile.js';
import { findWorkspace } from './src/store/workspaces.js';
for (const opts of [{ db: ':memory:' }, { databaseUrl: 'postgres://postgres@127.0.0.1:5432/test', schema: 'tmp_t' }]) {
  const store = await openStore(opts);
  const ws = await findWorkspace(store, 'default', { create: true });
  console.log(await importFile(store, { kind: 'orders', file: '/tmp/imp/orders.csv', workspaceId: ws.id }));
  console.log(await importFile(store, { kind: 'orders', file: '/tmp/imp/orders.csv', workspaceId: ws.id }));
  console.log(JSON.stringify(await importFile(store, { kind: 'orders', file: '/tmp/imp/bad.csv', workspaceId: ws.id })));
  console.log(await store.query('x', 'select * from orders order by order_id'));
  if (store.engine === 'postgres') await store.execute('d', 'drop schema tmp_t cascade');
  await store.close();
}
