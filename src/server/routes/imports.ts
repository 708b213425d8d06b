import { join } from 'node:path';
import type { Context } from 'hono';
import { DataError, UsageError } from '../../errors/errors.js';
import { findAdapter } from '../../importing/adapters/adapters.js';
import { adapterInput } from '../../importing/adapters/importFromTool.js';
import { parseFieldMap } from '../../importing/adapters/parseFieldMap.js';
import { importCatalogue } from '../../importing/importCatalogue.js';
import { importKindSpec } from '../../importing/importFile.js';
import { type FileOrExportOptions, importFileOrExport } from '../../importing/importFileOrExport.js';
import { importReport, refusedFileReport } from '../../importing/importReport.js';
import { type ImportPreview, previewImport } from '../../importing/previewImport.js';
import { withScratchFolder } from '../../store/scratchFolder.js';
import { flagParameter } from '../queryParameters.js';
import type { AppEnv, Route } from '../route.js';
import { saveUploadedBody } from '../uploadedBody.js';

/** The name the uploaded file has in its scratch folder, and in the import's messages. */
const UPLOAD = 'upload';

/** The content types an upload may be sent as. */
const UPLOAD_TYPES = ['text/csv', 'application/octet-stream'];

/** The parameters that only mean something for a tool's export. */
const TOOL_PARAMETERS = ['map', 'dateFormat', 'timezone'] as const;

/**
 * Imports from the web app's upload page (docs/api.md, docs/imports.md): readers list the kinds
 * and tools an upload may be; editors upload a CSV of a kind, or a tool's export, which the
 * same service as `barometre import [--from <tool>] <kind> <file>` loads, answering its
 * `--json` report: 200 when written, 422 when refused (nothing written), 400 for a bad
 * parameter. A dry run writes nothing and adds the file's columns, each field's column and the
 * first rows.
 */
export const importRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/imports/kinds',
    access: 'reader',
    parameters: [],
    async handle(c) {
      return c.json(importCatalogue());
    },
  },
  {
    method: 'POST',
    path: '/api/imports/:kind',
    access: 'editor',
    parameters: ['from', ...TOOL_PARAMETERS, 'skipInvalid', 'dryRun'],
    async handle(c) {
      const request = importRequest(c);
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!UPLOAD_TYPES.includes(type)) {
        return c.json({ error: `The file must be the body, sent as ${UPLOAD_TYPES.join(' or ')}, not ${JSON.stringify(type || 'no content type')}.` }, 415);
      }
      return withScratchFolder('upload', async (folder) => {
        if ((await saveUploadedBody(c.req.raw, join(folder, UPLOAD))) === 0)
          throw new UsageError('The body is empty: send the file as the body of the request.');
        const options = { ...request, file: UPLOAD, cwd: folder, workspaceId: c.get('workspaceId') };
        const shown = options.dryRun ? await previewUnlessRefused(options) : {};
        const dryRun = options.dryRun ? { dryRun: true } : {};
        try {
          const result = await importFileOrExport(c.get('store'), options);
          const report = { ...importReport(result), ...dryRun, ...shown };
          if (result.written) return c.json(report, 200);
          const invalid = `${result.rejectedCount} of the ${result.rows} rows are invalid`;
          const error = `Nothing ${options.dryRun ? 'would be' : 'was'} imported: ${invalid} (fix them, or send skipInvalid=true to import the valid rows).`;
          return c.json({ error, ...report }, 422);
        } catch (error) {
          if (!(error instanceof DataError)) throw error;
          return c.json({ error: error.message, ...refusedFileReport(request.kind, error), ...dryRun, ...shown }, 422);
        }
      });
    },
  },
];

/**
 * The import an upload asks for, from its path and URL parameters, checked before the body
 * is read: the kind, the tool and its hints.
 *
 * @throws UsageError naming the parameter at fault.
 */
function importRequest(c: Context<AppEnv>): Omit<FileOrExportOptions, 'file' | 'workspaceId'> {
  const kind = c.req.param('kind') ?? '';
  importKindSpec(kind);
  const tool = c.req.query('from');
  const request = {
    kind,
    tool,
    map: parseFieldMap(c.req.queries('map') ?? []),
    dateFormat: c.req.query('dateFormat'),
    timezone: c.req.query('timezone'),
    skipInvalid: flagParameter(c.req, 'skipInvalid'),
    dryRun: flagParameter(c.req, 'dryRun'),
  };
  if (tool === undefined) {
    const stray = TOOL_PARAMETERS.find((name) => c.req.query(name) !== undefined);
    if (stray !== undefined) throw new UsageError(`${stray} goes with from=<tool>, for a tool's export; a CSV of the kind is read by its column names.`);
  } else {
    adapterInput(findAdapter(tool, kind), { ...request, file: UPLOAD });
  }
  return request;
}

/** The columns, mapping and first rows of the upload, or nothing when the file cannot be read at all (the import's refusal then says why). */
async function previewUnlessRefused(options: FileOrExportOptions): Promise<ImportPreview | Record<string, never>> {
  try {
    return await previewImport(options);
  } catch (error) {
    if (error instanceof DataError) return {};
    throw error;
  }
}
