import { cors } from 'hono/cors';
import { NotFoundError } from '../../errors/errors.js';
import { cachedSurveyAnywhere } from '../../services/surveys/loadSurvey.js';
import { widgetDescription } from '../../services/surveys/widgetDescription.js';
import type { Route } from '../route.js';

/** CORS for the widget's description alone: the widget reads it from the page of any site, without credentials. */
const widgetCors = cors({ origin: '*', allowMethods: ['GET'] });

/**
 * The on-site widget's route (docs/surveys.md, "On-site widget"): `GET /s/:id/widget.json`,
 * open to anyone, with what the widget shows of the survey (its title, first NPS question and
 * first text question); 404 for an unknown survey, 409 when the widget cannot show it (closed,
 * not open yet, no `widget` channel, no NPS question, another question required).
 */
export const surveyWidgetRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/s/:id/widget.json',
    access: 'anyone',
    before: [widgetCors],
    parameters: [],
    async handle(c) {
      const id = c.req.param('id') ?? '';
      const survey = await cachedSurveyAnywhere(c.get('store'), id);
      if (survey === null) throw new NotFoundError(`There is no survey ${JSON.stringify(id)}.`);
      return c.json(widgetDescription(survey, new Date()));
    },
  },
];
