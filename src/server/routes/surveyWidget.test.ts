import { expect, it } from 'vitest';
import { closeSurvey } from '../../services/surveys/manageSurveys.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { CUSTOMER_SURVEY, surveyFixture } from '../../test-support/surveyFixtures.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { createApp } from '../createApp.js';
import { surveyAnswerRoutes } from './surveyAnswers.js';
import { surveyWidgetRoutes } from './surveyWidget.js';

/** CUSTOMER_SURVEY open with no last day, for the widget, with `changes`. */
const widgetSurvey = (changes: Record<string, unknown> = {}) => ({ ...CUSTOMER_SURVEY, closesAt: undefined, channels: ['link', 'widget'], ...changes });

describeEachEngine('GET /s/:id/widget.json', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop', per: 'block' });
  const app = () => createApp(test.store, [...surveyWidgetRoutes, ...surveyAnswerRoutes({ rate: 1000, burst: 1000 })]);
  const widgetJson = async (id: string) => {
    const response = await app().request(`/s/${id}/widget.json`, { headers: { origin: 'https://shop.example' } });
    return { status: response.status, cors: response.headers.get('access-control-allow-origin'), body: (await response.json()) as Record<string, unknown> };
  };

  it('gives anyone, from any site, the title, the first NPS question and the first text question in both languages, and nothing else', async () => {
    const id = await surveyFixture(test.store, test.workspaceId, widgetSurvey());
    expect(await widgetJson(id)).toEqual({
      status: 200,
      cors: '*',
      body: {
        title: { fr: 'Votre avis', en: 'Your opinion' },
        nps: { id: 'q1', label: { fr: 'Recommanderiez-vous ?', en: 'Would you recommend?' } },
        comment: { id: 'q4', label: { fr: 'Pourquoi ?', en: 'Why?' }, required: false },
      },
    });
    const answered = await app().request(`/api/surveys/${id}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://shop.example' },
      body: JSON.stringify({ answers: { q1: 3, q4: 'Trop lent' }, channel: 'widget', language: 'fr' }),
    });
    expect(answered.status).toBe(201);
    expect(await test.read('select channel, nps, comment, language from responses where survey_id is not null')).toEqual([
      { channel: 'widget', nps: 3, comment: 'Trop lent', language: 'fr' },
    ]);
  });

  it('says whether the comment is required, and gives no comment to a survey without a text question', async () => {
    const required = await surveyFixture(
      test.store,
      test.workspaceId,
      widgetSurvey({ questions: [CUSTOMER_SURVEY.questions[0], { id: 'why', type: 'text', label: 'Why?', required: true }] }),
    );
    expect((await widgetJson(required)).body.comment).toEqual({ id: 'why', label: { fr: 'Why?', en: 'Why?' }, required: true });
    const bare = await surveyFixture(test.store, test.workspaceId, widgetSurvey({ questions: [CUSTOMER_SURVEY.questions[0]] }));
    expect((await widgetJson(bare)).body.comment).toBeNull();
  });

  it('answers 404 for an unknown survey, still readable from other sites', async () => {
    for (const id of ['s_unknown', 'not%20an%20id']) {
      expect(await widgetJson(id)).toEqual({ status: 404, cors: '*', body: { error: `There is no survey ${JSON.stringify(decodeURIComponent(id))}.` } });
    }
  });

  it('answers 409 with the reason when the widget cannot show the survey', async () => {
    const closed = await surveyFixture(test.store, test.workspaceId, widgetSurvey());
    await closeSurvey(test.store, test.workspaceId, closed, new Date());
    const today = new Date().toISOString().slice(0, 10);
    const refusals: [string, string][] = [
      [closed, `The survey closed on ${today}: it takes no more answers.`],
      [await surveyFixture(test.store, test.workspaceId, widgetSurvey({ opensAt: '2099-01-01' })), 'The survey opens on 2099-01-01: it takes no answers yet.'],
      [
        await surveyFixture(test.store, test.workspaceId, widgetSurvey({ channels: ['link', 'email'] })),
        'The survey does not take answers from the on-site widget: its channels (link, email) do not include widget.',
      ],
      [
        await surveyFixture(test.store, test.workspaceId, widgetSurvey({ questions: CUSTOMER_SURVEY.questions.slice(1) })),
        'The survey has no NPS question for the on-site widget to ask.',
      ],
      [
        await surveyFixture(
          test.store,
          test.workspaceId,
          widgetSurvey({ questions: [...CUSTOMER_SURVEY.questions.slice(0, 1), { ...CUSTOMER_SURVEY.questions[1], required: true }] }),
        ),
        'The survey requires an answer to question "q2", which the on-site widget does not ask (it asks the first NPS and text questions).',
      ],
    ];
    for (const [id, error] of refusals) expect(await widgetJson(id), error).toEqual({ status: 409, cors: '*', body: { error } });
  });
});
