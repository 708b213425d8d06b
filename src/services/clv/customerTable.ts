import type { Segment } from '../../models/customers/segmentOf.js';
import type { Table, TableRow } from '../../output/table.js';
import { customerContacts } from '../../store/queries/customerContacts.js';
import type { Store } from '../../store/Store.js';
import { CLV_COLUMNS, type CustomerValueOptions, type CustomerValueReport, observationEnd } from './customerValue.js';
import { CUSTOMER_COLUMNS, type CustomerList } from './listCustomers.js';

/** The columns the at-risk list adds for whoever calls the customers: how to reach them and what they last wrote. */
export const AT_RISK_COLUMNS = ['email', 'lastComment'] as const;

/**
 * The customer list as a table for an export (CSV or XLSX), with the columns of
 * `barometre customers --csv`. The at-risk list (`segment` at-risk) is a call list: it adds
 * each customer's e-mail address when known and last comment up to the period's end, and is
 * sorted by value at risk — the customer's CLV, the expected spend lost if they leave —
 * largest first, customers without a CLV last.
 */
export async function customerTable(
  store: Store,
  workspaceId: number,
  list: CustomerList,
  options: CustomerValueOptions & { segment?: Segment | undefined },
): Promise<Table> {
  if (options.segment !== 'at-risk') return { name: 'customers', columns: [...CUSTOMER_COLUMNS], rows: list.customers.map((customer) => ({ ...customer })) };
  const contacts = await customerContacts(store, workspaceId, await observationEnd(store, workspaceId, options.to));
  const byValue = [...list.customers].sort((a, b) => (a.clv === null ? (b.clv === null ? 0 : 1) : b.clv === null ? -1 : b.clv - a.clv));
  const called: TableRow[] = byValue.map((customer) => {
    const contact = contacts.get(customer.customer_id);
    return { ...customer, email: contact?.email ?? null, lastComment: contact?.lastComment ?? null };
  });
  return { name: 'at-risk', columns: [...CUSTOMER_COLUMNS, ...AT_RISK_COLUMNS], rows: called };
}

/** The customer-value run as a table for an export: one row per customer with the columns of `barometre clv --csv`. */
export function clvTable(result: CustomerValueReport): Table {
  return { name: 'clv', columns: [...CLV_COLUMNS], rows: result.customers.map((customer) => ({ ...customer })) };
}
