import { describe, expect, it } from 'vitest';
import { fileStem, importParameters, uploadType } from './importRequest.js';

const CHOICES = { workspace: 'shop', kind: 'orders', tool: '', map: {}, skipInvalid: false };

describe('importParameters', () => {
  it('sends a CSV of the kind with the workspace alone, and dryRun for the check', () => {
    expect(importParameters(CHOICES, 'orders.csv', false, true)).toEqual({
      workspace: 'shop',
      from: undefined,
      map: [],
      skipInvalid: undefined,
      dryRun: 'true',
    });
    expect(importParameters({ ...CHOICES, skipInvalid: true }, 'orders.csv', false, false)).toMatchObject({ skipInvalid: 'true', dryRun: undefined });
  });

  it('names a survey by its file unless chosen, and sends each mapped field, an empty one to leave it out', () => {
    const survey = { ...CHOICES, kind: 'responses', tool: 'typeform', map: { nps: 'How likely?', comment: '' } };
    expect(importParameters(survey, 'C:\\exports\\NPS 2026.csv', true, true).map).toEqual(['survey_id=NPS 2026', 'nps=How likely?', 'comment=']);
    expect(importParameters({ ...survey, map: { survey_id: 'relation' } }, 'x.csv', true, true).map).toEqual(['survey_id=relation']);
  });

  it('sends no map to a tool that does not take one, nor without a tool', () => {
    expect(importParameters({ ...CHOICES, tool: 'shopify', map: { amount: 'Total' } }, 'o.csv', false, true)).toMatchObject({ from: 'shopify', map: [] });
    expect(importParameters({ ...CHOICES, map: { amount: 'Total' } }, 'o.csv', true, true).map).toEqual([]);
  });
});

describe('fileStem and uploadType', () => {
  it("keeps a file's name without its extension", () => {
    expect(fileStem('/a/b/NPS.2026.csv')).toBe('NPS.2026');
    expect(fileStem('.hidden')).toBe('.hidden');
  });

  it('sends a CSV as text/csv and anything else as bytes', () => {
    expect(uploadType({ name: 'a.CSV', type: '' })).toBe('text/csv');
    expect(uploadType({ name: 'a', type: 'text/csv' })).toBe('text/csv');
    expect(uploadType({ name: 'a.xlsx', type: 'application/vnd.ms-excel' })).toBe('application/octet-stream');
  });
});
