/**
 * The instants a stored date may hold, first and last included (the import refuses the
 * others). Wide enough for any customer history or plan; narrow enough that a report's
 * bounds stay four-digit years that DuckDB and PostgreSQL both parse, and that a typo
 * like 9999-12-31 is caught at the door.
 */
export const DATE_RANGE = { first: '1900-01-01T00:00:00Z', last: '2200-12-31T23:59:59Z' } as const;
