import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv.js';

describe('toCsv', () => {
  it('writes a header and quotes only the fields that need it', () => {
    expect(toCsv([{ id: 'a', note: 'x,y', say: 'he said "hi"', empty: null }], ['id', 'note', 'say', 'empty'])).toBe('id,note,say,empty\na,"x,y","he said ""hi""",\n');
  });

  it('keeps line breaks inside quotes and writes numbers as JS prints them', () => {
    expect(toCsv([{ a: 'l1\nl2', b: 0.5 }], ['a', 'b'])).toBe('a,b\n"l1\nl2",0.5\n');
  });
});
