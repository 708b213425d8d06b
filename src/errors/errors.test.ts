import { describe, expect, it } from 'vitest';
import { fieldError, UsageError } from './errors.js';

describe('fieldError', () => {
  const error = fieldError('from', (name) => `${name('from')} 2025-02-01 is after ${name('to')} 2025-01-01.`);

  it('is a usage error that carries its field', () => {
    expect(error).toBeInstanceOf(UsageError);
    expect(error.field).toBe('from');
  });

  it('names the fields neutrally in its message', () => {
    expect(error.message).toBe('from 2025-02-01 is after to 2025-01-01.');
  });

  it('names every field of the sentence as a surface asks', () => {
    expect(error.wordedFor((field) => `--${field}`)).toBe('--from 2025-02-01 is after --to 2025-01-01.');
  });
});

describe('UsageError', () => {
  it('keeps a plain message whatever the surface', () => {
    const error = new UsageError('Unknown command "x".');
    expect(error.field).toBeUndefined();
    expect(error.wordedFor((field) => `--${field}`)).toBe('Unknown command "x".');
  });
});
