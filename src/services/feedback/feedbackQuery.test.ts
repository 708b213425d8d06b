import { describe, expect, it } from 'vitest';
import { refusalOf } from '../../test-support/refusalOf.js';
import { parseFeedbackQuery } from './feedbackQuery.js';

/** What a query without a drill-down holds: no band, indicator, theme or sentiment, the first page of 50 comments. */
const NO_DRILL_DOWN = { band: null, indicator: null, theme: null, sentiment: null, limit: 50, offset: 0 };

describe('parseFeedbackQuery', () => {
  it('reads the period, the filters, the source and per-item', () => {
    expect(parseFeedbackQuery({ from: '2025-01-01', to: '2025-01-31', where: ['theme=delivery'], source: 'responses', perItem: true })).toEqual({
      from: '2025-01-01',
      to: '2025-01-31',
      where: [{ field: 'theme', value: 'delivery' }],
      source: 'response',
      perItem: true,
      ...NO_DRILL_DOWN,
    });
  });

  it('means every text of all the data, without the list, when nothing is given', () => {
    expect(parseFeedbackQuery({})).toEqual({ from: null, to: null, where: [], source: null, perItem: false, ...NO_DRILL_DOWN });
  });

  it.each([
    ['false', false],
    ['0', false],
    ['true', true],
    [undefined, undefined],
  ])('reads candidates from %j (absent: searched, as before)', (candidates, expected) => {
    expect(parseFeedbackQuery({ candidates }).candidates).toBe(expected);
  });

  it('refuses candidates that are not true or false, in one sentence', () => {
    expect(() => parseFeedbackQuery({ candidates: 'maybe' })).toThrow(/"maybe" is not true or false/);
  });

  it.each([
    ['all', null],
    ['responses', 'response'],
    ['mentions', 'mention'],
  ])('reads the source %j', (source, expected) => {
    expect(parseFeedbackQuery({ source }).source).toBe(expected);
  });

  it.each([
    ['true', true],
    ['1', true],
    ['false', false],
    ['0', false],
    ['', false],
    [false, false],
  ])('reads per-item from %j, as a URL or a flag gives it', (perItem, expected) => {
    expect(parseFeedbackQuery({ perItem }).perItem).toBe(expected);
  });

  it.each(['tweets', 'constructor', '__proto__', 'toString', 'All', ''])('refuses the source %j', (source) => {
    expect(refusalOf(() => parseFeedbackQuery({ source }))).toEqual({
      field: 'source',
      cli: `--source ${JSON.stringify(source)} is not one of all, responses, mentions.`,
      api: `source ${JSON.stringify(source)} is not one of all, responses, mentions.`,
    });
  });

  it.each(['yes', 'TRUE', '2', 'constructor'])('refuses per-item %j', (perItem) => {
    expect(refusalOf(() => parseFeedbackQuery({ perItem }))).toEqual({
      field: 'perItem',
      cli: `--per-item ${JSON.stringify(perItem)} is not true or false.`,
      api: `perItem ${JSON.stringify(perItem)} is not true or false.`,
    });
  });

  it('checks the period and the filters as the report does', () => {
    expect(refusalOf(() => parseFeedbackQuery({ from: '2025-13-01' })).api).toBe('from "2025-13-01" is not a calendar date written YYYY-MM-DD.');
    expect(refusalOf(() => parseFeedbackQuery({ from: '2025-02-01', to: '2025-01-01' })).cli).toBe('--from 2025-02-01 is after --to 2025-01-01.');
    expect(refusalOf(() => parseFeedbackQuery({ where: ['sentiment'] })).cli).toBe(
      '--where "sentiment" is not of the form FIELD=VALUE (or FIELD!=VALUE, FIELD<VALUE, FIELD<=VALUE, FIELD>VALUE, FIELD>=VALUE).',
    );
  });

  it('reads the drill-down: a band of NPS by default, of the indicator given, a theme, a sentiment and the page', () => {
    expect(parseFeedbackQuery({ band: 'detractor', theme: ' delivery ', sentiment: 'negative', limit: '500', offset: '100' })).toMatchObject({
      band: 'detractor',
      indicator: 'nps',
      theme: 'delivery',
      sentiment: 'negative',
      limit: 500,
      offset: 100,
    });
    expect(parseFeedbackQuery({ band: 'promoter', indicator: 'enps' })).toMatchObject({ band: 'promoter', indicator: 'enps' });
    expect(parseFeedbackQuery({ band: 'low', indicator: 'csat' })).toMatchObject({ band: 'low', indicator: 'csat' });
    expect(parseFeedbackQuery({ indicator: 'ces' })).toMatchObject({ band: null, indicator: 'ces' });
  });

  it('refuses a band the indicator does not have, or low and high without one', () => {
    expect(refusalOf(() => parseFeedbackQuery({ band: 'low' }))).toEqual({
      field: 'band',
      cli: '--band low is a band of csat or ces: give --indicator csat or ces.',
      api: 'band low is a band of csat or ces: give indicator csat or ces.',
    });
    expect(refusalOf(() => parseFeedbackQuery({ band: 'promoter', indicator: 'ces' })).api).toBe(
      'band promoter is a band of nps or enps: give indicator nps or enps.',
    );
  });

  it.each([
    ['band', 'detractors', 'band "detractors" is not one of detractor, passive, promoter, low, high.'],
    ['indicator', 'NPS', 'indicator "NPS" is not one of nps, enps, csat, ces.'],
    ['sentiment', 'happy', 'sentiment "happy" is not one of negative, neutral, positive.'],
    ['theme', ' ', 'theme needs a theme id.'],
    ['limit', '0', 'limit "0" must be a whole number from 1 to 500.'],
    ['limit', '501', 'limit "501" must be a whole number from 1 to 500.'],
    ['limit', '1e2', 'limit "1e2" must be a whole number from 1 to 500.'],
    ['offset', '-1', 'offset "-1" must be a whole number from 0 to 1000000000.'],
  ])('refuses %s %j, naming it', (field, value, message) => {
    expect(refusalOf(() => parseFeedbackQuery({ [field]: value }))).toMatchObject({ field, api: message });
  });
});
