import { expect, it } from 'vitest';
import { addWorkspaceThemeTerms } from '../../store/queries/feedback/workspaceThemes.js';
import type { Store } from '../../store/Store.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { buildFeedback, type FeedbackQuery } from './buildFeedback.js';

const ALL: FeedbackQuery = { from: null, to: null, where: [], source: 'response', perItem: true };
/** The employees' answers: feedback reads one population at a time, customers by default. */
const STAFF: FeedbackQuery = { ...ALL, where: [{ field: 'population', value: 'employee' }] };

/** The themes of every text, customers' and employees', read one population at a time. */
async function themesOfEvery(store: Store, workspaceId: number): Promise<(id: string) => string[] | undefined> {
  const items = [
    ...((await buildFeedback(store, workspaceId, ALL)).result.perItem ?? []),
    ...((await buildFeedback(store, workspaceId, STAFF)).result.perItem ?? []),
  ];
  return (id) => items.find((item) => item.id === id)?.themes;
}

/**
 * Five employees' comments and three customers' on the same words: an employee's "outils" are
 * their tools, a customer's "livraison" a delivery; "les informations" are internal
 * communication for the one, the shop's for the other.
 */
const RESPONSES = [
  'response_id,survey_id,submitted_at,population,nps,comment',
  'e1,baro,2026-03-02,employee,3,"Les outils informatiques rament, la caisse plante."',
  'e2,baro,2026-03-03,employee,5,Aucune augmentation depuis deux ans.',
  'e3,baro,2026-03-04,employee,9,Très bonne ambiance avec les collègues.',
  'e4,baro,2026-03-05,employee,6,On ne reçoit jamais les informations à temps.',
  'e5,baro,2026-03-06,employee,2,Unbearable workload and no recognition from my manager.',
  'c1,nps,2026-03-02,customer,9,Livraison rapide.',
  'c2,nps,2026-03-03,customer,2,Prix trop élevés.',
  'c3,nps,2026-03-04,customer,6,On ne reçoit jamais les informations à temps.',
].join('\n');

describeEachEngine('the themes of employees’ comments', (engine) => {
  const test = workspaceStore(engine);

  it('are the HR themes for employees’ answers and the customer themes for customers’, one theme list for both', async () => {
    await importCsvText(test.store, test.workspaceId, 'responses', RESPONSES);
    const themesOf = await themesOfEvery(test.store, test.workspaceId);
    expect(themesOf('e1')).toEqual(['tools']);
    expect(themesOf('e2')).toEqual(['pay']);
    expect(themesOf('e3')).toEqual(['colleagues']);
    expect(themesOf('e4')).toEqual(['communication']);
    expect(themesOf('e5')).toEqual(['workload', 'management', 'recognition']);
    expect(themesOf('c1')).toEqual(['delivery']);
    expect(themesOf('c2')).toEqual(['price']);
    expect(themesOf('c3')).toEqual(['communication']);
    // Employees' answers have only HR themes.
    const employees = (await buildFeedback(test.store, test.workspaceId, STAFF)).result;
    expect(employees.themes.find((theme) => theme.theme === 'tools')?.labels).toEqual({ fr: 'Outils et équipement', en: 'Tools and equipment' });
    expect(employees.themes.map((theme) => theme.theme).sort()).toEqual([
      'colleagues',
      'communication',
      'management',
      'pay',
      'recognition',
      'tools',
      'workload',
    ]);
    // The drill-down takes an HR theme like any other, and the anonymity rule still holds: one employee's text is not shown.
    const tools = (await buildFeedback(test.store, test.workspaceId, { ...STAFF, theme: 'tools' })).result;
    expect(tools).toMatchObject({ items: 0, employeeTextsHidden: 1 });
    // Customers' texts of the same theme are read apart, and shown.
    const communication = (await buildFeedback(test.store, test.workspaceId, { ...ALL, theme: 'communication' })).result;
    expect(communication.perItem?.map((item) => item.id)).toEqual(['c3']);
    expect((await buildFeedback(test.store, test.workspaceId, { ...STAFF, theme: 'communication' })).result.employeeTextsHidden).toBe(1);
  });

  it('are given again when an answer’s population changes, its text unchanged', async () => {
    await importCsvText(test.store, test.workspaceId, 'responses', RESPONSES);
    expect((await themesOfEvery(test.store, test.workspaceId))('e4')).toEqual(['communication']);
    // e2, "Aucune augmentation depuis deux ans.", re-imported as a customer's answer: pay is not a customer theme, augmentation is price.
    await importCsvText(
      test.store,
      test.workspaceId,
      'responses',
      ['response_id,survey_id,submitted_at,population,nps,comment', 'e2,baro,2026-03-03,customer,5,Aucune augmentation depuis deux ans.'].join('\n'),
    );
    const { analysed, result } = await buildFeedback(test.store, test.workspaceId, ALL);
    expect(analysed).toBe(1);
    expect(result.perItem?.find((item) => item.id === 'e2')?.themes).toEqual(['price']);
  });

  it('take a workspace’s words added to an HR theme, for employees only', async () => {
    await importCsvText(test.store, test.workspaceId, 'responses', RESPONSES);
    await test.store.transaction((session) => addWorkspaceThemeTerms(session, test.workspaceId, 'workload', 'fr', ['à temps'], null));
    const themesOf = await themesOfEvery(test.store, test.workspaceId);
    // The same sentence: the employee's gains workload, the customer's does not.
    expect(themesOf('e4')).toEqual(['communication', 'workload']);
    expect(themesOf('c3')).toEqual(['communication']);
  });
});
