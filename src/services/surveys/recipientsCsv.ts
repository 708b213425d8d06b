import { CsvError, parse } from 'csv-parse/sync';
import { UsageError } from '../../errors/errors.js';
import { parseRecipients, type Recipient } from './invitations.js';

/** The columns of a recipients CSV the invitation takes as its own; every other column is an attribute. */
const OWN_COLUMNS = ['email', 'customer_id', 'language'];

/**
 * The recipients of a CSV body (`email,customer_id,language,<attribute columns…>`, any order,
 * `email` or `customer_id` required in the header), checked as {@link parseRecipients} checks
 * the JSON list: an empty cell is a value not given, every other column an attribute (text).
 * A refusal names the line (1 is the header) and the field as the JSON list would (`recipients[0]` is line 2).
 *
 * @throws UsageError naming the line and field at fault
 */
export function parseRecipientsCsv(text: string): Recipient[] {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) throw new UsageError(`The CSV body cannot be read: ${error.message.replace(/\.$/, '')}.`);
    throw error;
  }
  const [header, ...records] = rows;
  if (header === undefined) throw new UsageError('The CSV body is empty: send a header line (email,customer_id,language,…) and one line per recipient.');
  if (!header.includes('email') && !header.includes('customer_id')) {
    throw new UsageError(`The CSV header ${JSON.stringify(header.join(',').slice(0, 80))} has neither an email nor a customer_id column.`);
  }
  const recipients = records.map((fields) => {
    const recipient: Record<string, unknown> = {};
    const attributes: Record<string, string> = {};
    header.forEach((column, index) => {
      const value = fields[index] ?? '';
      if (value === '') return;
      if (OWN_COLUMNS.includes(column)) recipient[column] = value;
      else attributes[column] = value;
    });
    if (Object.keys(attributes).length > 0) recipient.attributes = attributes;
    return recipient;
  });
  try {
    return parseRecipients({ recipients });
  } catch (error) {
    const at = error instanceof UsageError ? /^recipients\[(\d+)\]/.exec(error.message) : null;
    if (at === null) throw error;
    throw new UsageError(`Line ${Number(at[1]) + 2}: ${(error as UsageError).message}`);
  }
}
