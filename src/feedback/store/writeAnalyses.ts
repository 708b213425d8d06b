import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCsv } from '../../output/toCsv.js';
import type { Session } from '../../store/Store.js';
import type { TextAnalysis } from '../analyseText.js';
import type { FeedbackSourceSpec } from '../feedbackSources.js';
import type { PendingText } from './pendingTexts.js';

const ANALYSIS_COLUMNS = ['workspace_id', 'source', 'item_id', 'text_hash', 'analysis_version', 'language', 'sentiment', 'score'] as const;
const THEME_COLUMNS = ['workspace_id', 'source', 'item_id', 'theme', 'score', 'excerpt'] as const;

/**
 * Stores a batch of analyses, inside the caller's transaction: first drops every analysis of
 * the source that is out of date (its row gone or blank, its text changed, or another
 * analysis version) and the themes of analyses no longer there, then appends the batch
 * through CSV bulk loading (COPY on both engines). Each text of the batch was pending, so
 * its old analysis, if any, is among those dropped: keys stay unique without a constraint.
 */
export async function writeAnalyses(
  session: Session,
  workspaceId: number,
  spec: FeedbackSourceSpec,
  version: string,
  batch: readonly { text: PendingText; analysis: TextAnalysis }[],
): Promise<void> {
  const params = { workspace: workspaceId, source: spec.source, version };
  await session.query(
    'drop outdated analyses',
    `delete from text_analyses
where workspace_id = $workspace and source = $source
  and (analysis_version <> $version or not exists (
    select 1 from ${spec.table} t
    where t.workspace_id = text_analyses.workspace_id and t.${spec.id} = text_analyses.item_id and md5(t.${spec.text}) = text_analyses.text_hash))`,
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
    analysis.themes.map((mention) => ({ workspace_id: workspaceId, source: spec.source, item_id: text.itemId, theme: mention.theme, score: mention.score, excerpt: mention.excerpt })),
  );
  const directory = await mkdtemp(join(tmpdir(), 'barometre-analyses-'));
  try {
    const analysesPath = join(directory, 'analyses.csv');
    await writeFile(analysesPath, toCsv(analyses, ANALYSIS_COLUMNS));
    await session.copyCsvInto('text_analyses', ANALYSIS_COLUMNS, analysesPath);
    if (themes.length > 0) {
      const themesPath = join(directory, 'themes.csv');
      await writeFile(themesPath, toCsv(themes, THEME_COLUMNS));
      await session.copyCsvInto('text_themes', THEME_COLUMNS, themesPath);
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
