import { describe, expect, it } from 'vitest';
import { readScore } from './readScore.js';

describe('readScore', () => {
  it('reads a bare number', () => {
    expect(readScore('nps', '9')).toBe('9');
    expect(readScore('nps', ' 07 ')).toBe('7');
  });

  it('reads the number a choice label starts with, in English and French', () => {
    expect(readScore('nps', '10 - Extremely likely')).toBe('10');
    expect(readScore('nps', '0 - Pas du tout probable')).toBe('0');
    expect(readScore('ces', '7 (Very easy)')).toBe('7');
  });

  it("reads the labels of the NPS scale's ends and of the five-point satisfaction scale without number", () => {
    expect(readScore('nps', 'Extremely likely')).toBe('10');
    expect(readScore('nps', 'Pas du tout probable')).toBe('0');
    expect(readScore('csat', 'Très satisfait')).toBe('5');
    expect(readScore('csat', 'Insatisfaite')).toBe('2');
    expect(readScore('csat', 'Neither satisfied nor dissatisfied')).toBe('3');
  });

  it('gives any other answer back unchanged, for the import to report, and an empty one as empty', () => {
    expect(readScore('nps', 'Oui')).toBe('Oui');
    expect(readScore('nps', '7.5')).toBe('7.5');
    expect(readScore('csat', 'Plutôt content')).toBe('Plutôt content');
    expect(readScore('nps', '  ')).toBe('');
  });
});
