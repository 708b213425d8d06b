import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors/errors.js';
import type { Store } from '../../store/Store.js';
import { findAdapter } from './adapters.js';
import { importFromTool } from './importFromTool.js';
import { fixture } from '../../test-support/adapterFixtures.js';

/** These refusals come before the store is touched. */
const noStore = {} as Store;

describe('importFromTool, before anything is read', () => {
  it('refuses an unknown tool, listing the tools', async () => {
    await expect(importFromTool(noStore, { tool: 'woocommerce', kind: 'orders', file: 'x.csv', workspaceId: 1 })).rejects.toThrow(
      'Unknown tool "woocommerce" for --from; the tools are shopify, stripe, google-forms, qualtrics, surveymonkey, typeform, ga4.',
    );
  });

  it('refuses a kind the tool does not give, saying which it gives', async () => {
    await expect(importFromTool(noStore, { tool: 'shopify', kind: 'responses', file: 'x.csv', workspaceId: 1 })).rejects.toThrow(
      '--from shopify gives orders or customers, not "responses".',
    );
  });

  it('refuses --map for a tool whose columns are fixed', async () => {
    await expect(
      importFromTool(noStore, { tool: 'stripe', kind: 'orders', file: fixture('stripe-payments.csv'), workspaceId: 1, map: { nps: 'x' } }),
    ).rejects.toThrow(UsageError);
  });

  it('refuses a bad --date-format or --timezone, naming the value', async () => {
    await expect(importFromTool(noStore, { tool: 'google-forms', kind: 'responses', file: 'x.csv', workspaceId: 1, dateFormat: 'DD/MM' })).rejects.toThrow(
      /"DD\/MM"/,
    );
    await expect(importFromTool(noStore, { tool: 'google-forms', kind: 'responses', file: 'x.csv', workspaceId: 1, timezone: 'Paris' })).rejects.toThrow(
      /"Paris" is not an IANA time zone name/,
    );
  });
});

describe('findAdapter', () => {
  it('accepts a tool name in any case, with a space or underscore for the dash', () => {
    expect(findAdapter('Google Forms', 'responses').tool).toBe('google-forms');
    expect(findAdapter('SURVEYMONKEY', 'responses').tool).toBe('surveymonkey');
  });
});
