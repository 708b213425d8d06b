import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { flagName } from '../cli/optionName.js';
import { UsageError } from '../errors/errors.js';
import { refusalOf } from '../test-support/refusalOf.js';
import { calendarDay, decimalNumber, fieldFilters, oneOf, optionalFieldName, parseQuery, refuseBackwardsPeriod } from './queryFields.js';

const schema = z.object({
  to: calendarDay.optional(),
  horizon: decimalNumber.optional(),
  timeUnit: oneOf(['day', 'week'], (value) => `${value} must be day or week.`).optional(),
});

describe('parseQuery', () => {
  it('returns what the schema makes of the input', () => {
    expect(parseQuery(schema, { to: '2024-02-29', horizon: '12.5', timeUnit: 'week' })).toEqual({ to: '2024-02-29', horizon: 12.5, timeUnit: 'week' });
  });

  it('refuses with the first field at fault, its name first in either wording', () => {
    expect(refusalOf(() => parseQuery(schema, { horizon: '1e3', timeUnit: 'year' }))).toEqual({
      field: 'horizon',
      cli: '--horizon "1e3" is not a number written in decimals (like 52 or 0.01).',
      api: 'horizon "1e3" is not a number written in decimals (like 52 or 0.01).',
    });
  });

  it('says a day outside 1900–2200 is out of range, and a non-day only that it is not a day', () => {
    expect(refusalOf(() => parseQuery(schema, { to: '2201-01-01' })).api).toBe('to "2201-01-01" is not a day of the years 1900 to 2200.');
    expect(refusalOf(() => parseQuery(schema, { to: '9999-99-99' })).api).toBe('to "9999-99-99" is not a calendar date written YYYY-MM-DD.');
  });

  it.each(['constructor', '__proto__', 'toString', 'valueOf'])('takes no inherited property name %j for a member of an enumeration', (timeUnit) => {
    expect(refusalOf(() => parseQuery(schema, { timeUnit })).api).toBe(`timeUnit ${JSON.stringify(timeUnit)} must be day or week.`);
  });
});

describe('refuseBackwardsPeriod', () => {
  it('refuses a where value holding a NUL character, which PostgreSQL could not even compare', () => {
    const where = z.object({ where: fieldFilters });
    expect(refusalOf(() => parseQuery(where, { where: ['channel=web\u0000x'] })).api).toBe(
      'where "channel=web\\u0000x" holds a NUL character, which no stored value has.',
    );
    expect(parseQuery(where, { where: ['channel=web'] })).toEqual({ where: [{ field: 'channel', value: 'web' }] });
  });

  it('accepts an open or ordered period', () => {
    expect(() => refuseBackwardsPeriod({ from: '2025-01-01', to: null })).not.toThrow();
    expect(() => refuseBackwardsPeriod({ from: '2025-01-01', to: '2025-01-01' })).not.toThrow();
  });

  it('refuses a period that ends before it starts, naming both fields', () => {
    expect(refusalOf(() => refuseBackwardsPeriod({ from: '2025-01-02', to: '2025-01-01' }))).toEqual({
      field: 'from',
      cli: '--from 2025-01-02 is after --to 2025-01-01.',
      api: 'from 2025-01-02 is after to 2025-01-01.',
    });
  });
});

/** The French sentence the command line prints for what `parse` refuses. */
function frenchRefusalOf(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    if (error instanceof UsageError) return error.wordedFor(flagName, 'fr');
    throw error;
  }
  throw new Error('The input was accepted.');
}

describe('parseQuery in French', () => {
  const periodSchema = z.object({ where: fieldFilters, by: optionalFieldName });

  it.each([
    [{ to: '9999-99-99' }, `--to "9999-99-99" n'est pas une date du calendrier écrite AAAA-MM-JJ.`],
    [{ to: '2201-01-01' }, `--to "2201-01-01" n'est pas un jour des années 1900 à 2200.`],
    [{ horizon: '1e3' }, `--horizon "1e3" n'est pas un nombre écrit en décimales (comme 52 ou 0.01).`],
    [{ timeUnit: 'year' }, `--time-unit "year" n'est pas l'une des valeurs day, week.`],
  ])('words the refusal of %j in French for the command line', (input, french) => {
    expect(frenchRefusalOf(() => parseQuery(schema, input))).toBe(french);
  });

  it('words the where and by refusals in French', () => {
    expect(frenchRefusalOf(() => parseQuery(periodSchema, { where: ['tier'] }))).toBe(
      `--where "tier" n'est pas de la forme CHAMP=VALEUR (ou CHAMP!=VALEUR, CHAMP<VALEUR, CHAMP<=VALEUR, CHAMP>VALEUR, CHAMP>=VALEUR).`,
    );
    expect(frenchRefusalOf(() => parseQuery(periodSchema, { by: ' ' }))).toBe('--by demande un nom de champ.');
  });

  it('reads comparisons: the field ends at the first operator', () => {
    const where = (...filters: string[]) => parseQuery(periodSchema, { where: filters }).where;
    expect(where('nps<=6', 'csat>=4', 'ces<3', 'basket> 12.5', 'channel!=web', 'band=detractor', 'note=a<b', 'a!b=c')).toEqual([
      { field: 'nps', operator: '<=', value: '6' },
      { field: 'csat', operator: '>=', value: '4' },
      { field: 'ces', operator: '<', value: '3' },
      { field: 'basket', operator: '>', value: '12.5' },
      { field: 'channel', operator: '!=', value: 'web' },
      { field: 'band', value: 'detractor' },
      { field: 'note', value: 'a<b' },
      { field: 'a!b', value: 'c' },
    ]);
  });

  it('refuses a comparison with what is not a number, and a band that is not one', () => {
    expect(refusalOf(() => parseQuery(periodSchema, { where: ['nps<=six'] })).cli).toBe(
      '--where "nps<=six": <= compares numbers, and "six" is not a number written in decimals (like 6 or 4.5).',
    );
    expect(frenchRefusalOf(() => parseQuery(periodSchema, { where: ['nps>1e3'] }))).toBe(
      `--where "nps>1e3" : > compare des nombres, et "1e3" n'est pas un nombre écrit en décimales (comme 6 ou 4.5).`,
    );
    expect(refusalOf(() => parseQuery(periodSchema, { where: ['band=happy'] })).api).toBe(
      'where "band=happy": the band of an NPS answer is one of detractor, passive, promoter.',
    );
    expect(refusalOf(() => parseQuery(periodSchema, { where: ['band<7'] })).api).toMatch(/band is a name \(detractor, passive, promoter\), not a number/);
  });

  it('keeps the English for the API whatever French it carries', () => {
    expect(refusalOf(() => parseQuery(periodSchema, { where: ['tier'] })).api).toBe(
      'where "tier" is not of the form FIELD=VALUE (or FIELD!=VALUE, FIELD<VALUE, FIELD<=VALUE, FIELD>VALUE, FIELD>=VALUE).',
    );
  });

  it('words a backwards period in French', () => {
    expect(frenchRefusalOf(() => refuseBackwardsPeriod({ from: '2025-02-01', to: '2025-01-01' }))).toBe('--from 2025-02-01 est après --to 2025-01-01.');
  });
});
