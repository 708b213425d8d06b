import { UsageError } from '../../errors/errors.js';

/** A field name --map accepts: a contract column, or a new attribute. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Reads the `--map FIELD=TEXT` flags: the field before the first `=`, the column or question
 * text after it (which may hold `=` itself). `--map comment=` (nothing after `=`) says the
 * survey has no such column.
 *
 * @example parseFieldMap(['nps=Quelle est la probabilité…', 'comment=']) // { nps: 'Quelle est la probabilité…', comment: '' }
 * @throws UsageError naming the flag, for one without `=`, with a bad field name, or given twice.
 */
export function parseFieldMap(flags: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const flag of flags) {
    const equals = flag.indexOf('=');
    const field = equals === -1 ? '' : flag.slice(0, equals).trim();
    if (equals === -1 || !FIELD_NAME.test(field)) {
      throw new UsageError(`--map ${JSON.stringify(flag)} is not FIELD=TEXT (like --map nps="How likely are you to recommend us?").`);
    }
    const key = field.toLowerCase();
    if (key in map) throw new UsageError(`--map ${key} is given twice.`);
    map[key] = flag.slice(equals + 1);
  }
  return map;
}
