import { apiSend } from '../api/client.js';
import type { Me } from '../api/types.js';
import type { Language } from '../i18n/language.js';
import { say, useLanguage, type Words } from '../i18n/words.js';
import { PAGES } from '../pages/registry.js';
import { navigate } from '../view/useView.js';
import { type View, viewUrl, withQuery } from '../view/viewQuery.js';

const WORDS = {
  menu: { en: 'Main menu', fr: 'Menu principal' },
  indicators: { en: 'Indicators', fr: 'Indicateurs' },
  why: { en: 'Why', fr: 'Pourquoi' },
  data: { en: 'Data', fr: 'Données' },
  surveys: { en: 'Surveys', fr: 'Enquêtes' },
  followups: { en: 'Follow-ups', fr: 'Suivi des détracteurs' },
  audits: { en: 'Store visits', fr: 'Visites en magasin' },
  workspace: { en: 'Workspace', fr: 'Espace de travail' },
  language: { en: 'Language', fr: 'Langue' },
  signOut: { en: 'Sign out', fr: 'Se déconnecter' },
  skip: { en: 'Skip to the content', fr: 'Aller au contenu' },
} satisfies Record<string, Words>;

/** The server's own pages (surveys, follow-ups, store visits), reached by a plain link with the workspace and language. */
export function serverPage(path: string, workspace: string, language: Language): string {
  return `${path}?${new URLSearchParams({ workspace, lang: language }).toString()}`;
}

/**
 * The header of every page: the menu (the dashboard's pages, kept on the same view's query,
 * and the server's survey pages), the workspace switcher, the language switch and sign-out.
 */
export function Header({ view, me, workspace }: { view: View; me: Me; workspace: string }) {
  const language = useLanguage();
  const link = (page: string) => viewUrl({ page, query: view.query });
  const go = (event: MouseEvent, page: string) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate({ page, query: view.query });
  };
  const signOut = async () => {
    await apiSend('DELETE', '/api/session').catch(() => undefined);
    window.location.assign('/');
  };
  const groups = (['indicators', 'why', 'data'] as const).map((group) => ({ group, pages: PAGES.filter((page) => page.group === group) }));
  return (
    <header class="top">
      <a class="skip" href="#content">
        {say(WORDS.skip, language)}
      </a>
      <p class="brand">
        <a href={link('overview')} onClick={(event) => go(event, 'overview')}>
          Baromètre
        </a>
      </p>
      <nav aria-label={say(WORDS.menu, language)}>
        {groups.map(({ group, pages }) => (
          <ul key={group} aria-label={say(WORDS[group], language)}>
            {pages.map((page) => (
              <li key={page.id}>
                <a href={link(page.id)} aria-current={view.page === page.id ? 'page' : undefined} onClick={(event) => go(event, page.id)}>
                  {say(page.name, language)}
                </a>
              </li>
            ))}
            {group === 'data' && (
              <>
                <li>
                  <a href={serverPage('/surveys', workspace, language)}>{say(WORDS.surveys, language)}</a>
                </li>
                <li>
                  <a href={serverPage('/followups', workspace, language)}>{say(WORDS.followups, language)}</a>
                </li>
                <li>
                  <a href={serverPage('/audits', workspace, language)}>{say(WORDS.audits, language)}</a>
                </li>
              </>
            )}
          </ul>
        ))}
      </nav>
      <div class="account">
        {me.workspaces.length > 1 && (
          <label>
            {say(WORDS.workspace, language)}{' '}
            <select
              value={workspace}
              onChange={(event) => navigate({ page: view.page, query: withQuery(view.query, { workspace: event.currentTarget.value }) })}
            >
              {me.workspaces.map((one) => (
                <option key={one.workspace} value={one.workspace}>
                  {one.workspace}
                </option>
              ))}
            </select>
          </label>
        )}
        <fieldset class="languages">
          <legend class="visually-hidden">{say(WORDS.language, language)}</legend>
          {(['fr', 'en'] as const).map((one) => (
            <button
              key={one}
              type="button"
              lang={one}
              aria-pressed={language === one}
              onClick={() => {
                window.localStorage.setItem('barometre.lang', one);
                navigate({ page: view.page, query: withQuery(view.query, { lang: one }) });
              }}
            >
              {one === 'fr' ? 'Français' : 'English'}
            </button>
          ))}
        </fieldset>
        <span class="user">{me.user.displayName || me.user.email}</span>
        <button type="button" onClick={signOut}>
          {say(WORDS.signOut, language)}
        </button>
      </div>
    </header>
  );
}
