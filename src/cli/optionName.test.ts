import { describe, expect, it } from 'vitest';
import { flagName, optionName } from './optionName.js';

describe('optionName', () => {
  it('writes a camelCase name in kebab case', () => {
    expect(optionName('timeUnit')).toBe('time-unit');
    expect(optionName('databaseUrl')).toBe('database-url');
  });

  it('leaves a lower-case name as it is', () => {
    expect(optionName('from')).toBe('from');
  });
});

describe('flagName', () => {
  it('is the option name after two dashes', () => {
    expect(flagName('discountRate')).toBe('--discount-rate');
    expect(flagName('perItem')).toBe('--per-item');
  });
});
