import type { Engine } from '../Store.js';

/** One versioned step of the schema; applied once, in version order, inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  /** The DDL for an engine: shared text with the dialects' differences spelled out inline. */
  sql: (engine: Engine) => string;
}
