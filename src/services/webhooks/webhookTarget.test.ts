import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors/errors.js';
import { checkWebhookUrl, isNonPublicAddress, unreachableReason } from './webhookTarget.js';

describe('the target of a webhook', () => {
  it('takes an absolute http or https URL without credentials', () => {
    expect(checkWebhookUrl('https://hooks.example.com/barometre?x=1', false).href).toBe('https://hooks.example.com/barometre?x=1');
    expect(checkWebhookUrl('http://93.184.215.14:8080/in', false).host).toBe('93.184.215.14:8080');
    for (const [url, refusal] of [
      ['hooks.example.com/in', /is not an absolute URL/],
      ['ftp://hooks.example.com/in', /must use http or https, not ftp/],
      ['javascript:alert(1)', /must use http or https, not javascript/],
      ['https://user:pass@hooks.example.com/in', /must not hold a user name or password/],
      ['https://token@hooks.example.com/in', /must not hold a user name or password/],
      [`https://hooks.example.com/${'a'.repeat(2000)}`, /at most 2000 characters/],
    ] as const) {
      expect(() => checkWebhookUrl(url, true), url).toThrow(refusal);
    }
  });

  it('refuses this machine, private networks and link-local addresses unless private targets are allowed', () => {
    for (const url of [
      'http://127.0.0.1:8080/',
      'http://127.1.2.3:8080/',
      'http://[::1]/',
      'http://10.1.2.3/',
      'http://172.20.0.1/',
      'http://192.168.1.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::ffff:10.0.0.1]/',
      'http://[fd00::1]/',
      'http://0.0.0.0/',
      'http://2130706433/', // 127.0.0.1 written as one number, which URL normalises
    ]) {
      expect(() => checkWebhookUrl(url, false), url).toThrow(UsageError);
      expect(() => checkWebhookUrl(url, false), url).toThrow(/BAROMETRE_WEBHOOK_ALLOW_PRIVATE=1/);
      expect(checkWebhookUrl(url, true).href).toBe(new URL(url).href);
    }
    expect(isNonPublicAddress('8.8.8.8')).toBe(false);
    expect(isNonPublicAddress('2001:4860:4860::8888')).toBe(false);
    expect(isNonPublicAddress('hooks.example.com')).toBe(false);
  });

  it('refuses, before each attempt, a name that resolves to this machine unless private targets are allowed', async () => {
    expect(await unreachableReason(new URL('http://localhost:8080/'), false)).toMatch(/^url points to localhost \((127\.0\.0\.1|::1)\)/);
    expect(await unreachableReason(new URL('http://localhost:8080/'), true)).toBeNull();
    expect(await unreachableReason(new URL('http://93.184.215.14/'), false)).toBeNull();
    expect(await unreachableReason(new URL('http://[::1]/'), false)).toMatch(/^url points to ::1/);
    expect(await unreachableReason(new URL('http://no-such-host.invalid/'), false)).toBe("url's host no-such-host.invalid does not resolve.");
  });
});
