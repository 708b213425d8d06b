import type { Context } from 'hono';
import { UsageError } from '../errors/errors.js';
import type { AppEnv } from './route.js';

/** The URL parameters a route reads every value of (`where=a%3Db&where=c%3Dd`); any other may be given once. */
export const REPEATABLE_PARAMETERS: readonly string[] = ['where'];

/** The from, to and (repeatable) where URL parameters, as the report and the feedback read them. */
export function periodAndFilters(request: Context<AppEnv>['req']) {
  return { from: request.query('from'), to: request.query('to'), where: request.queries('where') };
}

/** The formats a route that lists customers answers in. */
const FORMATS = ['json', 'csv'] as const;

/** The `format` URL parameter: json (the default) or csv; anything else is refused with 400. */
export function responseFormat(request: Context<AppEnv>['req']): (typeof FORMATS)[number] {
  const format = request.query('format') ?? 'json';
  const known = FORMATS.find((candidate) => candidate === format);
  if (known === undefined) throw new UsageError(`format ${JSON.stringify(format)} is not one of ${FORMATS.join(', ')}.`);
  return known;
}
