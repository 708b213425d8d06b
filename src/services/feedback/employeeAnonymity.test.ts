import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { buildFeedback, type FeedbackQuery } from './buildFeedback.js';

const ALL: FeedbackQuery = { from: null, to: null, where: [], source: 'response', perItem: true };
/** Employees' answers are read apart from customers' (docs/feedback.md): `--where population=employee`. */
const EMPLOYEES: FeedbackQuery = { ...ALL, where: [{ field: 'population', value: 'employee' }] };

/** `count` employees' comments of team `team`, and two customers' comments. */
function responses(team: string, count: number): string {
  const employees = Array.from({ length: count }, (_, index) => `e${index},baro,2026-03-0${index + 1},employee,7,La charge de travail est trop lourde,${team}`);
  return [
    'response_id,survey_id,submitted_at,population,nps,comment,team',
    ...employees,
    'c1,nps,2026-03-02,customer,9,Livraison rapide,',
    'c2,nps,2026-03-03,customer,3,Colis abîmé,',
  ].join('\n');
}

describeEachEngine('employees’ texts in the feedback analysis', (engine) => {
  const test = workspaceStore(engine);

  it('leaves out the texts of fewer than 5 employees in scope, and says how many', async () => {
    await importCsvText(test.store, test.workspaceId, 'responses', responses('logistique', 4));
    const customers = (await buildFeedback(test.store, test.workspaceId, ALL)).result;
    expect(customers.perItem?.map((item) => item.id).sort()).toEqual(['c1', 'c2']);
    expect(customers.employeeTextsHidden).toBeUndefined();
    const { result } = await buildFeedback(test.store, test.workspaceId, EMPLOYEES);
    expect(result.items).toBe(0);
    expect(result.employeeTextsHidden).toBe(4);
    expect(JSON.stringify(result)).not.toContain('charge de travail');
  });

  it('keeps them from 5 employees on, and applies the rule to the scope --where asks for', async () => {
    await importCsvText(test.store, test.workspaceId, 'responses', responses('logistique', 5));
    const whole = (await buildFeedback(test.store, test.workspaceId, EMPLOYEES)).result;
    expect(whole.items).toBe(5);
    expect(whole.employeeTextsHidden).toBeUndefined();
    // Four of them in March 1–4: a group under 5 again.
    const early = (await buildFeedback(test.store, test.workspaceId, { ...EMPLOYEES, to: '2026-03-04' })).result;
    expect(early.employeeTextsHidden).toBe(4);
    expect(early.perItem).toEqual([]);
  });

  it('leaves them out too when a scope one filter wider holds 1 to 4 more employees (5 of 9: the 4 others would be revealed)', async () => {
    const nine = [
      'response_id,survey_id,submitted_at,population,nps,comment,team',
      ...Array.from(
        { length: 9 },
        (_, index) => `e${index},baro,2026-03-0${index + 1},employee,7,La charge de travail est trop lourde,${index < 5 ? 'logistique' : 'vente'}`,
      ),
      'c1,nps,2026-03-02,customer,9,Livraison rapide,',
    ].join('\n');
    await importCsvText(test.store, test.workspaceId, 'responses', nine);
    const narrowed = (await buildFeedback(test.store, test.workspaceId, { ...ALL, where: [...EMPLOYEES.where, { field: 'team', value: 'logistique' }] }))
      .result;
    expect(narrowed.employeeTextsHidden).toBe(5);
    expect(narrowed.employeeTextsHiddenReason).toBe('filter');
    expect(JSON.stringify(narrowed)).not.toContain('charge de travail');
    // The whole scope (9) shows them; a group of 4 (vente) is hidden as small.
    expect((await buildFeedback(test.store, test.workspaceId, EMPLOYEES)).result.employeeTextsHidden).toBeUndefined();
    const vente = (await buildFeedback(test.store, test.workspaceId, { ...ALL, where: [...EMPLOYEES.where, { field: 'team', value: 'vente' }] })).result;
    expect(vente.employeeTextsHidden).toBe(4);
    expect(vente.employeeTextsHiddenReason).toBeUndefined();
  });
});
