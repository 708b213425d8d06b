import { type ColumnType, IMPORT_KINDS, type ImportKind, KINDS } from '../store/schema/kinds.js';
import { TOOLS, type ToolName } from './adapters/Adapter.js';
import { ADAPTERS, SURVEY_TOOLS } from './adapters/adapters.js';

/** One field of a kind, as a mapping form draws it: its name, whether a file must give it, its type (with its bounds or values) and its default. */
export type CatalogueField = { name: string; required: boolean; default?: string } & ColumnType;

/** What `barometre import` takes, as `GET /api/imports/kinds` answers it (docs/api.md). */
export interface ImportCatalogue {
  kinds: { kind: ImportKind; id: readonly string[]; fields: CatalogueField[] }[];
  /** Each tool of `from`, the kinds its exports give, and whether `map` applies to it (survey tools). */
  tools: { tool: ToolName; kinds: ImportKind[]; map: boolean }[];
}

/**
 * The import kinds with their fields (src/store/schema/kinds.ts) and the tools whose exports
 * the adapters read (src/importing/adapters/adapters.ts), read from those definitions.
 */
export function importCatalogue(): ImportCatalogue {
  return {
    kinds: IMPORT_KINDS.map((kind) => ({
      kind,
      id: KINDS[kind].id,
      fields: KINDS[kind].columns.map((column) => ({
        name: column.name,
        required: column.required,
        ...column.kind,
        ...(column.default === undefined ? {} : { default: column.default }),
      })),
    })),
    tools: TOOLS.map((tool) => ({ tool, kinds: Object.keys(ADAPTERS[tool]) as ImportKind[], map: SURVEY_TOOLS.includes(tool) })),
  };
}
