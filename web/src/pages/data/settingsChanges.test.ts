import { describe, expect, it } from 'vitest';
import { changedSettings } from './settingsChanges.js';

describe('changedSettings', () => {
  it('lists the keys changed, an emptied one to remove', () => {
    expect(changedSettings({ sector: 'Retail', country: 'FR' }, { sector: 'Retail', country: ' ', npsSurvey: 'relationship' })).toEqual([
      ['country', null],
      ['npsSurvey', 'relationship'],
    ]);
  });

  it('lists nothing when the form says what is stored, spaces aside', () => {
    expect(changedSettings({ sector: 'Retail' }, { sector: ' Retail ' })).toEqual([]);
    expect(changedSettings({}, {})).toEqual([]);
  });
});
