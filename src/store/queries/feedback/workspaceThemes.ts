import type { Session } from '../../Store.js';
import type { ThemeDefinition } from '../../../feedback/themes/themeDefinitions.js';
import { compareText } from '../../../output/compareText.js';
import type { Language } from '../../../output/language.js';

/**
 * Reads the themes and words a workspace added (`barometre themes add`), one definition per
 * theme id, ids and terms in code-point order so the analysis version does not depend on
 * the engine's row order. A theme without a label is labelled with its id.
 */
export async function loadWorkspaceThemes(session: Session, workspaceId: number): Promise<ThemeDefinition[]> {
  const rows = await session.query<{ theme: string; language: Language; term: string; label: string | null }>(
    'workspace themes',
    'select theme, language, term, label from workspace_themes where workspace_id = $workspace',
    { workspace: workspaceId },
  );
  const themes = new Map<string, ThemeDefinition>();
  for (const row of [...rows].sort((a, b) => compareText(a.theme, b.theme) || compareText(a.language, b.language) || compareText(a.term, b.term))) {
    const theme = themes.get(row.theme) ?? { id: row.theme, labels: { fr: row.theme, en: row.theme }, terms: { fr: [], en: [] } };
    if (row.label !== null) theme.labels = { fr: row.label, en: row.label };
    theme.terms[row.language].push(row.term);
    themes.set(row.theme, theme);
  }
  return [...themes.values()];
}

/** Adds words to a workspace theme (creating the theme when it is new); words already there are kept once. */
export async function addWorkspaceThemeTerms(
  session: Session,
  workspaceId: number,
  theme: string,
  language: Language,
  terms: readonly string[],
  label: string | null,
): Promise<void> {
  for (const term of terms) {
    await session.query(
      'add theme term',
      `insert into workspace_themes (workspace_id, theme, language, term, label) values ($workspace, $theme, $language, $term, $label)
on conflict (workspace_id, theme, language, term) do update set label = excluded.label`,
      { workspace: workspaceId, theme, language, term, label },
    );
  }
}

/** Removes a workspace's own theme (all its words) or, with `terms`, only those words; returns how many words went. */
export async function removeWorkspaceThemeTerms(session: Session, workspaceId: number, theme: string, terms: readonly string[] | null): Promise<number> {
  const [before] = await session.query<{ terms: number }>(
    'count theme terms',
    'select count(*) as terms from workspace_themes where workspace_id = $workspace and theme = $theme',
    { workspace: workspaceId, theme },
  );
  if (terms === null) {
    await session.query('remove theme', 'delete from workspace_themes where workspace_id = $workspace and theme = $theme', { workspace: workspaceId, theme });
  } else {
    for (const term of terms) {
      await session.query('remove theme term', 'delete from workspace_themes where workspace_id = $workspace and theme = $theme and term = $term', {
        workspace: workspaceId,
        theme,
        term,
      });
    }
  }
  const [after] = await session.query<{ terms: number }>(
    'count theme terms',
    'select count(*) as terms from workspace_themes where workspace_id = $workspace and theme = $theme',
    { workspace: workspaceId, theme },
  );
  return (before?.terms ?? 0) - (after?.terms ?? 0);
}
