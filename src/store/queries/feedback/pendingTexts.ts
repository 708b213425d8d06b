import type { Session } from '../../Store.js';
import { type FeedbackSourceSpec, textHashSql } from '../../schema/feedbackSources.js';

/** A text that has no up-to-date analysis. */
export interface PendingText {
  itemId: string;
  text: string;
  /** The hash of the text (and of its writer's population: textHashSql) as the store computes it, kept beside the analysis to spot changes. */
  textHash: string;
  declaredLanguage: string | null;
  /** Who wrote it: `employee` for an employee's answer, else `customer` (mentions too). */
  population: 'customer' | 'employee';
}

/** The rows of a source whose non-blank text has no analysis with the same text hash and version. */
function pendingWhere(spec: FeedbackSourceSpec): string {
  return `from ${spec.table} t
where t.workspace_id = $workspace and t.${spec.text} is not null and trim(t.${spec.text}) <> ''
  and not exists (
    select 1 from text_analyses a
    where a.workspace_id = t.workspace_id and a.source = $source and a.item_id = t.${spec.id}
      and a.text_hash = ${textHashSql(spec)} and a.analysis_version = $version)`;
}

/** Counts the texts of a source that need (re)analysis under `version`: new, changed, or analysed by another version. */
export async function countPendingTexts(session: Session, workspaceId: number, spec: FeedbackSourceSpec, version: string): Promise<number> {
  const [row] = await session.query<{ pending: number }>('pending texts count', `select count(*) as pending ${pendingWhere(spec)}`, {
    workspace: workspaceId,
    source: spec.source,
    version,
  });
  return row?.pending ?? 0;
}

/**
 * Whether a source holds exactly one analysis per non-blank text. With no text pending
 * ({@link countPendingTexts} = 0) every text has its up-to-date analysis, so equal counts
 * mean no other analysis is left (of a text gone, blanked or changed, or of another
 * version) and a refresh has nothing to drop: two counts instead of hashing every text again.
 */
export async function analysesMatchTexts(session: Session, workspaceId: number, spec: FeedbackSourceSpec): Promise<boolean> {
  const [row] = await session.query<{ analyses: number; texts: number }>(
    'analyses and texts count',
    `select (select count(*) from text_analyses where workspace_id = $workspace and source = '${spec.source}') as analyses,
  (select count(*) from ${spec.table} t where t.workspace_id = $workspace and t.${spec.text} is not null and trim(t.${spec.text}) <> '') as texts`,
    { workspace: workspaceId },
  );
  return row !== undefined && Number(row.analyses) === Number(row.texts);
}

/**
 * Reads up to `limit` texts of a source that need (re)analysis, in id order, after the id
 * `after` (keyset paging: each page starts where the last ended; null for the first).
 */
export async function pendingTexts(
  session: Session,
  workspaceId: number,
  spec: FeedbackSourceSpec,
  version: string,
  limit: number,
  after: string | null,
): Promise<PendingText[]> {
  const language = spec.language === null ? 'null' : `t.${spec.language}`;
  const population = spec.population === null ? "'customer'" : `t.${spec.population}`;
  const rows = await session.query<{ item_id: string; text: string; text_hash: string; declared_language: string | null; population: string | null }>(
    'pending texts',
    `select t.${spec.id} as item_id, t.${spec.text} as text, ${textHashSql(spec)} as text_hash, ${language} as declared_language, ${population} as population
${pendingWhere(spec)}${after === null ? '' : `\n  and t.${spec.id} > $after`}
order by t.${spec.id}
limit $limit`,
    { workspace: workspaceId, source: spec.source, version, limit, ...(after === null ? {} : { after }) },
  );
  return rows.map((row) => ({
    itemId: row.item_id,
    text: row.text,
    textHash: row.text_hash,
    declaredLanguage: row.declared_language,
    population: row.population === 'employee' ? 'employee' : 'customer',
  }));
}
