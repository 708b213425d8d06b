import { useState } from 'preact/hooks';
import { ApiError, apiSend } from '../../api/client.js';
import { useAction } from '../../api/useAction.js';
import { useApi } from '../../api/useApi.js';
import { DataTable } from '../../components/DataTable.js';
import { Status } from '../../components/Status.js';
import { formatNumber } from '../../i18n/format.js';
import { say, useLanguage, type Words } from '../../i18n/words.js';
import type { PageProps } from '../registry.js';
import { csvHeader } from './csvHeader.js';
import { type ImportChoices, importParameters, uploadType } from './importRequest.js';
import { mayAct } from './roles.js';
import { WorkspaceLine } from './WorkspaceLine.js';

/** GET /api/imports/kinds (docs/api.md, "Imports"). */
interface Catalogue {
  kinds: { kind: string; id: string[]; fields: { name: string; required: boolean; type: string }[] }[];
  tools: { tool: string; kinds: string[]; map: boolean }[];
}

/** The answer of POST /api/imports/:kind, written (200) or refused (422), with what a dry run adds. */
interface ImportReport {
  error?: string;
  kind: string;
  rows: number;
  inserted: number;
  updated: number;
  rejected: { line: number | null; column: string | null; reason: string }[];
  rejectedCount: number;
  adapter?: { notes?: string[] };
  dryRun?: boolean;
  columns?: string[];
  mapping?: { field: string; required: boolean; column: string | null; missing: boolean }[];
  preview?: Record<string, string | null>[];
}

/** An import sent: its report, and the API's sentence when it refused the file (nothing written). */
interface Outcome {
  report: ImportReport;
  refusal: string | undefined;
}

const WORDS = {
  title: { en: 'Import data', fr: 'Importer des données' },
  needs: {
    en: 'Only editors and admins of the workspace may import: ask an admin for the editor role.',
    fr: "Seuls les éditeurs et administrateurs de l'espace de travail peuvent importer : demandez le rôle d'éditeur à un administrateur.",
  },
  file: { en: 'File', fr: 'Fichier' },
  kind: { en: 'What the file holds', fr: 'Ce que contient le fichier' },
  tool: { en: 'Exported from', fr: 'Exporté de' },
  ownCsv: { en: 'A CSV of Baromètre’s columns', fr: 'Un CSV aux colonnes de Baromètre' },
  columns: { en: 'Which column holds each answer', fr: 'Quelle colonne porte chaque réponse' },
  columnsHelp: {
    en: 'Left on “detect”, the questions are recognised by their wording; choose a column where that fails.',
    fr: 'Laissées sur « détecter », les questions sont reconnues à leur libellé ; choisissez une colonne là où cela échoue.',
  },
  detect: { en: 'Detect', fr: 'Détecter' },
  leaveOut: { en: 'None (leave out)', fr: 'Aucune (ignorer)' },
  check: { en: 'Check the file', fr: 'Vérifier le fichier' },
  checkTitle: { en: 'Step 1: what the file gives', fr: 'Étape 1 : ce que donne le fichier' },
  resultTitle: { en: 'Step 2: the import', fr: 'Étape 2 : l’import' },
  rows: { en: 'rows read', fr: 'lignes lues' },
  wouldInsert: { en: 'would be added', fr: 'seraient ajoutées' },
  wouldUpdate: { en: 'would replace rows already there', fr: 'remplaceraient des lignes existantes' },
  inserted: { en: 'added', fr: 'ajoutées' },
  updated: { en: 'replaced rows already there', fr: 'ont remplacé des lignes existantes' },
  rejectedCount: { en: 'rejected', fr: 'rejetées' },
  nothingWritten: { en: 'Nothing was written.', fr: 'Rien n’a été écrit.' },
  mapping: { en: 'Where each field is read', fr: 'Où chaque champ est lu' },
  field: { en: 'Field', fr: 'Champ' },
  required: { en: 'Required', fr: 'Obligatoire' },
  yes: { en: 'yes', fr: 'oui' },
  no: { en: 'no', fr: 'non' },
  column: { en: 'Column', fr: 'Colonne' },
  missing: { en: 'Missing: no column gives it', fr: 'Manquant : aucune colonne ne le donne' },
  made: { en: '(made by the tool’s reader, or not given)', fr: '(fait par le lecteur de l’outil, ou non fourni)' },
  absent: { en: '(not in the file)', fr: '(absent du fichier)' },
  preview: { en: 'The first rows, as they would be stored', fr: 'Les premières lignes, telles qu’elles seraient enregistrées' },
  rejected: { en: 'Rejected rows', fr: 'Lignes rejetées' },
  firstHundred: { en: 'the first 100 are listed', fr: 'les 100 premières sont listées' },
  line: { en: 'Line', fr: 'Ligne' },
  reason: { en: 'Reason', fr: 'Raison' },
  notes: { en: 'Notes of the reader', fr: 'Remarques du lecteur' },
  skipInvalid: { en: 'Import the valid rows and skip the rejected ones', fr: 'Importer les lignes valides et ignorer les rejetées' },
  import: { en: 'Import', fr: 'Importer' },
  done: { en: 'Imported.', fr: 'Importé.' },
} satisfies Record<string, Words>;

/** The kinds' names (docs/imports.md); an unknown one is shown as the API spells it. */
const KINDS: Record<string, Words> = {
  customers: { en: 'Customers', fr: 'Clients' },
  orders: { en: 'Orders', fr: 'Commandes' },
  responses: { en: 'Survey answers', fr: "Réponses d'enquête" },
  events: { en: 'Website events', fr: 'Événements du site' },
  posts: { en: 'Social posts', fr: 'Publications sociales' },
  mentions: { en: 'Mentions and reviews', fr: 'Mentions et avis' },
  audits: { en: 'Store visits', fr: 'Visites en magasin' },
};

/** The tools' names as their makers write them. */
const TOOLS: Record<string, string> = {
  shopify: 'Shopify',
  stripe: 'Stripe',
  'google-forms': 'Google Forms',
  qualtrics: 'Qualtrics',
  surveymonkey: 'SurveyMonkey',
  typeform: 'Typeform',
  ga4: 'Google Analytics 4',
};

/** The values of a field's select: detected by the tool, left out, or read from a column (its name after the prefix). */
const DETECT = 'detect';
const LEAVE_OUT = 'none';
const COLUMN = 'column:';

/** The select's value for a field of `map`. */
function choiceOf(map: Record<string, string>, field: string): string {
  const column = map[field];
  return column === undefined ? DETECT : column === '' ? LEAVE_OUT : `${COLUMN}${column}`;
}

/** `map` with a field's select set to `choice`: detection takes the field out of it. */
function withChoice(map: Record<string, string>, field: string, choice: string): Record<string, string> {
  const { [field]: _, ...others } = map;
  if (choice === DETECT) return others;
  return { ...others, [field]: choice === LEAVE_OUT ? '' : choice.slice(COLUMN.length) };
}

/** How many bytes of the file are read to find its header row. */
const HEADER_BYTES = 65_536;

/**
 * The import page: the kind, the tool it was exported from, the file; step 1 checks it with a
 * dry run (the mapping of each field, the first rows, the rows it would add or replace and the
 * bad rows at their lines), step 2 imports it (optionally skipping the bad rows) and shows what
 * was written, or the bad rows of a refused file. A survey tool's fields can be mapped to the
 * file's columns. Only editors and admins see the form.
 */
export function ImportPage({ me, workspace }: PageProps) {
  const language = useLanguage();
  const catalogue = useApi<Catalogue>('/api/imports/kinds', { workspace });
  const [kind, setKind] = useState('orders');
  const [tool, setTool] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileColumns, setFileColumns] = useState<string[]>([]);
  const [map, setMap] = useState<Record<string, string>>({});
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [check, setCheck] = useState<Outcome | undefined>(undefined);
  const [result, setResult] = useState<Outcome | undefined>(undefined);
  const action = useAction();
  const mayImport = mayAct(me, workspace, 'editor');
  const kinds = catalogue.data?.kinds ?? [];
  const tools = (catalogue.data?.tools ?? []).filter((one) => one.kinds.includes(kind));
  const takesMap = tools.find((one) => one.tool === tool)?.map ?? false;
  const fields = kinds.find((one) => one.kind === kind)?.fields ?? [];
  const columns = check?.report.columns ?? fileColumns;

  /** Forgets the check and the result, which no longer describe the form. */
  const changed = () => {
    setCheck(undefined);
    setResult(undefined);
    action.clear();
  };
  const chooseFile = async (chosen: File | null) => {
    changed();
    setFile(chosen);
    setFileColumns(chosen === null ? [] : csvHeader(await chosen.slice(0, HEADER_BYTES).text()));
  };
  /** Sends the file, checked only or for real; a 422 is an outcome (the refused file's report), any other refusal the action's error. */
  const upload = (dryRun: boolean) =>
    action.run(async (): Promise<Outcome> => {
      const chosen = file!;
      const choices: ImportChoices = { workspace, kind, tool, map, skipInvalid };
      try {
        const body = await chosen.arrayBuffer();
        const report = await apiSend<ImportReport>(
          'POST',
          `/api/imports/${encodeURIComponent(kind)}`,
          importParameters(choices, chosen.name, takesMap, dryRun),
          body,
          uploadType(chosen),
        );
        return { report, refusal: undefined };
      } catch (error) {
        if (error instanceof ApiError && error.status === 422 && typeof error.body === 'object' && error.body !== null)
          return { report: error.body as ImportReport, refusal: error.message };
        throw error;
      }
    });
  const onCheck = async (event: Event) => {
    event.preventDefault();
    changed();
    setCheck(await upload(true));
  };
  const onImport = async () => {
    setResult(undefined);
    setResult(await upload(false));
  };

  return (
    <>
      <h1>{say(WORDS.title, language)}</h1>
      <WorkspaceLine me={me} workspace={workspace} needs={mayImport ? undefined : WORDS.needs} />
      <Status loading={catalogue.loading} error={catalogue.error} />
      {mayImport && catalogue.data !== undefined && (
        <form class="panel data-form" onSubmit={onCheck}>
          <label>
            {say(WORDS.kind, language)}
            <select
              value={kind}
              onChange={(event) => {
                changed();
                setKind(event.currentTarget.value);
                setTool('');
                setMap({});
              }}
            >
              {kinds.map((one) => (
                <option key={one.kind} value={one.kind}>
                  {KINDS[one.kind] === undefined ? one.kind : say(KINDS[one.kind]!, language)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {say(WORDS.tool, language)}
            <select
              value={tool}
              onChange={(event) => {
                changed();
                setTool(event.currentTarget.value);
                setMap({});
              }}
            >
              <option value="">{say(WORDS.ownCsv, language)}</option>
              {tools.map((one) => (
                <option key={one.tool} value={one.tool}>
                  {TOOLS[one.tool] ?? one.tool}
                </option>
              ))}
            </select>
          </label>
          <label>
            {say(WORDS.file, language)}
            <input type="file" accept=".csv,text/csv" onChange={(event) => chooseFile(event.currentTarget.files?.[0] ?? null)} />
          </label>
          {takesMap && columns.length > 0 && (
            <fieldset class="mapping">
              <legend>{say(WORDS.columns, language)}</legend>
              <p class="note">{say(WORDS.columnsHelp, language)}</p>
              {fields.map((field) => (
                <label key={field.name}>
                  <code>{field.name}</code>
                  <select
                    value={choiceOf(map, field.name)}
                    onChange={(event) => {
                      changed();
                      setMap(withChoice(map, field.name, event.currentTarget.value));
                    }}
                  >
                    <option value={DETECT}>{say(WORDS.detect, language)}</option>
                    <option value={LEAVE_OUT}>{say(WORDS.leaveOut, language)}</option>
                    {columns.map((column) => (
                      <option key={column} value={`${COLUMN}${column}`}>
                        {column}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          )}
          <p>
            <button type="submit" disabled={file === null || action.busy}>
              {say(WORDS.check, language)}
            </button>
          </p>
        </form>
      )}
      <Status loading={action.busy} error={action.error} />
      {check !== undefined && (
        <section aria-labelledby="import-check">
          <h2 id="import-check">{say(WORDS.checkTitle, language)}</h2>
          <ImportOutcome outcome={check} />
          <MappingTable report={check.report} />
          <PreviewTable report={check.report} />
          {check.report.rows > 0 && (result === undefined || result.refusal !== undefined) && (
            <div class="panel">
              {check.report.rejectedCount > 0 && (
                <label class="inline">
                  <input type="checkbox" checked={skipInvalid} onChange={(event) => setSkipInvalid(event.currentTarget.checked)} />{' '}
                  {say(WORDS.skipInvalid, language)}
                </label>
              )}
              <p>
                <button type="button" class="primary" disabled={action.busy} onClick={onImport}>
                  {say(WORDS.import, language)}
                </button>
              </p>
            </div>
          )}
        </section>
      )}
      {result !== undefined && (
        <section aria-labelledby="import-result">
          <h2 id="import-result">{say(WORDS.resultTitle, language)}</h2>
          {result.refusal === undefined && (
            <p role="status" class="done">
              {say(WORDS.done, language)}
            </p>
          )}
          <ImportOutcome outcome={result} />
        </section>
      )}
    </>
  );
}

/** An import's counts, its refusal (announced) with "nothing written", the reader's notes and the rejected rows at their lines. */
function ImportOutcome({ outcome }: { outcome: Outcome }) {
  const language = useLanguage();
  const { report, refusal } = outcome;
  const dry = report.dryRun === true;
  const count = (value: number, words: Words) => `${formatNumber(value, language, 0)} ${say(words, language)}`;
  return (
    <>
      {refusal !== undefined && (
        <p class="error" role="alert">
          {refusal} {!dry && say(WORDS.nothingWritten, language)}
        </p>
      )}
      <ul class="counts">
        <li>{count(report.rows, WORDS.rows)}</li>
        <li>{count(report.inserted, dry ? WORDS.wouldInsert : WORDS.inserted)}</li>
        <li>{count(report.updated, dry ? WORDS.wouldUpdate : WORDS.updated)}</li>
        <li>{count(report.rejectedCount, WORDS.rejectedCount)}</li>
      </ul>
      {(report.adapter?.notes ?? []).length > 0 && (
        <details>
          <summary>{say(WORDS.notes, language)}</summary>
          <ul>
            {report.adapter!.notes!.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      )}
      {report.rejected.length > 0 && (
        <DataTable
          caption={`${say(WORDS.rejected, language)}${report.rejectedCount > report.rejected.length ? ` (${say(WORDS.firstHundred, language)})` : ''}`}
          columns={[
            { heading: say(WORDS.line, language), numeric: true, cell: (row) => (row.line === null ? '' : formatNumber(row.line, language, 0)) },
            { heading: say(WORDS.column, language), cell: (row) => row.column ?? '' },
            { heading: say(WORDS.reason, language), cell: (row) => row.reason },
          ]}
          rows={report.rejected.map((row, index) => ({ ...row, index }))}
          rowKey={(row) => String(row.index)}
        />
      )}
    </>
  );
}

/** Each field of the kind, whether it is required, and the column it is read from; a required field nothing gives is flagged. */
function MappingTable({ report }: { report: ImportReport }) {
  const language = useLanguage();
  if (report.mapping === undefined) return null;
  return (
    <DataTable
      caption={say(WORDS.mapping, language)}
      columns={[
        { heading: say(WORDS.field, language), cell: (row) => <code>{row.field}</code> },
        { heading: say(WORDS.required, language), cell: (row) => say(row.required ? WORDS.yes : WORDS.no, language) },
        {
          heading: say(WORDS.column, language),
          cell: (row) =>
            row.missing ? (
              <span class="badge badge-warning">{say(WORDS.missing, language)}</span>
            ) : row.column === null ? (
              <span class="note">{say(report.adapter === undefined ? WORDS.absent : WORDS.made, language)}</span>
            ) : (
              row.column
            ),
        },
      ]}
      rows={report.mapping}
      rowKey={(row) => row.field}
    />
  );
}

/** The first rows as the import reads them, in a region that scrolls sideways (reachable by keyboard). */
function PreviewTable({ report }: { report: ImportReport }) {
  const language = useLanguage();
  const rows = report.preview ?? [];
  if (rows.length === 0) return null;
  const fields = report.mapping?.map((one) => one.field) ?? Object.keys(rows[0]!);
  const caption = say(WORDS.preview, language);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard (WCAG 2.1.1).
    <section class="scroll" aria-label={caption} tabIndex={0}>
      <DataTable
        caption={caption}
        columns={fields.map((field) => ({ heading: field, cell: (row: { values: Record<string, string | null> }) => row.values[field] ?? '' }))}
        rows={rows.map((values, index) => ({ values, index }))}
        rowKey={(row) => String(row.index)}
      />
    </section>
  );
}
