import type { Context } from 'hono';
import type { AppEnv } from './route.js';

/** The from, to and (repeatable) where URL parameters, as the report and the feedback read them. */
export function periodAndFilters(request: Context<AppEnv>['req']) {
  return { from: request.query('from'), to: request.query('to'), where: request.queries('where') };
}
