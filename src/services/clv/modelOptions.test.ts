import { describe, expect, it } from 'vitest';
import { refusalOf } from '../../test-support/refusalOf.js';
import { parseCustomersQuery, parseModelOptions } from './modelOptions.js';

describe('parseModelOptions', () => {
  it('reads every setting', () => {
    expect(parseModelOptions({ to: '1997-09-30', timeUnit: 'week', horizon: '26', discountRate: '0.01', model: 'pareto' })).toEqual({
      to: '1997-09-30',
      timeUnit: 'week',
      horizon: 26,
      discountRate: 0.01,
      model: 'pareto',
    });
  });

  it('counts in days with BG/NBD when nothing is given, leaving the horizon and the discount to the models', () => {
    expect(parseModelOptions({})).toEqual({ timeUnit: 'day', model: 'bgnbd' });
  });

  it.each([
    ['52', 52],
    ['0.5', 0.5],
    ['007', 7],
    ['-1', -1],
  ])('reads the decimal number %j', (horizon, expected) => {
    expect(parseModelOptions({ horizon }).horizon).toBe(expected);
  });

  it.each(['0x10', '1e3', 'Infinity', 'NaN', '', ' 5', '5.', '.5', '+5', '1_000', 'abc'])('refuses %j, which is not written in plain decimals', (text) => {
    expect(refusalOf(() => parseModelOptions({ discountRate: text }))).toEqual({
      field: 'discountRate',
      cli: `--discount-rate ${JSON.stringify(text)} is not a number written in decimals (like 52 or 0.01).`,
      api: `discountRate ${JSON.stringify(text)} is not a number written in decimals (like 52 or 0.01).`,
    });
  });

  it.each(['year', 'Day', 'constructor', '__proto__', ''])('refuses the time unit %j', (timeUnit) => {
    expect(refusalOf(() => parseModelOptions({ timeUnit }))).toEqual({
      field: 'timeUnit',
      cli: `--time-unit ${JSON.stringify(timeUnit)} must be day or week.`,
      api: `timeUnit ${JSON.stringify(timeUnit)} must be day or week.`,
    });
  });

  it.each(['magic', 'hasOwnProperty', '__proto__'])('refuses the model %j', (model) => {
    expect(refusalOf(() => parseModelOptions({ model }))).toEqual({
      field: 'model',
      cli: `--model ${JSON.stringify(model)} must be bgnbd or pareto.`,
      api: `model ${JSON.stringify(model)} must be bgnbd or pareto.`,
    });
  });

  it('refuses an end that is not a calendar day of the years 1900 to 2200', () => {
    expect(refusalOf(() => parseModelOptions({ to: '1997-02-30' }))).toEqual({
      field: 'to',
      cli: '--to "1997-02-30" is not a calendar date written YYYY-MM-DD.',
      api: 'to "1997-02-30" is not a calendar date written YYYY-MM-DD.',
    });
    expect(refusalOf(() => parseModelOptions({ to: '9999-12-31' })).api).toBe('to "9999-12-31" is not a day of the years 1900 to 2200.');
  });
});

describe('parseCustomersQuery', () => {
  it('reads the model settings and a segment', () => {
    expect(parseCustomersQuery({ to: '1997-09-30', segment: 'at-risk' })).toEqual({ to: '1997-09-30', timeUnit: 'day', model: 'bgnbd', segment: 'at-risk' });
  });

  it('means every segment when none is given', () => {
    expect(parseCustomersQuery({}).segment).toBeUndefined();
  });

  it.each(['vip', 'constructor', '__proto__'])('refuses the segment %j', (segment) => {
    expect(refusalOf(() => parseCustomersQuery({ segment }))).toEqual({
      field: 'segment',
      cli: `--segment ${JSON.stringify(segment)} is not one of champions, loyal, promising, at-risk, hibernating, lost.`,
      api: `segment ${JSON.stringify(segment)} is not one of champions, loyal, promising, at-risk, hibernating, lost.`,
    });
  });
});
