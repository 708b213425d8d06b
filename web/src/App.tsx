import { useEffect } from 'preact/hooks';
import { useCsrfToken } from './api/client.js';
import type { Me } from './api/types.js';
import { useApi } from './api/useApi.js';
import { Header } from './components/Header.js';
import { Status } from './components/Status.js';
import { chooseLanguage } from './i18n/language.js';
import { LanguageContext } from './i18n/words.js';
import { PAGES } from './pages/registry.js';
import { useView } from './view/useView.js';

/** The language stored on this browser by the header's switch. */
function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem('barometre.lang');
  } catch {
    return null;
  }
}

/**
 * The dashboard: who is signed in (GET /api/me; a visitor without a session goes to the
 * sign-in page at /), the language, the workspace (the view's `workspace`, else the user's
 * first), the header and the page the address names.
 */
export function App() {
  const view = useView();
  const me = useApi<Me>('/api/me');
  const language = chooseLanguage(view.query.lang, storedLanguage(), navigator.languages ?? [navigator.language]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    if (me.error?.status === 401) window.location.assign('/');
    if (me.data !== undefined) useCsrfToken(me.data.csrfToken);
  }, [me.data, me.error]);
  if (me.data === undefined) {
    return (
      <LanguageContext.Provider value={language}>
        <main id="content">
          <Status loading={me.loading} error={me.error} />
        </main>
      </LanguageContext.Provider>
    );
  }
  const workspace = view.query.workspace ?? me.data.workspaces[0]?.workspace ?? 'default';
  const page = PAGES.find((one) => one.id === view.page) ?? PAGES[0]!;
  const Page = page.component;
  // Every call names the workspace, so a user of several reads the one the header shows.
  const pageView = { page: page.id, query: { ...view.query, workspace } };
  return (
    <LanguageContext.Provider value={language}>
      <Header view={pageView} me={me.data} workspace={workspace} />
      <main id="content" tabIndex={-1}>
        <Page view={pageView} me={me.data} workspace={workspace} />
      </main>
    </LanguageContext.Provider>
  );
}
