import type { Parameters } from '../../api/client.js';

/** What the import page's form says: the kind, the tool (empty for a CSV of the kind), each mapped field's column, and whether to skip bad rows. */
export interface ImportChoices {
  workspace: string;
  kind: string;
  tool: string;
  /** A field's column or question; '' leaves the field out; a field absent is detected by the tool's adapter. */
  map: Record<string, string>;
  skipInvalid: boolean;
}

/** A file's name without its folder and last extension (`NPS 2026.csv` → `NPS 2026`). */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * The URL parameters of POST /api/imports/:kind for the form's choices (docs/api.md, "Imports"):
 * `from` with a tool, `map` pairs only for a tool that takes them (a survey's `survey_id` is the
 * file's name unless chosen, as on the command line), `skipInvalid`, and `dryRun` for the check.
 */
export function importParameters(choices: ImportChoices, fileName: string, toolTakesMap: boolean, dryRun: boolean): Parameters {
  const map = toolTakesMap && choices.tool !== '' ? { survey_id: fileStem(fileName), ...choices.map } : {};
  return {
    workspace: choices.workspace,
    from: choices.tool === '' ? undefined : choices.tool,
    map: Object.entries(map).map(([field, column]) => `${field}=${column}`),
    skipInvalid: choices.skipInvalid ? 'true' : undefined,
    dryRun: dryRun ? 'true' : undefined,
  };
}

/** The content type a file is sent as: `text/csv` for a CSV, else `application/octet-stream` (the two the route takes). */
export function uploadType(file: { name: string; type: string }): string {
  return file.type === 'text/csv' || /\.csv$/i.test(file.name) ? 'text/csv' : 'application/octet-stream';
}
