import { describe, expect, it } from 'vitest';
import type { Table } from './table.js';
import { toCsv, toLocalCsv, toSpreadsheetCsv } from './toCsv.js';

describe('toCsv', () => {
  it('writes a header and quotes only the fields that need it', () => {
    expect(toCsv([{ id: 'a', note: 'x,y', say: 'he said "hi"', empty: null }], ['id', 'note', 'say', 'empty'])).toBe(
      'id,note,say,empty\na,"x,y","he said ""hi""",\n',
    );
  });

  it('keeps line breaks inside quotes and writes numbers as JS prints them', () => {
    expect(toCsv([{ a: 'l1\nl2', b: 0.5 }], ['a', 'b'])).toBe('a,b\n"l1\nl2",0.5\n');
  });
});

describe('toSpreadsheetCsv (OWASP CSV injection)', () => {
  it('writes texts starting with = + - @ tab or CR behind an apostrophe', () => {
    const rows = [{ v: '=HYPERLINK("http://x","y")' }, { v: '@SUM(A1)' }, { v: '+1+1' }, { v: '-2' }, { v: '\tx' }, { v: '\rx' }];
    expect(toSpreadsheetCsv(rows, ['v'])).toBe(`v\n"'=HYPERLINK(""http://x"",""y"")"\n'@SUM(A1)\n'+1+1\n'-2\n'\tx\n"'\rx"\n`);
  });

  it('leaves numbers, including negative ones, and harmless texts as they are', () => {
    expect(toSpreadsheetCsv([{ a: -1.5, b: 'a=b', c: 'mail@example.com' }], ['a', 'b', 'c'])).toBe('a,b,c\n-1.5,a=b,mail@example.com\n');
  });
});

describe('toCsv for programs', () => {
  it('keeps a text that starts like a formula exactly as it is', () => {
    expect(toCsv([{ v: '=1+1' }, { v: '-2' }], ['v'])).toBe('v\n=1+1\n-2\n');
  });
});

describe('toLocalCsv (a spreadsheet in the reader language)', () => {
  const table: Table = {
    name: 'indicators',
    columns: ['indicator', 'value', 'ci95.low', 'n', 'note'],
    rows: [
      { indicator: 'nps', value: 36.574074074074076, 'ci95.low': -0.23461045824456717, n: 3240, note: 'a;b, "c"' },
      { indicator: 'csat', value: null, n: 0, note: '=1+1' },
    ],
  };

  it('writes French with a UTF-8 BOM, semicolons and decimal commas, numbers rounded as displayed', () => {
    expect(toLocalCsv(table, 'fr')).toBe('\uFEFFindicator;value;ci95.low;n;note\nnps;36,57;-0,23;3240;"a;b, ""c"""\ncsat;;;0;\'=1+1\n');
  });

  it('writes English with commas and decimal points and no BOM', () => {
    expect(toLocalCsv(table, 'en')).toBe('indicator,value,ci95.low,n,note\nnps,36.57,-0.23,3240,"a;b, ""c"""\ncsat,,,0,\'=1+1\n');
  });
});
