import { z } from 'zod';
import { SEGMENTS, type Segment } from '../../models/customers/segmentOf.js';
import { calendarDay, decimalNumber, oneOf, parseQuery } from '../queryFields.js';
import { type CustomerValueOptions, PURCHASE_MODELS } from './customerValue.js';

const TIME_UNITS = ['day', 'week'] as const;

const modelOptionsSchema = z.object({
  to: calendarDay.optional(),
  timeUnit: oneOf(TIME_UNITS, (value) => `${value} must be ${TIME_UNITS.join(' or ')}.`).default('day'),
  horizon: decimalNumber.optional(),
  discountRate: decimalNumber.optional(),
  model: oneOf(PURCHASE_MODELS, (value) => `${value} must be ${PURCHASE_MODELS.join(' or ')}.`).default('bgnbd'),
});

const customersQuerySchema = modelOptionsSchema.extend({
  segment: oneOf(SEGMENTS, (value) => `${value} is not one of ${SEGMENTS.join(', ')}.`).optional(),
});

/** The fields of the model settings and of the customer list's query, by their neutral names (URL parameters). */
export const MODEL_OPTION_FIELDS: readonly string[] = Object.keys(modelOptionsSchema.shape);
export const CUSTOMERS_QUERY_FIELDS: readonly string[] = Object.keys(customersQuerySchema.shape);

/** The model settings as flags or URL parameters give them: text, or absent. */
export type ModelOptionsInput = z.input<typeof modelOptionsSchema>;

/** The customer list's settings as flags or URL parameters give them: the model settings and a segment. */
export type CustomersQueryInput = z.input<typeof customersQuerySchema>;

/**
 * Checks the settings of the customer-value models (`barometre clv`, `GET /api/clv`): `to`
 * a calendar day, `timeUnit` day (default) or week, `horizon` and `discountRate` numbers
 * written in decimals, `model` bgnbd (default) or pareto. Their ranges are the models'
 * to check (customerValue).
 *
 * @throws UsageError about the field at fault, worded for the CLI or the API by `wordedFor`.
 * @example parseModelOptions({ timeUnit: 'week', horizon: '26' })
 *   // { timeUnit: 'week', horizon: 26, model: 'bgnbd' }
 */
export function parseModelOptions(input: ModelOptionsInput): CustomerValueOptions {
  return parseQuery(modelOptionsSchema, input);
}

/**
 * Checks the settings of the customer list (`barometre customers`, `GET /api/customers`):
 * those of {@link parseModelOptions} and `segment`, one of the segments or absent for all.
 *
 * @throws UsageError about the field at fault, worded for the CLI or the API by `wordedFor`.
 */
export function parseCustomersQuery(input: CustomersQueryInput): CustomerValueOptions & { segment?: Segment | undefined } {
  return parseQuery(customersQuerySchema, input);
}
