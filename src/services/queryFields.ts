import { z } from 'zod';
import { fieldError, type Localised, type QueryField } from '../errors/errors.js';
import { BAND_FIELD, type ComparisonOperator, type FieldFilter, NPS_BANDS, ORDERING_OPERATORS } from '../store/queries/rowScope.js';

/**
 * The field schemas the queries of the CLI and the HTTP API are built from (zod). Each
 * refusal's message is the rest of a sentence that starts with the field's name, so
 * {@link parseQuery} can word it for either surface: `--time-unit "year" must be day or week.`
 * on the command line, `timeUnit "year" must be day or week.` in the API.
 */

/** The first and last years a date may fall in: past them a date is a typo, and SQL engines disagree on such timestamps. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

const quoted = (value: unknown): string => JSON.stringify(value);

/**
 * The French wordings of the refusals zod has just made, by their English wording: zod keeps
 * one text per issue, so a refusal gives zod its English and leaves its French here for
 * {@link parseQuery} to take (and clear) at once.
 */
const frenchOfRefusal = new Map<string, string>();

/** Hands zod the English of a refusal worded in both languages, keeping the French for parseQuery. */
function refusal(text: Localised): string {
  frenchOfRefusal.set(text.en, text.fr);
  return text.en;
}

/** A real calendar day written YYYY-MM-DD (2025-02-30 is refused) in the years 1900 to 2200. */
export const calendarDay = z
  .string()
  .refine(isCalendarDay, {
    error: (issue) =>
      refusal({
        en: `${quoted(issue.input)} is not a calendar date written YYYY-MM-DD.`,
        fr: `${quoted(issue.input)} n'est pas une date du calendrier écrite AAAA-MM-JJ.`,
      }),
    abort: true,
  })
  .refine((day) => Number(day.slice(0, 4)) >= FIRST_YEAR && Number(day.slice(0, 4)) <= LAST_YEAR, {
    error: (issue) =>
      refusal({
        en: `${quoted(issue.input)} is not a day of the years ${FIRST_YEAR} to ${LAST_YEAR}.`,
        fr: `${quoted(issue.input)} n'est pas un jour des années ${FIRST_YEAR} à ${LAST_YEAR}.`,
      }),
  });

/** A day given or not: null when not, which means "from the first data" or "to the last data". */
export const optionalDay = calendarDay.optional().transform((day) => day ?? null);

/**
 * A number written in plain decimals: digits, an optional minus sign and decimal point
 * (`52`, `0.01`, `-1`). Hexadecimal (`0x10`), exponents (`1e3`), `Infinity` and the empty
 * text are refused: Number() would take them, a person rarely means them.
 */
export const decimalNumber = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, {
    error: (issue) =>
      refusal({
        en: `${quoted(issue.input)} is not a number written in decimals (like 52 or 0.01).`,
        fr: `${quoted(issue.input)} n'est pas un nombre écrit en décimales (comme 52 ou 0.01).`,
      }),
  })
  .transform(Number);

/** A filter's field, operator and value: the field ends at the first operator (`<=`, `>=`, `!=`, `<`, `>` or `=`). */
const FILTER_PATTERN = /^(.*?)(<=|>=|!=|<|>|=)(.*)$/s;

/** A number a comparison accepts: plain decimals, as {@link decimalNumber} takes them. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Filters (none when absent): FIELD=VALUE, or a comparison FIELD!=VALUE, FIELD<VALUE,
 * FIELD<=VALUE, FIELD>VALUE, FIELD>=VALUE. The field is trimmed and not empty and ends at the
 * first operator; the value is everything after it. `<`, `<=`, `>`, `>=` need a number
 * written in decimals; `band` is one of detractor, passive, promoter and is not ordered. No
 * NUL character anywhere.
 */
export const fieldFilters = z
  .array(
    z.string().transform((text, context): FieldFilter => {
      const refuse = (message: Localised) => {
        context.addIssue({ code: 'custom', input: text, message: refusal(message) });
        return z.NEVER;
      };
      const match = FILTER_PATTERN.exec(text);
      const field = match === null ? '' : match[1]!.trim();
      if (match === null || field === '')
        return refuse({
          en: `${quoted(text)} is not of the form FIELD=VALUE (or FIELD!=VALUE, FIELD<VALUE, FIELD<=VALUE, FIELD>VALUE, FIELD>=VALUE).`,
          fr: `${quoted(text)} n'est pas de la forme CHAMP=VALEUR (ou CHAMP!=VALEUR, CHAMP<VALEUR, CHAMP<=VALEUR, CHAMP>VALEUR, CHAMP>=VALEUR).`,
        });
      if (text.includes('\u0000'))
        // PostgreSQL's text cannot hold a NUL, DuckDB's can: refused here, both engines answer alike.
        return refuse({
          en: `${quoted(text)} holds a NUL character, which no stored value has.`,
          fr: `${quoted(text)} contient un caractère NUL, qu'aucune valeur enregistrée ne contient.`,
        });
      const operator = match[2] as ComparisonOperator;
      const value = match[3]!;
      if (ORDERING_OPERATORS.includes(operator) && field === BAND_FIELD)
        return refuse({
          en: `${quoted(text)}: ${BAND_FIELD} is a name (${NPS_BANDS.join(', ')}), not a number; compare it with = or !=, or compare nps.`,
          fr: `${quoted(text)} : ${BAND_FIELD} est un nom (${NPS_BANDS.join(', ')}), pas un nombre ; comparez-le avec = ou !=, ou comparez nps.`,
        });
      if (ORDERING_OPERATORS.includes(operator) && !DECIMAL.test(value.trim()))
        return refuse({
          en: `${quoted(text)}: ${operator} compares numbers, and ${quoted(value)} is not a number written in decimals (like 6 or 4.5).`,
          fr: `${quoted(text)} : ${operator} compare des nombres, et ${quoted(value)} n'est pas un nombre écrit en décimales (comme 6 ou 4.5).`,
        });
      if (field === BAND_FIELD && !NPS_BANDS.includes(value))
        return refuse({
          en: `${quoted(text)}: the band of an NPS answer is one of ${NPS_BANDS.join(', ')}.`,
          fr: `${quoted(text)} : la tranche d'une réponse NPS est l'une de ${NPS_BANDS.join(', ')}.`,
        });
      return operator === '=' ? { field, value } : { field, operator, value: ORDERING_OPERATORS.includes(operator) ? value.trim() : value };
    }),
  )
  .default([]);

/** A field name (trimmed, not empty), or null when absent. */
export const optionalFieldName = z
  .string()
  .trim()
  .min(1, { error: () => refusal({ en: 'needs a field name.', fr: 'demande un nom de champ.' }) })
  .optional()
  .transform((name) => name ?? null);

/**
 * One of `values`, compared as whole strings (so `constructor` and `__proto__` are never
 * taken for a member); `wording` words the rest of the sentence for another value, in English
 * (French then says the value is not one of `values`) or in both languages.
 */
export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values, wording: (value: string) => string | Localised) {
  return z.string().pipe(
    z.enum(values, {
      error: (issue) => {
        const text = wording(quoted(issue.input));
        return refusal(typeof text === 'string' ? { en: text, fr: `${quoted(issue.input)} n'est pas l'une des valeurs ${values.join(', ')}.` } : text);
      },
    }),
  );
}

/** The longest inactivity window churn accepts, in days: ten years. */
export const MAX_CHURN_WINDOW_DAYS = 3650;

/** An inactivity window for churn (--churn-window): a whole number of days from 1 to {@link MAX_CHURN_WINDOW_DAYS}, or null when absent. */
export const optionalChurnWindow = z
  .string()
  .refine((text) => /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= MAX_CHURN_WINDOW_DAYS, {
    error: (issue) =>
      refusal({
        en: `${quoted(issue.input)} must be a whole number of days from 1 to ${MAX_CHURN_WINDOW_DAYS}.`,
        fr: `${quoted(issue.input)} doit être un nombre entier de jours de 1 à ${MAX_CHURN_WINDOW_DAYS}.`,
      }),
  })
  .optional()
  .transform((text) => (text === undefined ? null : Number(text)));

/**
 * A whole number from `min` to `max` written in digits (a URL's text or a flag's), or
 * `fallback` when absent.
 */
export function wholeNumberFrom(min: number, max: number, fallback: number) {
  return z
    .string()
    .refine((text) => /^\d{1,10}$/.test(text) && Number(text) >= min && Number(text) <= max, {
      error: (issue) =>
        refusal({
          en: `${quoted(issue.input)} must be a whole number from ${min} to ${max}.`,
          fr: `${quoted(issue.input)} doit être un nombre entier de ${min} à ${max}.`,
        }),
    })
    .optional()
    .transform((text) => (text === undefined ? fallback : Number(text)));
}

/** The purchase models churn can be judged by (--churn-model): BG/NBD, the customer-value model (docs/clv.md). */
export const CHURN_MODELS = ['bgnbd'] as const;

/** A purchase model churn is judged by. */
export type ChurnModel = (typeof CHURN_MODELS)[number];

/**
 * Churn judged by a purchase model (--churn-model): the command line's switch, or in a URL
 * `bgnbd`, `true` or `1` for BG/NBD and `false`, `0` or nothing for none; absent when none.
 */
export const optionalChurnModel = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((value, context): ChurnModel | undefined => {
    if (value === true || value === 'true' || value === '1' || value === 'bgnbd') return 'bgnbd';
    if (value === undefined || value === false || value === 'false' || value === '0' || value === '') return undefined;
    context.addIssue({
      code: 'custom',
      input: value,
      message: refusal({ en: `${quoted(value)} must be bgnbd, true or false.`, fr: `${quoted(value)} doit être bgnbd, true ou false.` }),
    });
    return z.NEVER;
  });

/** The calendar units a report's series is cut into (ISO weeks, calendar months, UTC). */
export const SERIES_INTERVALS = ['day', 'week', 'month'] as const;

/** The unit of a report's series: a calendar day, an ISO week (Monday to Sunday) or a calendar month. */
export type SeriesInterval = (typeof SERIES_INTERVALS)[number];

/** day, week or month, or absent (no series). */
export const optionalSeriesInterval = oneOf(SERIES_INTERVALS, (value) => ({
  en: `${value} must be day, week or month.`,
  fr: `${value} doit être day, week ou month.`,
})).optional();

/**
 * The period a report is compared with: the same number of days just before it, the same
 * dates one year earlier, or two calendar days given.
 */
export type ComparePeriod = { kind: 'previous' } | { kind: 'year' } | { kind: 'range'; from: string; to: string };

/** `previous`, `year` or FROM..TO (two calendar days, FROM ≤ TO), or absent (no comparison). */
export const optionalComparePeriod = z
  .string()
  .transform((text, context): ComparePeriod => {
    if (text === 'previous' || text === 'year') return { kind: text };
    const [from, to, ...rest] = text.split('..');
    if (from === undefined || to === undefined || rest.length > 0 || !isAcceptedDay(from) || !isAcceptedDay(to)) {
      context.addIssue({
        code: 'custom',
        input: text,
        message: refusal({
          en: `${quoted(text)} must be previous, year or two calendar days FROM..TO written YYYY-MM-DD..YYYY-MM-DD.`,
          fr: `${quoted(text)} doit être previous, year ou deux jours du calendrier DU..AU écrits AAAA-MM-JJ..AAAA-MM-JJ.`,
        }),
      });
      return z.NEVER;
    }
    if (from > to) {
      context.addIssue({
        code: 'custom',
        input: text,
        message: refusal({
          en: `${quoted(text)} ends on ${to}, before it starts on ${from}.`,
          fr: `${quoted(text)} finit le ${to}, avant de commencer le ${from}.`,
        }),
      });
      return z.NEVER;
    }
    return { kind: 'range', from, to };
  })
  .optional();

/** The from, to and where a period of data is chosen by (report, feedback). */
export const periodFields = { from: optionalDay, to: optionalDay, where: fieldFilters };

/**
 * Checks `input` against `schema` and returns what it makes of it.
 *
 * @throws UsageError (from {@link fieldError}) about the first field refused, worded for either surface.
 */
export function parseQuery<Schema extends z.ZodType>(schema: Schema, input: z.input<Schema>): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path[0] as QueryField;
  const french = frenchOfRefusal.get(issue.message) ?? issue.message;
  frenchOfRefusal.clear();
  throw fieldError(field, { en: (name) => `${name(field)} ${issue.message}`, fr: (name) => `${name(field)} ${french}` });
}

/**
 * Refuses a period that ends before it starts.
 *
 * @throws UsageError naming both days.
 */
export function refuseBackwardsPeriod({ from, to }: { from: string | null; to: string | null }): void {
  if (from !== null && to !== null && from > to) {
    throw fieldError('from', {
      en: (name) => `${name('from')} ${from} is after ${name('to')} ${to}.`,
      fr: (name) => `${name('from')} ${from} est après ${name('to')} ${to}.`,
    });
  }
}

/** Whether `text` is a calendar day written YYYY-MM-DD in the years FIRST_YEAR to LAST_YEAR, as {@link calendarDay} accepts. */
function isAcceptedDay(text: string): boolean {
  return isCalendarDay(text) && Number(text.slice(0, 4)) >= FIRST_YEAR && Number(text.slice(0, 4)) <= LAST_YEAR;
}

/** Whether `text` is a real calendar day written YYYY-MM-DD. */
function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.toISOString().slice(0, 10) === text;
}
