import { describe, expect, it } from 'vitest';
import { SignInLimits } from './signInLimits.js';

describe('SignInLimits', () => {
  const minute = 60_000;

  it('refuses an account after 5 failures in 15 minutes, until the window ends, and forgets them on success', () => {
    const limits = new SignInLimits();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(limits.retryAfter('Ana@shop.fr', '10.0.0.1', 0)).toBe(0);
      limits.failed('Ana@shop.fr', `10.0.0.${attempt}`, 0);
    }
    expect(limits.retryAfter('ana@SHOP.fr', '10.0.0.9', minute)).toBe(14 * 60);
    expect(limits.retryAfter('ana@shop.fr', '10.0.0.9', 15 * minute)).toBe(0);
    limits.succeeded('ana@shop.fr');
    expect(limits.retryAfter('ana@shop.fr', '10.0.0.9', minute)).toBe(0);
  });

  it('refuses an address after 20 failures whatever the accounts', () => {
    const limits = new SignInLimits();
    for (let attempt = 0; attempt < 20; attempt++) limits.failed(`user${attempt}@shop.fr`, '10.0.0.1', 0);
    expect(limits.retryAfter('someone@shop.fr', '10.0.0.1', 0)).toBe(15 * 60);
    expect(limits.retryAfter('someone@shop.fr', '10.0.0.2', 0)).toBe(0);
  });

  it('remembers at most maxKeys keys, forgetting the oldest windows first', () => {
    const limits = new SignInLimits({ failures: 1, windowMs: 15 * minute, maxKeys: 3 }, { failures: 100, windowMs: 15 * minute, maxKeys: 3 });
    for (const email of ['a@x', 'b@x', 'c@x', 'd@x']) limits.failed(email, '10.0.0.1', 0);
    expect(limits.retryAfter('a@x', '10.0.0.1', 0)).toBe(0);
    expect(['b@x', 'c@x', 'd@x'].map((email) => limits.retryAfter(email, '10.0.0.1', 0))).toEqual([900, 900, 900]);
  });
});
