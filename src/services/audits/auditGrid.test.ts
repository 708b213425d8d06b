import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors/errors.js';
import { criteriaOf, parseAuditGrid } from './auditGrid.js';

/** A grid with two touchpoints, as an auditor's manager would write it. */
const grid = () => ({
  name: 'Boutiques 2026',
  touchpoints: [
    {
      id: 'accueil',
      label: { fr: 'Accueil', en: 'Welcome' },
      criteria: [
        { id: 'accueil_sourire', label: { fr: 'Le vendeur sourit', en: 'The seller smiles' }, max_score: 5, weight: 2 },
        { id: 'accueil_delai', label: 'Attente < 2 min', max_score: 1 },
      ],
    },
    { id: 'caisse', criteria: [{ id: 'caisse_merci', label: { fr: 'Remerciement' }, max_score: 3, weight: 0.5 }] },
  ],
});

/** The refusal's sentence of `value`, which must be refused. */
function refusal(value: unknown): string {
  const result = parseAuditGrid(value);
  expect(result).toBeInstanceOf(UsageError);
  return (result as UsageError).message;
}

describe('an audit grid checked with zod', () => {
  it('accepts a grid, fills in labels in both languages, touchpoint labels from ids and weight 1', () => {
    const checked = parseAuditGrid(grid());
    expect(checked).not.toBeInstanceOf(Error);
    expect(criteriaOf(checked as Exclude<typeof checked, Error>)).toEqual([
      { id: 'accueil_sourire', touchpoint: 'accueil', label: { fr: 'Le vendeur sourit', en: 'The seller smiles' }, max_score: 5, weight: 2 },
      { id: 'accueil_delai', touchpoint: 'accueil', label: { fr: 'Attente < 2 min', en: 'Attente < 2 min' }, max_score: 1, weight: 1 },
      { id: 'caisse_merci', touchpoint: 'caisse', label: { fr: 'Remerciement', en: 'Remerciement' }, max_score: 3, weight: 0.5 },
    ]);
    expect((checked as { touchpoints: { label: unknown }[] }).touchpoints[1]?.label).toEqual({ fr: 'caisse', en: 'caisse' });
  });

  it('refuses each bad field with one sentence naming it', () => {
    const change = (edit: (value: ReturnType<typeof grid>) => void) => {
      const value = grid();
      edit(value);
      return value;
    };
    const criterion = (value: ReturnType<typeof grid>) => value.touchpoints[0]!.criteria[0] as Record<string, unknown>;
    expect(refusal([])).toBe('The grid [] is not a JSON object.');
    expect(refusal(change((value) => Reflect.deleteProperty(value, 'name')))).toBe('name is missing.');
    expect(refusal(change((value) => Object.assign(value, { name: '' })))).toBe('name "" is not a text of 1 to 200 characters.');
    expect(refusal(change((value) => Object.assign(value, { name: 'a\u0000b' })))).toBe('name "a\\u0000b" is not a text of 1 to 200 characters.');
    expect(refusal(change((value) => Object.assign(value, { touchpoints: [] })))).toBe('touchpoints [] is not a list of 1 to 30 touchpoints.');
    expect(refusal(change((value) => Object.assign(value, { owner: 'x' })))).toBe('owner is not a field this object takes (name, touchpoints).');
    expect(refusal(change((value) => Object.assign(value.touchpoints[0]!, { id: 'a b' })))).toBe(
      'touchpoints[0].id "a b" is not 1 to 64 letters, digits, _ or -.',
    );
    expect(refusal(change((value) => Object.assign(value.touchpoints[1]!, { id: 'accueil' })))).toBe(
      'touchpoints[1].id "accueil" is the id of an earlier touchpoint.',
    );
    expect(refusal(change((value) => Object.assign(value.touchpoints[0]!, { criteria: [] })))).toBe(
      'touchpoints[0].criteria [] is not a list of 1 to 200 criteria.',
    );
    expect(refusal(change((value) => Object.assign(criterion(value), { max_score: 0 })))).toBe(
      'touchpoints[0].criteria[0].max_score 0 is not a number above 0 and at most 1,000,000.',
    );
    expect(refusal(change((value) => Object.assign(criterion(value), { max_score: '5' })))).toBe(
      'touchpoints[0].criteria[0].max_score "5" is not a number above 0 and at most 1,000,000.',
    );
    expect(refusal(change((value) => Object.assign(criterion(value), { weight: -1 })))).toBe(
      'touchpoints[0].criteria[0].weight -1 is not a number above 0 and at most 1,000,000.',
    );
    expect(refusal(change((value) => Object.assign(criterion(value), { label: { de: 'Lächeln' } })))).toBe(
      'touchpoints[0].criteria[0].label.de is not a field this object takes (fr, en).',
    );
    expect(refusal(change((value) => Object.assign(criterion(value), { label: {} })))).toBe(
      'touchpoints[0].criteria[0].label gives no text: write {"fr": …, "en": …}.',
    );
    expect(refusal(change((value) => Object.assign(criterion(value), { points: 3 })))).toBe(
      'touchpoints[0].criteria[0].points is not a field this object takes (id, label, max_score, weight).',
    );
    expect(refusal(change((value) => Object.assign(value.touchpoints[1]!.criteria[0]!, { id: 'accueil_sourire' })))).toBe(
      'touchpoints[1].criteria[0].id "accueil_sourire" is the id of an earlier criterion: ids are unique in the grid.',
    );
    const wide = Array.from({ length: 3 }, (_, touchpoint) => ({
      id: `t${touchpoint}`,
      criteria: Array.from({ length: 70 }, (_, index) => ({ id: `c${touchpoint}_${index}`, label: 'x', max_score: 1 })),
    }));
    expect(refusal({ name: 'wide', touchpoints: wide })).toBe('touchpoints hold 210 criteria; a grid holds at most 200.');
  });
});
