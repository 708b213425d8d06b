import { describe, expect, it } from 'vitest';
import { ModelError } from './ModelError.js';

describe('ModelError', () => {
  it('is an Error named ModelError that carries its sentence', () => {
    const error = new ModelError('BG/NBD needs at least one customer, got none.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ModelError');
    expect(error.message).toBe('BG/NBD needs at least one customer, got none.');
  });
});
