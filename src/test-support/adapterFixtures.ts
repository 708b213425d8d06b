import { fileURLToPath } from 'node:url';

/** The path of a fixture of the tool-export adapters (src/collect/adapters/fixtures/). */
export const fixture = (name: string): string => fileURLToPath(new URL(`../collect/adapters/fixtures/${name}`, import.meta.url));

/** A select item reading a timestamp column as text, the same on both engines' test queries. */
export const ts = (column: string): string => `cast(${column} as varchar) as ${column}`;
