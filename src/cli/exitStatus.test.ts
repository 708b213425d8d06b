import { describe, expect, it } from 'vitest';
import { DataError, fieldError, StoreError, UsageError } from '../errors/errors.js';
import { ModelError } from '../models/ModelError.js';
import { describeError } from './exitStatus.js';

describe('describeError', () => {
  const usage = new UsageError({ en: 'Unknown command "x"; did you mean y?', fr: 'Commande inconnue "x" ; vouliez-vous dire y ?' });

  it('gives the English sentence by default', () => {
    expect(describeError(usage)).toBe('Unknown command "x"; did you mean y?');
  });

  it('gives the French sentence with French typography in French', () => {
    expect(describeError(usage, 'fr')).toBe('Commande inconnue "x"\u00A0; vouliez-vous dire y\u00A0?');
  });

  it('names the fields of a field error as flags in either language', () => {
    const error = fieldError('timeUnit', {
      en: (name) => `${name('timeUnit')} "year" must be day or week.`,
      fr: (name) => `${name('timeUnit')} "year" doit être day ou week.`,
    });
    expect(describeError(error)).toBe('--time-unit "year" must be day or week.');
    expect(describeError(error, 'fr')).toBe('--time-unit "year" doit être day ou week.');
  });

  it('gives a data or store error in French when it has French, in English otherwise', () => {
    expect(describeError(new DataError({ en: 'The file a.csv is empty.', fr: 'Le fichier a.csv est vide.' }, 'a.csv'), 'fr')).toBe(
      'Le fichier a.csv est vide.',
    );
    expect(describeError(new StoreError('The database file is locked.'), 'fr')).toBe('The database file is locked.');
    expect(describeError(new ModelError('BG/NBD needs a repeat purchase.'), 'fr')).toBe('BG/NBD needs a repeat purchase.');
  });

  it('reports an unexpected error with its stack, in French as « Erreur inattendue : »', () => {
    expect(describeError(new TypeError('boom'), 'fr')).toMatch(/^Erreur inattendue\u00A0: TypeError: boom/);
    expect(describeError('boom')).toBe('Unexpected error: boom');
  });
});
