import { expect, it } from 'vitest';
import { StateError, UsageError } from '../../errors/errors.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { setSurveyWebhook } from '../webhooks/surveyWebhooks.js';
import { buildReport } from '../report/buildReport.js';
import { parseReportQuery } from '../report/reportQuery.js';
import { type AnswerSubmission, answerSurvey } from './answerSurvey.js';
import { loadSurvey } from './loadSurvey.js';
import {
  closeSurvey,
  createSurvey,
  currentVersionReason,
  duplicateSurvey,
  editSurvey,
  listSurveys,
  marginsFor,
  surveyDetails,
  worstSplitGiven,
} from './manageSurveys.js';
import { CUSTOMER_SURVEY, definitionOf } from '../../test-support/surveyFixtures.js';

const NOW = new Date('2026-03-10T12:00:00Z');

describeEachEngine('surveys: create, answer, count', (engine) => {
  const test = workspaceStore(engine);
  const create = async (value: unknown = CUSTOMER_SURVEY) => (await createSurvey(test.store, test.workspaceId, definitionOf(value), NOW)).id;
  const answer = async (id: string, submission: Partial<AnswerSubmission>, now = NOW) => {
    const survey = await loadSurvey(test.store, test.workspaceId, id);
    return answerSurvey(test.store, survey!, { answers: {}, channel: 'link', language: 'fr', ...submission }, now);
  };
  const report = (id: string) => buildReport(test.store, test.workspaceId, parseReportQuery({ where: [`survey_id=${id}`] }));

  it('counts answers in the report like imported responses: NPS, CSAT and the comment', async () => {
    const id = await create();
    // NPS 10, 9, 7, 3: 2 promoters, 1 passive, 1 detractor → 25; CSAT 5, 4, 2 → 2 of 3 satisfied.
    for (const [nps, csat] of [
      [10, 5],
      [9, 4],
      [7, 2],
      [3, null],
    ] as const) {
      await answer(id, { answers: { q1: nps, q2: csat, q3: 'web', q4: 'Livraison lente' } });
    }
    const { indicators } = await report(id);
    expect(indicators.nps).toMatchObject({ value: 25, n: 4, promoters: 2, passives: 1, detractors: 1 });
    expect(indicators.csat).toMatchObject({ n: 3, positive: 2 });
    const comments = await test.read(`select count(*) as n from responses where comment = 'Livraison lente' and survey_id = '${id}'`);
    expect(comments[0]?.n).toBe(4);
    const answers = await test.read(`select count(*) as n from survey_answers where workspace_id = ${test.workspaceId}`);
    expect(answers[0]?.n).toBe(15);
  });

  it('keeps a partial answer set page by page, finished only on the last page, never counted twice', async () => {
    const id = await create();
    const first = await answer(id, { answers: { q1: 4 }, page: 1 });
    expect(first.finished).toBe(false);
    // The same page posted twice replaces its answers.
    await answer(id, { answers: { q1: 5, q2: 3 }, page: 1, responseId: first.responseId });
    const last = await answer(id, { answers: { q4: 'Trop cher' }, page: 2, responseId: first.responseId });
    expect(last).toEqual({ responseId: first.responseId, finished: true, nps: 5, existed: true });
    expect(await test.read('select nps, csat, comment from responses')).toEqual([{ nps: 5, csat: 3, comment: 'Trop cher' }]);
    expect(await test.read('select finished from survey_responses')).toEqual([{ finished: true }]);
    // A detractor opens one follow-up case.
    expect(await test.read('select status, response_id from followup_cases')).toEqual([{ status: 'open', response_id: first.responseId }]);
  });

  it('refuses unknown questions, answers out of range, a missing required answer and an oversized comment, naming the field', async () => {
    const id = await create();
    const refusal = (submission: Partial<AnswerSubmission>) =>
      answer(id, submission).then(
        () => 'stored',
        (error: Error) => (error instanceof UsageError ? error.message : `unexpected ${error}`),
      );
    expect(await refusal({ answers: { q1: 11 } })).toBe('answers.q1 11 is not a whole number from 0 to 10.');
    expect(await refusal({ answers: { q1: 9.5 } })).toBe('answers.q1 9.5 is not a whole number from 0 to 10.');
    expect(await refusal({ answers: { q1: 9, q9: 1 } })).toMatch(/^answers\.q9 is not a question of this survey/);
    expect(await refusal({ answers: { q2: 4 } })).toBe('answers.q1 is missing: this question must be answered.');
    expect(await refusal({ answers: { q1: 9, q3: 'phone' } })).toBe('answers.q3 "phone" is not an option of this question (web, shop).');
    expect(await refusal({ answers: { q1: 9, q4: 'x'.repeat(5001) } })).toBe('answers.q4 is 5,001 characters long: at most 5,000 are taken.');
    expect(await refusal({ answers: { q1: 9 }, channel: 'widget' })).toBe('channel "widget" is not a channel of this survey (link, email, phone).');
    expect(await test.read('select count(*) as n from survey_responses')).toEqual([{ n: 0 }]);
  });

  it('takes no answer before its first day, after its last, or once closed', async () => {
    const id = await create();
    await expect(answer(id, { answers: { q1: 9 } }, new Date('2026-02-28T23:59:59Z'))).rejects.toThrow(
      new StateError('The survey opens on 2026-03-01: it takes no answers yet.'),
    );
    await expect(answer(id, { answers: { q1: 9 } }, new Date('2026-04-01T00:00:00Z'))).rejects.toThrow(
      new StateError('The survey closed on 2026-03-31: it takes no more answers.'),
    );
    await answer(id, { answers: { q1: 9 } }, new Date('2026-03-31T23:59:59Z'));
    expect(await closeSurvey(test.store, test.workspaceId, id, NOW)).toEqual({ id, closed: true });
    await expect(answer(id, { answers: { q1: 9 } })).rejects.toThrow(StateError);
  });

  it('keeps employee answers anonymous: no customer id, counted in eNPS', async () => {
    const id = await create({ ...CUSTOMER_SURVEY, audience: 'employees' });
    await expect(answer(id, { answers: { q1: 9 }, customerId: 'c1' })).rejects.toThrow('customer_id is not taken by an employee survey');
    for (const score of [10, 9, 9, 6, 8]) await answer(id, { answers: { q1: score }, attributes: { team: 'logistique' } });
    const { indicators } = await report(id);
    expect(indicators.enps).toMatchObject({ value: 40, n: 5 });
    expect(await test.read('select count(*) as n from followup_cases')).toEqual([{ n: 0 }]);
    const byTeam = await buildReport(test.store, test.workspaceId, parseReportQuery({ by: 'team' }));
    expect(byTeam.groups?.map((group) => group.key)).toEqual(['logistique']);
  });

  it('makes a new version when a change to an answered survey breaks comparability, and edits in place otherwise', async () => {
    const id = await create();
    const relabelled = { ...CUSTOMER_SURVEY, title: { fr: 'Votre avis compte', en: 'Your opinion counts' } };
    expect(await editSurvey(test.store, test.workspaceId, id, definitionOf(relabelled), NOW)).toEqual({ id, version: 1, newVersion: null });
    const rescaled = { ...CUSTOMER_SURVEY, questions: [CUSTOMER_SURVEY.questions[0], { id: 'q2', type: 'rating', min: 1, max: 10, label: 'Note' }] };
    // Without answers a survey is edited in place, whatever the change.
    expect(await editSurvey(test.store, test.workspaceId, id, definitionOf(rescaled), NOW)).toMatchObject({ version: 1, newVersion: null });
    await answer(id, { answers: { q1: 9, q2: 8 } });
    expect(await editSurvey(test.store, test.workspaceId, id, definitionOf(CUSTOMER_SURVEY), NOW)).toEqual({
      id,
      version: 2,
      newVersion: 'question q2: its type changed from rating to csat',
    });
    expect(await currentVersionReason(test.store, test.workspaceId, await surveyDetails(test.store, test.workspaceId, id, NOW))).toEqual({
      en: 'question q2: its type changed from rating to csat',
      fr: 'la question q2 a changé de type (rating → csat)',
    });
    await answer(id, { answers: { q1: 9, q2: 5 } });
    const byVersion = await buildReport(test.store, test.workspaceId, parseReportQuery({ by: 'survey_version' }));
    expect(byVersion.groups?.map((group) => [group.key, group.indicators.csat && 'n' in group.indicators.csat ? group.indicators.csat.n : 0])).toEqual([
      ['1', 0],
      ['2', 1],
    ]);
  });

  it('plans the margins at the expected shares, a share of promoters or detractors not given at its worst', () => {
    expect(worstSplitGiven({})).toEqual({ promoters: 0.5, detractors: 0.5 });
    expect(worstSplitGiven({ promoters: 0.1 })).toEqual({ promoters: 0.1, detractors: 0.6 });
    expect(worstSplitGiven({ detractors: 0.8 }).promoters).toBeCloseTo(0.2, 12);
    const survey = (expected: unknown) => definitionOf({ ...CUSTOMER_SURVEY, expected });
    expect(marginsFor(survey({}), 400)).toEqual({ nps: 9.8, csat: 4.9 });
    // 80 % promoters leave at most 20 % detractors: V = 1 − 0.6² = 0.64, 100·1.96·√(0.64 / 403) = 7.8.
    expect(marginsFor(survey({ promoters: 0.8 }), 400)).toEqual({ nps: 7.8, csat: 4.9 });
    expect(marginsFor(survey({ satisfied: 0.9 }), 400).csat).toBe(3);
  });

  it('lists surveys with their state, counts and margins of error, and duplicates one', async () => {
    const id = await create();
    await answer(id, { answers: { q1: 9 } });
    const copy = await duplicateSurvey(test.store, test.workspaceId, id, NOW);
    const surveys = await listSurveys(test.store, test.workspaceId, NOW);
    expect(surveys.map((survey) => survey.id).sort()).toEqual([id, copy.id].sort());
    const details = await surveyDetails(test.store, test.workspaceId, id, NOW);
    // 400 answers at the worst case: 100 × 1.96 × √(1/403) = 9.8 NPS points; Wilson at ½: 4.9 points.
    expect(details).toMatchObject({ state: 'open', answers: 1, finished: 1, targetSample: 400, plannedMargins: { nps: 9.8, csat: 4.9 }, url: `/s/${id}` });
    expect(details.definition.title).toEqual(CUSTOMER_SURVEY.title);
  });

  it('queues one webhook delivery per answer set, when it is first finished, in the same transaction', async () => {
    const id = await create();
    await setSurveyWebhook(test.store, test.workspaceId, id, { url: 'http://127.0.0.1:9/hook', on: 'detractors' }, { allowPrivate: true });
    await answer(id, { answers: { q1: 10 } });
    const partial = await answer(id, { answers: { q1: 2 }, page: 1, customerId: 'c7' });
    expect(await test.read('select count(*) as n from webhook_deliveries')).toEqual([{ n: 0 }]);
    await answer(id, { answers: { q4: 'Colis abîmé' }, page: 2, responseId: partial.responseId, customerId: 'c7' });
    await answer(id, { answers: { q4: 'Colis abîmé, deux fois' }, page: 2, responseId: partial.responseId, customerId: 'c7' });
    const deliveries = await test.read('select event, body from webhook_deliveries');
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]?.event).toBe('detractor.created');
    expect(JSON.parse(String(deliveries[0]?.body))).toMatchObject({
      event: 'detractor.created',
      surveyId: id,
      data: { responseId: partial.responseId, customerId: 'c7', nps: 2, comment: 'Colis abîmé', answers: { q1: 2, q4: 'Colis abîmé' } },
    });
    const employees = await create({ ...CUSTOMER_SURVEY, audience: 'employees' });
    await expect(
      setSurveyWebhook(test.store, test.workspaceId, employees, { url: 'http://127.0.0.1:9/hook', on: 'answers' }, { allowPrivate: true }),
    ).rejects.toThrow(/^An employee survey has no webhook/);
  });
});
