import { describe, expect, it } from 'vitest';
import { toPositional, usedParameters } from './namedParameters.js';

describe('toPositional', () => {
  it('numbers each name once, in order of first use', () => {
    expect(toPositional('select $a, $b, $a', { a: 1, b: 2 })).toEqual({ text: 'select $1, $2, $1', values: [1, 2] });
  });

  it('leaves a $ inside string literals, quoted identifiers and comments alone', () => {
    const sql = `select 'cost $price' as "col$umn", 'it''s $x' -- $comment\n, $a /* $block */`;
    expect(toPositional(sql, { a: 7 })).toEqual({ text: `select 'cost $price' as "col$umn", 'it''s $x' -- $comment\n, $1 /* $block */`, values: [7] });
  });

  it('refuses a placeholder without a value, naming it', () => {
    expect(() => toPositional('select $missing', {})).toThrow('The query uses $missing but no value was given for it.');
  });

  it('does not take inherited names for values', () => {
    expect(() => toPositional('select $constructor', {})).toThrow('$constructor');
  });
});

describe('usedParameters', () => {
  it('keeps only the parameters the text uses outside literals', () => {
    expect(usedParameters(`select $a, '$b' from read_csv('/data/$file.csv')`, { a: 1, b: 2, c: 3 })).toEqual({ a: 1 });
  });
});
