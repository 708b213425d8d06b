import { describe, expect, it } from 'vitest';
import { COMMANDS } from './runCli.js';

describe('the command table', () => {
  it('loads, under each name, the command of that name', async () => {
    for (const [name, load] of Object.entries(COMMANDS)) expect((await load()).name).toBe(name);
  });
});
