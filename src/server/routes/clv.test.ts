import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ApiFixture, openApiFixture } from '../../test-support/apiFixture.js';
import { describeEachEngine } from '../../test-support/engines.js';

describeEachEngine('GET /api/clv', (engine) => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await openApiFixture(engine, { orders: true });
  });
  afterAll(async () => api?.test.dispose());

  it('serves the customer-value models of the key’s workspace', async () => {
    const response = await api.get('/api/clv?to=1997-09-30&timeUnit=week');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { model: string; params: { r: number }; customers: unknown[] };
    expect(body.model).toBe('bgnbd');
    expect(body.params.r).toBeCloseTo(0.243, 3);
    expect(body.customers).toHaveLength(2357);
  });

  it('refuses bad model settings with 400, and a workspace without orders too', async () => {
    expect((await api.get('/api/clv?model=magic')).status).toBe(400);
    expect((await api.get('/api/clv', api.otherKey)).status).toBe(400);
  });
});
