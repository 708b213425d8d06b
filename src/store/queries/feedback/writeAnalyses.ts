import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toCsv } from '../../../output/toCsv.js';
import type { Session } from '../../Store.js';
import { emptyCopySql } from '../dialect.js';
import type { TextAnalysis } from '../../../feedback/analyseText.js';
import { type FeedbackSourceSpec, textHashSql } from '../../schema/feedbackSources.js';
import type { PendingText } from './pendingTexts.js';
import { withScratchFolder } from '../../scratchFolder.js';

const ANALYSIS_COLUMNS = ['workspace_id', 'source', 'item_id', 'text_hash', 'analysis_version', 'language', 'sentiment', 'score'] as const;
const THEME_COLUMNS = ['workspace_id', 'source', 'item_id', 'theme', 'score', 'excerpt'] as const;

/**
 * Drops, in one pass, the analyses of a source that are out of date — their row gone or
 * blank, their text changed, or computed under another version — and the themes of
 * analyses no longer there. Run once per refresh, before the new batches.
 */
export async function dropOutdatedAnalyses(session: Session, workspaceId: number, spec: FeedbackSourceSpec, version: string): Promise<void> {
  const params = { workspace: workspaceId, source: spec.source, version };
  await session.query(
    'drop outdated analyses',
    `delete from text_analyses
where workspace_id = $workspace and source = $source
  and (analysis_version <> $version or not exists (
    select 1 from ${spec.table} t
    where t.workspace_id = text_analyses.workspace_id and t.${spec.id} = text_analyses.item_id and ${textHashSql(spec)} = text_analyses.text_hash))`,
    params,
  );
  await session.query(
    'drop orphan themes',
    `delete from text_themes
where workspace_id = $workspace and source = $source
  and not exists (
    select 1 from text_analyses a
    where a.workspace_id = text_themes.workspace_id and a.source = text_themes.source and a.item_id = text_themes.item_id)`,
    params,
  );
}

/**
 * Stores a batch of analyses inside the caller's transaction: bulk-loads them (CSV and COPY
 * on both engines) into temporary tables, replaces whatever the store holds for the same
 * texts, and drops the temporary tables. Keys stay unique without a constraint (DuckDB) and
 * without a conflict (PostgreSQL), even if a text changed while the batch was analysed.
 */
export async function writeAnalyses(
  session: Session,
  workspaceId: number,
  spec: FeedbackSourceSpec,
  version: string,
  batch: readonly { text: PendingText; analysis: TextAnalysis }[],
): Promise<void> {
  if (batch.length === 0) return;
  const analyses = batch.map(({ text, analysis }) => ({
    workspace_id: workspaceId,
    source: spec.source,
    item_id: text.itemId,
    text_hash: text.textHash,
    analysis_version: version,
    language: analysis.language,
    sentiment: analysis.sentiment,
    score: analysis.score,
  }));
  const themes = batch.flatMap(({ text, analysis }) =>
    analysis.themes.map((mention) => ({
      workspace_id: workspaceId,
      source: spec.source,
      item_id: text.itemId,
      theme: mention.theme,
      score: mention.score,
      excerpt: mention.excerpt,
    })),
  );
  await withScratchFolder('analyses', async (directory) => {
    await session.execute(
      'stage analyses',
      `${emptyCopySql(session.engine, 'batch_analyses', 'text_analyses')}; ${emptyCopySql(session.engine, 'batch_themes', 'text_themes')}`,
    );
    const analysesPath = join(directory, 'analyses.csv');
    await writeFile(analysesPath, toCsv(analyses, ANALYSIS_COLUMNS));
    await session.copyCsvInto('batch_analyses', ANALYSIS_COLUMNS, analysesPath);
    if (themes.length > 0) {
      const themesPath = join(directory, 'themes.csv');
      await writeFile(themesPath, toCsv(themes, THEME_COLUMNS));
      await session.copyCsvInto('batch_themes', THEME_COLUMNS, themesPath);
    }
    const sameText = (table: string) =>
      `delete from ${table} where workspace_id = $workspace and source = $source
  and exists (select 1 from batch_analyses b where b.workspace_id = ${table}.workspace_id and b.source = ${table}.source and b.item_id = ${table}.item_id)`;
    const params = { workspace: workspaceId, source: spec.source };
    await session.query('replace analyses', sameText('text_analyses'), params);
    await session.query('replace themes', sameText('text_themes'), params);
    await session.execute('insert analyses', 'insert into text_analyses select * from batch_analyses; insert into text_themes select * from batch_themes');
    await session.execute('unstage analyses', 'drop table batch_analyses; drop table batch_themes');
  });
}

const ANALYSIS_TABLES = ['text_analyses', 'text_themes'] as const;

/**
 * Refreshes PostgreSQL's planner statistics of the analysis tables (nothing to do on
 * DuckDB): always after a bulk write in the caller's transaction; with `onlyIfStale`, only
 * for a table never analysed or modified since its last analysis (committed changes; the
 * check costs a catalogue read, an ANALYZE about half a second on 100k analyses).
 */
export async function analyseTables(session: Session, options: { onlyIfStale?: boolean } = {}): Promise<void> {
  if (session.engine !== 'postgres') return;
  let tables: readonly string[] = ANALYSIS_TABLES;
  if (options.onlyIfStale === true) {
    const rows = await session.query<{ relname: string }>(
      'stale analysis statistics',
      `select relname from pg_stat_user_tables
where schemaname = current_schema() and relname in ('text_analyses', 'text_themes')
  and (n_mod_since_analyze > 0 or coalesce(last_analyze, last_autoanalyze) is null)`,
    );
    tables = rows.map((row) => row.relname);
  }
  for (const table of tables) await session.execute(`analyze ${table}`, `analyze ${table}`);
}
