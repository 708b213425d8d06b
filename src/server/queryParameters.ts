import type { Context } from 'hono';
import { modelOptionsFromFlags } from '../services/clv/modelOptions.js';
import type { AppEnv } from './route.js';

/** The from, to and (repeatable) where URL parameters, as the report and the feedback read them. */
export function periodAndFilters(request: Context<AppEnv>['req']) {
  return { from: request.query('from'), to: request.query('to'), where: request.queries('where') };
}

/** The URL parameters of /api/clv and /api/customers, read like the CLI's flags (to, timeUnit, horizon, discountRate, model). */
export function modelOptionsFromQuery(query: Record<string, string>) {
  return modelOptionsFromFlags({ to: query.to, 'time-unit': query.timeUnit, horizon: query.horizon, 'discount-rate': query.discountRate, model: query.model });
}
