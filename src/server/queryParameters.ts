import type { Context } from 'hono';
import { UsageError } from '../errors/errors.js';
import { isLanguage, LANGUAGES, type Language } from '../output/language.js';
import type { AppEnv } from './route.js';

/** The URL parameters a route reads every value of (`where=a%3Db&where=c%3Dd`, `map=nps%3DQ5&map=csat%3DQ6`); any other may be given once. */
export const REPEATABLE_PARAMETERS: readonly string[] = ['where', 'map'];

/** The from, to and (repeatable) where URL parameters, as the report and the feedback read them. */
export function periodAndFilters(request: Context<AppEnv>['req']) {
  return { from: request.query('from'), to: request.query('to'), where: request.queries('where') };
}

/** The formats a route that exports answers in: its JSON, a CSV, or an Excel workbook. */
const FORMATS = ['json', 'csv', 'xlsx'] as const;

/** One of {@link FORMATS}. */
export type ResponseFormat = (typeof FORMATS)[number];

/** The `format` URL parameter: json (the default), csv or xlsx; anything else is refused with 400. */
export function responseFormat(request: Context<AppEnv>['req']): ResponseFormat {
  return formatAmong(request, FORMATS);
}

/** The `format` URL parameter of GET /api/report: those of {@link responseFormat}, or html (the report to share); anything else is refused with 400. */
export function reportFormat(request: Context<AppEnv>['req']): ResponseFormat | 'html' {
  return formatAmong(request, [...FORMATS, 'html'] as const);
}

function formatAmong<F extends string>(request: Context<AppEnv>['req'], formats: readonly F[]): F {
  const format = request.query('format') ?? 'json';
  const known = formats.find((candidate) => candidate === format);
  if (known === undefined) throw new UsageError(`format ${JSON.stringify(format)} is not one of ${formats.join(', ')}.`);
  return known;
}

/**
 * The `lang` URL parameter of an export, fr or en (the default: the API speaks English): the
 * language a CSV is written for (French: `;`, decimal commas, a BOM); anything else is refused with 400.
 */
export function exportLanguage(request: Context<AppEnv>['req']): Language {
  const language = request.query('lang') ?? 'en';
  if (!isLanguage(language)) throw new UsageError(`lang ${JSON.stringify(language)} is not one of ${LANGUAGES.join(', ')}.`);
  return language;
}

/**
 * A yes-or-no URL parameter: true for `true` or `1`, false for `false`, `0`, an empty value
 * or none; anything else is refused with 400 naming the parameter.
 */
export function flagParameter(request: Context<AppEnv>['req'], name: string): boolean {
  const value = request.query(name);
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new UsageError(`${name} ${JSON.stringify(value)} is not true, 1, false or 0.`);
}
