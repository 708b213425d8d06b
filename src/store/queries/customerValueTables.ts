import type { Session } from '../Store.js';
import { byteOrderSql } from './dialect.js';
import { DAYS_PER_UNIT, rfmSummarySql, type TimeUnit } from './rfmSummary.js';

/**
 * What the customer-value models need from a customer base, grouped in SQL so that only the
 * distinct patterns reach JavaScript: the purchase models' distinct (x, t_x, T) and the spend
 * model's distinct (repeat days averaged, monetary value), each with the number of customers
 * who have it (the likelihoods are weighted sums over them; docs/clv.md).
 */
export interface StagedRfmPatterns {
  /** Distinct (frequency, recency, age), ordered by them; `weight` customers each. */
  purchase: { frequency: number[]; recency: number[]; age: number[]; weight: number[] };
  /** Distinct (spend days, monetary value), ordered by them; monetary value null when no repeat day had a positive total. */
  spend: { spendDays: number[]; monetaryValue: (number | null)[]; weight: number[] };
  /** Repeat purchase days with a total of 0 or less, over all customers. */
  excludedSpendDays: number;
  /** Customers with an order up to the end of the period. */
  customers: number;
}

/** One purchase pattern's values, as {@link stageCustomerValues} writes them. */
export interface PurchasePatternValues {
  frequency: readonly number[];
  recency: readonly number[];
  age: readonly number[];
  pAlive: readonly number[];
  expectedPurchases: readonly number[];
  /** Expected purchases over the horizon, each discounted from its period's end (= expectedPurchases without discount). */
  discountedPurchases: readonly number[];
}

/** One spend pattern's expected spend per purchase, as {@link stageCustomerValues} writes it. */
export interface SpendPatternValues {
  spendDays: readonly number[];
  monetaryValue: readonly (number | null)[];
  meanSpend: readonly number[];
}

/**
 * Writes the RFM summary of every customer with an order up to the end of `to` (the summary
 * of `rfmSummary`, in `unit`) to the session's temporary table `rfm_customers`, and returns
 * its distinct purchase and spend patterns with their counts. The temporary tables live on the
 * session's connection: run it, {@link stageCustomerValues} and the reads in one transaction,
 * and {@link dropCustomerValueTables} at the end.
 */
export async function stageRfmPatterns(session: Session, workspaceId: number, to: string, unit: TimeUnit): Promise<StagedRfmPatterns> {
  await dropCustomerValueTables(session);
  await session.execute(
    'create rfm customers',
    `create temp table rfm_customers (customer_id text, frequency integer, recency double precision, age double precision,
  monetary_value double precision, spend_days integer, excluded_days integer, total_spend double precision)`,
  );
  await session.query('stage rfm customers', `insert into rfm_customers ${rfmSummarySql(session.engine)}`, {
    workspace: workspaceId,
    to_day: to,
    days_per_unit: DAYS_PER_UNIT[unit],
  });
  const purchase = await session.queryColumns(
    'rfm purchase patterns',
    `select frequency, recency, age, count(*) as weight from rfm_customers
group by frequency, recency, age order by frequency, recency, age`,
  );
  const spend = await session.queryColumns(
    'rfm spend patterns',
    `select spend_days, monetary_value, count(*) as weight from rfm_customers
group by spend_days, monetary_value order by spend_days, monetary_value`,
  );
  const [totals] = await session.query<{ customers: number; excluded: number | null }>(
    'rfm totals',
    'select count(*) as customers, sum(excluded_days) as excluded from rfm_customers',
  );
  return {
    purchase: {
      frequency: (purchase.frequency ?? []) as number[],
      recency: (purchase.recency ?? []) as number[],
      age: (purchase.age ?? []) as number[],
      weight: (purchase.weight ?? []) as number[],
    },
    spend: {
      spendDays: (spend.spend_days ?? []) as number[],
      monetaryValue: (spend.monetary_value ?? []) as (number | null)[],
      weight: (spend.weight ?? []) as number[],
    },
    excludedSpendDays: totals?.excluded ?? 0,
    customers: totals?.customers ?? 0,
  };
}

/**
 * Writes the values of each purchase and spend pattern to the temporary tables
 * `purchase_values` and `spend_values`, for {@link customerValuesSql} to join to every
 * customer. Numbers travel as JavaScript's shortest round-trip text, so each engine reads back
 * the very same doubles and the joins on (x, t_x, T) and (spend days, monetary value) are exact.
 */
export async function stageCustomerValues(session: Session, purchase: PurchasePatternValues, spend: SpendPatternValues): Promise<void> {
  await session.execute(
    'create pattern values',
    `create temp table purchase_values (frequency integer, recency double precision, age double precision,
  p_alive double precision, expected_purchases double precision, discounted_purchases double precision);
create temp table spend_values (spend_days integer, monetary_value double precision, mean_spend double precision)`,
  );
  const text = (value: number | null) => (value === null ? null : String(value));
  await session.insertRows(
    'purchase_values',
    purchase.frequency.map((x, i) =>
      [x, purchase.recency[i], purchase.age[i], purchase.pAlive[i], purchase.expectedPurchases[i], purchase.discountedPurchases[i]].map((value) =>
        text(value ?? null),
      ),
    ),
  );
  await session.insertRows(
    'spend_values',
    spend.spendDays.map((days, i) => [text(days), text(spend.monetaryValue[i] ?? null), text(spend.meanSpend[i] ?? null)]),
  );
}

/**
 * Every customer's row of `barometre clv` (docs/clv.md) — customer_id, frequency, recency,
 * T, monetaryValue, pAlive, expectedPurchases, expectedSpend (expected purchases × expected
 * spend per purchase) and clv (discounted purchases × expected spend per purchase) — joined in
 * SQL from the staged summary and pattern values, ordered by customer id byte by byte.
 */
export async function readCustomerValues(session: Session): Promise<Record<string, unknown[]>> {
  return session.queryColumns('customer values', `${customerValuesSql()}\norder by ${byteOrderSql(session.engine, 'c.customer_id')}`);
}

/**
 * Writes every customer's values ({@link readCustomerValues}, unordered) to the temporary
 * table `customer_values` without bringing them into JavaScript, and returns how many there are.
 */
export async function writeCustomerValues(session: Session): Promise<number> {
  await session.execute('write customer values', `create temp table customer_values as ${customerValuesSql()}`);
  const [row] = await session.query<{ customers: number }>('count customer values', 'select count(*) as customers from customer_values');
  return row?.customers ?? 0;
}

/** Drops the temporary tables of the customer values (those that exist). */
export async function dropCustomerValueTables(session: Session): Promise<void> {
  await session.execute(
    'drop customer value tables',
    'drop table if exists customer_values; drop table if exists purchase_values; drop table if exists spend_values; drop table if exists rfm_customers',
  );
}

/** The join of every staged customer to the values of their purchase pattern and of their spend pattern. */
function customerValuesSql(): string {
  return `select c.customer_id, c.frequency, c.recency, c.age as "T", c.monetary_value as "monetaryValue",
  p.p_alive as "pAlive", p.expected_purchases as "expectedPurchases",
  p.expected_purchases * s.mean_spend as "expectedSpend", p.discounted_purchases * s.mean_spend as clv
from rfm_customers c
join purchase_values p on p.frequency = c.frequency and p.recency = c.recency and p.age = c.age
-- A customer without a monetary value has no repeat day with a positive total: spend_days is 0, the key 0 stands for null.
join spend_values s on s.spend_days = c.spend_days and coalesce(s.monetary_value, 0) = coalesce(c.monetary_value, 0)`;
}
