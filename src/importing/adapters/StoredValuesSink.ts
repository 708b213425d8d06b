import type { CanonicalLayout, CanonicalRow, CanonicalSink, StoredRules } from './Adapter.js';
import type { AdapterReporter } from './AdapterReporter.js';
import type { StoredCustomer } from './storedCustomers.js';

/**
 * Passes canonical rows on to another sink, and for an export that carries only part of a
 * customer (its layout has `keepStored`) first combines each row with the customer stored
 * under the same id: the import replaces whole rows, so without this a Stripe subscriptions
 * import would blank the email and metadata a customers import wrote, and the customers
 * import the churned_at of the subscriptions. Stored attributes the export has no column for
 * are kept as extra columns.
 */
export class StoredValuesSink implements CanonicalSink {
  private stored = new Map<string, StoredCustomer>();
  private rules: StoredRules | undefined;
  private extraColumns: string[] = [];
  private combined = 0;

  constructor(
    private readonly inner: CanonicalSink,
    private readonly load: () => Promise<Map<string, StoredCustomer>>,
    private readonly reporter: AdapterReporter,
  ) {}

  async start(layout: CanonicalLayout): Promise<void> {
    this.rules = layout.keepStored;
    if (!this.rules) return this.inner.start(layout);
    this.stored = await this.load();
    const present = new Set(layout.columns);
    const ruled = Object.keys(this.rules).filter((column) => !present.has(column));
    const attributeKeys = new Set<string>();
    for (const customer of this.stored.values()) for (const key of Object.keys(customer.attributes)) attributeKeys.add(key);
    this.extraColumns = [...ruled, ...[...attributeKeys].filter((key) => !present.has(key) && !ruled.includes(key)).sort()];
    await this.inner.start({ ...layout, columns: [...layout.columns, ...this.extraColumns] });
  }

  async write(row: CanonicalRow, sourceLine: number): Promise<void> {
    const stored = this.rules ? this.stored.get(row.customer_id?.trim() ?? '') : undefined;
    if (!this.rules || !stored) return this.inner.write(row, sourceLine);
    const merged: Record<string, string | null | undefined> = { ...row };
    for (const [column, rule] of Object.entries(this.rules) as [keyof StoredRules, 'earliest' | 'fill'][]) {
      const mine = row[column] ?? '';
      const theirs = stored[column];
      if (theirs === null || theirs === undefined) continue;
      if (rule === 'fill' && mine === '') merged[column] = theirs;
      // An export value that is no date stays, for the import to report.
      if (rule === 'earliest' && (mine === '' || Date.parse(theirs) < Date.parse(mine))) merged[column] = theirs;
    }
    for (const key of this.extraColumns) if (key in stored.attributes) merged[key] = stored.attributes[key];
    this.combined++;
    await this.inner.write(merged, sourceLine);
  }

  /** Says how many rows met a stored customer (call once the export is read). */
  finish(): void {
    if (this.combined > 0) {
      this.reporter.note(
        `${this.combined} customer${this.combined > 1 ? 's were' : ' was'} already stored: each keeps its earlier created_at, and the email, churned_at and attributes this export does not give.`,
      );
    }
  }
}
