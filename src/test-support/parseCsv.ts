/**
 * Reads RFC 4180 CSV text into records keyed by the header's names: quoted fields may hold
 * commas, doubled quotes and line breaks; `\n` and `\r\n` both end a record; a UTF-8 byte-order
 * mark is skipped. It is the independent reader the demo tests use to read the generated files
 * back, so it shares no code with `formatCsv`.
 *
 * @param text the whole file.
 * @returns one record per data row, keyed by the header's names.
 * @throws SyntaxError on a quote inside an unquoted field, text after a closing quote, an
 *   unterminated quoted field, or a row whose field count differs from the header's, naming the line.
 *
 * @example
 * parseCsv('id,text\n1,"a, ""b"""\n'); // [{ id: '1', text: 'a, "b"' }]
 */
export function parseCsv(text: string): Record<string, string>[] {
  const records = parseCsvRows(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const header = records.shift();
  if (header === undefined) return [];
  return records.map(({ fields, line }) => {
    if (fields.length !== header.fields.length) {
      throw new SyntaxError(`CSV line ${line} has ${fields.length} fields but the header has ${header.fields.length}.`);
    }
    const record: Record<string, string> = {};
    header.fields.forEach((name, index) => {
      record[name] = fields[index] ?? '';
    });
    return record;
  });
}

interface RawRow {
  fields: string[];
  /** The 1-based line the row starts on. */
  line: number;
}

function parseCsvRows(text: string): RawRow[] {
  const rows: RawRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  /** Whether the current row has begun (an empty quoted field alone is still a row). */
  let rowStarted = false;
  let i = 0;
  const endField = (): void => {
    fields.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push({ fields, line: rowLine });
    fields = [];
    rowStarted = false;
  };
  while (i < text.length) {
    const char = text[i];
    if (char !== '\n' && char !== '\r') rowStarted = true;
    if (char === '"') {
      if (field !== '') throw new SyntaxError(`CSV line ${line} has a quote inside an unquoted field.`);
      const start = line;
      i += 1;
      for (;;) {
        if (i >= text.length) throw new SyntaxError(`CSV line ${start} has a quoted field that never ends.`);
        const inner = text[i];
        if (inner === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (inner === '\n') line += 1;
        field += inner;
        i += 1;
      }
      const after = text[i];
      if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') {
        throw new SyntaxError(`CSV line ${line} has text after a closing quote.`);
      }
      continue;
    }
    if (char === ',') {
      endField();
      i += 1;
    } else if (char === '\n' || char === '\r') {
      endRow();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      rowLine = line;
    } else {
      field += char;
      i += 1;
    }
  }
  if (rowStarted) endRow();
  return rows;
}
