import type { Engine } from '../Store.js';
import type { Migration } from './Migration.js';

/**
 * What the feedback analysis keeps, so the report, the API and the dashboard filter comments
 * by sentiment and theme without recomputing (issue 5, docs/feedback.md):
 *
 * - `text_analyses`: one row per analysed text (a response's comment or a mention's text):
 *   the md5 of the text and the analysis version it was computed with (model, themes and
 *   analyser), so a refresh recomputes only new or changed texts; language, sentiment label
 *   and score.
 * - `text_themes`: one row per theme a text mentions, with the aspect sentiment (the mean
 *   score of the sentences that mention it) and the first such sentence as an excerpt.
 * - `workspace_themes`: the themes and words a workspace adds to the default taxonomy.
 *
 * Keys start with workspace_id (Citus). DuckDB gets no PRIMARY KEY on the two analysis tables:
 * a refresh deletes and re-inserts the same keys in one transaction, which DuckDB's unique
 * index refuses; the refresh keeps them unique itself (src/feedback/refreshAnalyses.ts).
 */
export const textAnalyses: Migration = {
  version: 3,
  name: 'text analyses',
  sql: (engine: Engine) => {
    const key = (columns: string) => (engine === 'duckdb' ? '' : `,\n  primary key (${columns})`);
    return `
create table text_analyses (
  workspace_id integer not null,
  source text not null,
  item_id text not null,
  text_hash text not null,
  analysis_version text not null,
  language text not null,
  sentiment text not null,
  score double precision not null${key('workspace_id, source, item_id')}
);
create table text_themes (
  workspace_id integer not null,
  source text not null,
  item_id text not null,
  theme text not null,
  score double precision not null,
  excerpt text not null${key('workspace_id, source, item_id, theme')}
);
create table workspace_themes (
  workspace_id integer not null,
  theme text not null,
  language text not null,
  term text not null,
  label text,
  primary key (workspace_id, theme, language, term)
);`;
  },
};
