import { describe, expect, it } from 'vitest';
import { parseCsv } from '../test-support/parseCsv.js';

describe('parseCsv', () => {
  it('reads records keyed by the header', () => {
    expect(parseCsv('id,text\n1,hello\n2,\n')).toEqual([
      { id: '1', text: 'hello' },
      { id: '2', text: '' },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('id,text\n1,"a, ""b"""\n2,"two\nlines"\n')).toEqual([
      { id: '1', text: 'a, "b"' },
      { id: '2', text: 'two\nlines' },
    ]);
  });

  it('accepts CRLF line ends, a missing final line break and a byte-order mark', () => {
    expect(parseCsv('\uFEFFid,x\r\n1,2\r\n3,4')).toEqual([
      { id: '1', x: '2' },
      { id: '3', x: '4' },
    ]);
  });

  it('keeps an empty quoted field as an empty value', () => {
    expect(parseCsv('a,b\n"",""')).toEqual([{ a: '', b: '' }]);
  });

  it('returns no records for an empty text or a header alone', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('a,b\n')).toEqual([]);
  });

  it('rejects malformed quoting and wrong field counts, naming the line', () => {
    expect(() => parseCsv('a\nx"y\n')).toThrow('CSV line 2 has a quote inside an unquoted field.');
    expect(() => parseCsv('a\n"x"y\n')).toThrow('CSV line 2 has text after a closing quote.');
    expect(() => parseCsv('a\n"never ends\n')).toThrow('CSV line 2 has a quoted field that never ends.');
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow('CSV line 2 has 3 fields but the header has 2.');
    expect(() => parseCsv('a,b\n1\n')).toThrow('CSV line 2 has 1 fields but the header has 2.');
  });

  it('counts lines inside quoted fields when naming a later line', () => {
    expect(() => parseCsv('a,b\n"x\ny",1\n1\n')).toThrow('CSV line 4 has 1 fields');
  });
});
