import type { RfmRow } from './checkRfmRow.js';
import type { FitDiagnostics, FitOptions } from './fitLogParameters.js';
import type { RfmColumns } from './rfmPatterns.js';

/** A purchase model's parameters by name (r, α, a, b for BG/NBD), as the reports list them. */
export type PurchaseParams = Readonly<Record<string, number>>;

/** A purchase model fitted to a customer base by maximum likelihood. */
export interface PurchaseModelFit<P extends PurchaseParams> {
  params: P;
  /** The maximised log-likelihood, summed over customers. */
  logLikelihood: number;
  /** Customers in the fit (sum of the weights). */
  customers: number;
  diagnostics: FitDiagnostics;
}

/**
 * A model of non-contractual repeat purchases, fitted on each customer's (x, t_x, T) and
 * giving, per customer, the probability of still being a customer and the purchases to
 * expect: BG/NBD (bgnbd.ts) and Pareto/NBD (paretoNbd.ts). Times are in the fit's unit.
 */
export interface PurchaseModel<P extends PurchaseParams = PurchaseParams> {
  /** Fits the model to the RFM summary of the calibration period. */
  fit(input: RfmColumns, options?: FitOptions): PurchaseModelFit<P>;
  /** P(alive | x, t_x, T): the probability that the customer is still active at T. */
  probabilityAlive(params: P, customer: RfmRow): number;
  /** E[Y(t) | x, t_x, T]: the customer's expected purchases in (T, T + t]. */
  conditionalExpectedPurchases(params: P, t: number, customer: RfmRow): number;
}
