import { describe, expect, it } from 'vitest';
import { refusalOf } from '../../test-support/refusalOf.js';
import { parseFeedbackQuery } from './feedbackQuery.js';

describe('parseFeedbackQuery', () => {
  it('reads the period, the filters, the source and per-item', () => {
    expect(parseFeedbackQuery({ from: '2025-01-01', to: '2025-01-31', where: ['theme=delivery'], source: 'responses', perItem: true })).toEqual({
      from: '2025-01-01',
      to: '2025-01-31',
      where: [{ field: 'theme', value: 'delivery' }],
      source: 'response',
      perItem: true,
    });
  });

  it('means every text of all the data, without the list, when nothing is given', () => {
    expect(parseFeedbackQuery({})).toEqual({ from: null, to: null, where: [], source: null, perItem: false });
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
    expect(refusalOf(() => parseFeedbackQuery({ where: ['sentiment'] })).cli).toBe('--where "sentiment" is not of the form FIELD=VALUE.');
  });
});
