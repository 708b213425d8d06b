import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { VIEW_PARAMETERS as KEPT_BY_THE_APP } from '../../../web/src/view/viewQuery.js';
import { createApp } from '../createApp.js';
import { VIEW_PARAMETERS } from './webApp.js';

describeEachEngine("the dashboard's addresses", (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  it("accepts the view's parameters, the churn definition and the customer segment included, and refuses others", async () => {
    const app = createApp(test.store);
    for (const path of ['/app/loyalty?churnWindow=90&by=loyalty_tier', '/app/loyalty?churnModel=bgnbd', '/app/customers?segment=at-risk&to=2026-10-31']) {
      expect((await app.request(path)).status, path).toBe(200);
    }
    const unknown = await app.request('/app/customers?segmnt=lost');
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/"segmnt" is unknown/);
  });
});

it('lets through every parameter the dashboard keeps in its addresses, and no other (the two lists agree)', () => {
  expect([...VIEW_PARAMETERS].sort()).toEqual([...KEPT_BY_THE_APP].sort());
});
