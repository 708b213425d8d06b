import { describe, expect, it } from 'vitest';
import { csvField, formatCsv } from './formatCsv.js';
import { parseCsv } from '../test-support/parseCsv.js';

describe('formatCsv', () => {
  it('writes the header, then one line per row, ending with a line break', () => {
    expect(
      formatCsv({
        header: ['a', 'b'],
        rows: [
          ['1', '2'],
          ['3', ''],
        ],
      }),
    ).toBe('a,b\n1,2\n3,\n');
  });

  it('quotes fields holding a comma, a quote or a line break, doubling inner quotes', () => {
    expect(formatCsv({ header: ['id', 'comment'], rows: [['r-1', 'Bon produit, livraison "lente"']] })).toBe(
      'id,comment\nr-1,"Bon produit, livraison ""lente"""\n',
    );
    expect(csvField('Merci !\nÀ bientôt')).toBe('"Merci !\nÀ bientôt"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('quotes fields with surrounding spaces so a trimming reader keeps them', () => {
    expect(csvField(' lead')).toBe('" lead"');
    expect(csvField('trail ')).toBe('"trail "');
  });

  it('leaves plain fields, accents and emoji unquoted', () => {
    expect(csvField('Maison Lumière 😍')).toBe('Maison Lumière 😍');
    expect(csvField('')).toBe('');
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => formatCsv({ header: ['a', 'b'], rows: [['1']] })).toThrow('CSV row 1 has 1 fields but the header has 2.');
  });

  it('round-trips awkward text through parseCsv', () => {
    const awkward = ['', ',', '"', '""', 'a,"b"\nc', ' x ', 'é😡', 'line\r\nbreak'];
    const rows = awkward.map((value, index) => [String(index), value]);
    const parsed = parseCsv(formatCsv({ header: ['id', 'value'], rows }));
    expect(parsed.map((record) => record.value)).toEqual(awkward);
  });

  it('leaves its input unchanged', () => {
    const table = { header: ['a'], rows: [['x,y']] };
    formatCsv(table);
    expect(table).toEqual({ header: ['a'], rows: [['x,y']] });
  });
});
