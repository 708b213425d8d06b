import { describe, expect, it } from 'vitest';
import { DataError, fieldError, NotFoundError, UsageError } from './errors.js';

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

describe('localised errors', () => {
  it('keep the English as their message and give the French on demand', () => {
    const error = new NotFoundError({ en: 'There is no workspace named "x".', fr: `Il n'y a pas d'espace de travail nommé "x".` });
    expect(error.message).toBe('There is no workspace named "x".');
    expect(error.inFrench()).toBe(`Il n'y a pas d'espace de travail nommé "x".`);
  });

  it('fall back on the English message when they have no French wording', () => {
    expect(new DataError('The file a.csv is empty.', 'a.csv').inFrench()).toBe('The file a.csv is empty.');
  });

  it('word a field error in French for a surface, its message staying English and neutral', () => {
    const error = fieldError('from', { en: (name) => `${name('from')} is after ${name('to')}.`, fr: (name) => `${name('from')} est après ${name('to')}.` });
    expect(error.message).toBe('from is after to.');
    expect(error.wordedFor((field) => `--${field}`, 'fr')).toBe('--from est après --to.');
    expect(error.wordedFor((field) => `--${field}`)).toBe('--from is after --to.');
  });

  it('say a plain usage error in French when it was given French', () => {
    const error = new UsageError({ en: 'Unknown command "x".', fr: 'Commande inconnue "x".' });
    expect(error.wordedFor((field) => field, 'fr')).toBe('Commande inconnue "x".');
  });
});
