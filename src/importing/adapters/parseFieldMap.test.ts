import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors/errors.js';
import { parseFieldMap } from './parseFieldMap.js';

describe('parseFieldMap', () => {
  it('splits each flag at its first "=", keeping any later "=" in the text', () => {
    expect(parseFieldMap(['nps=Quelle est la probabilité…', 'store=Magasin = ville'])).toEqual({ nps: 'Quelle est la probabilité…', store: 'Magasin = ville' });
  });

  it('reads an empty text as "no such column"', () => {
    expect(parseFieldMap(['comment='])).toEqual({ comment: '' });
  });

  it('refuses a flag without "=", a bad field name, or a field given twice, naming it', () => {
    expect(() => parseFieldMap(['nps'])).toThrow(UsageError);
    expect(() => parseFieldMap(['1nps=x'])).toThrow(/"1nps=x"/);
    expect(() => parseFieldMap(['nps=a', 'NPS=b'])).toThrow(/nps is given twice/);
  });
});
