import { describe, expect, it } from 'vitest';
import { churnChoice, churnParameters, describeChurn } from './churnDefinition.js';

describe('the churn definition', () => {
  it('reads the choice from the view, the model before a window', () => {
    expect(churnChoice({})).toEqual({ kind: 'default' });
    expect(churnChoice({ churnWindow: '90' })).toEqual({ kind: 'window', days: '90' });
    expect(churnChoice({ churnWindow: '90', churnModel: 'bgnbd' })).toEqual({ kind: 'model' });
  });

  it('writes a choice back as one parameter, removing the other', () => {
    expect(churnParameters({ kind: 'model' })).toEqual({ churnModel: 'bgnbd', churnWindow: undefined });
    expect(churnParameters({ kind: 'window', days: '120' })).toEqual({ churnWindow: '120', churnModel: undefined });
    expect(churnParameters({ kind: 'default' })).toEqual({ churnWindow: undefined, churnModel: undefined });
  });

  it('says in words how each record was measured', () => {
    expect(describeChurn({ value: 8, definition: 'contract' }, 'en')).toMatch(/^Churn by contract end/);
    expect(describeChurn({ value: 36, definition: 'inactivity', windowDays: 105, windowSource: 'derived', gaps: 12247 }, 'en')).toBe(
      "Churn by inactivity: a customer active (an order within 105 days) the day before the period is lost when they have not ordered for 105 days at its end (90th percentile of the 12,247 gaps between a customer's orders).",
    );
    expect(describeChurn({ value: 36, definition: 'inactivity', windowDays: 90, windowSource: 'flag' }, 'fr')).toMatch(/90 jours .*fenêtre choisie ici/);
    expect(describeChurn({ value: 5, definition: 'model', model: 'bgnbd', threshold: 0.5 }, 'fr')).toMatch(/BG\/NBD.*sous 0,5/);
    expect(describeChurn({ value: null, definition: 'model', threshold: 0.5, reason: 'Nobody bought twice.' }, 'en')).toMatch(
      /The model could not be fitted: Nobody bought twice\.$/,
    );
  });
});
