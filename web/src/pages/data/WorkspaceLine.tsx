import type { Me } from '../../api/types.js';
import { labelled, say, useLanguage, type Words } from '../../i18n/words.js';
import { roleIn } from './roles.js';

const WORDS = {
  workspace: { en: 'Workspace', fr: 'Espace de travail' },
  role: { en: 'your role', fr: 'votre rôle' },
  viewer: { en: 'viewer', fr: 'lecteur' },
  editor: { en: 'editor', fr: 'éditeur' },
  admin: { en: 'admin', fr: 'administrateur' },
} satisfies Record<string, Words>;

/** A role's name in the language (viewer, editor, admin). */
export function roleName(role: 'viewer' | 'editor' | 'admin', language: 'en' | 'fr'): string {
  return say(WORDS[role], language);
}

/**
 * The line under a data page's title: the workspace it acts on and the user's role there, and
 * `needs` (what the page's controls need, said when the role is below it).
 */
export function WorkspaceLine({ me, workspace, needs }: { me: Me; workspace: string; needs?: Words }) {
  const language = useLanguage();
  const role = roleIn(me, workspace);
  return (
    <>
      <p class="period-line">
        {labelled(WORDS.workspace, language)} <strong>{workspace}</strong>
        {role !== null && ` · ${labelled(WORDS.role, language)} ${roleName(role, language)}`}
      </p>
      {needs !== undefined && <p class="note">{say(needs, language)}</p>}
    </>
  );
}
