import { useState } from 'preact/hooks';
import { apiSend } from '../../api/client.js';
import { useAction } from '../../api/useAction.js';
import { useApi } from '../../api/useApi.js';
import { CopyButton } from '../../components/CopyButton.js';
import { Status } from '../../components/Status.js';
import { say, useLanguage, type Words } from '../../i18n/words.js';
import type { PageProps } from '../registry.js';
import { KeyList } from './KeyList.js';
import { type KeyRecord, keysOfKind } from './keys.js';
import { mayAct } from './roles.js';
import { CONSENT_CALLS, DEFAULT_HEARTBEAT, keyPlaceholder, type SnippetOptions, trackerSnippet } from './trackerSnippet.js';
import { WorkspaceLine } from './WorkspaceLine.js';

/** POST /api/keys: the key's text, shown this once. */
interface CreatedKey {
  id: string;
  kind: KeyRecord['kind'];
  key: string;
}

const WORDS = {
  title: { en: 'Website tracker', fr: 'Traceur du site' },
  needs: {
    en: 'Only admins of the workspace see and create its keys; the snippet below shows where the site key goes.',
    fr: "Seuls les administrateurs de l'espace de travail voient et créent ses clés ; l'extrait ci-dessous montre où va la clé du site.",
  },
  intro: {
    en: 'Paste these two lines in the <head> of every page of the site. The tracker is cookieless by default: it stores nothing in the visitor’s browser.',
    fr: 'Collez ces deux lignes dans le <head> de chaque page du site. Le traceur est sans cookie par défaut : il ne stocke rien dans le navigateur du visiteur.',
  },
  options: { en: 'Options of the snippet', fr: "Options de l'extrait" },
  respectDnt: {
    en: 'Send nothing from browsers that ask not to be tracked (Do-Not-Track, Global Privacy Control)',
    fr: 'Ne rien envoyer depuis les navigateurs qui demandent à ne pas être suivis (Do-Not-Track, Global Privacy Control)',
  },
  heartbeat: { en: 'Seconds between engagement heartbeats', fr: "Secondes entre deux signaux d'engagement" },
  consented: {
    en: 'Consented mode: count a visitor from one day to the next once your consent banner says yes',
    fr: "Mode avec consentement : suivre un visiteur d'un jour à l'autre une fois que votre bandeau de consentement a dit oui",
  },
  consentCalls: { en: 'Calls for your consent banner', fr: 'Appels pour votre bandeau de consentement' },
  siteKeys: { en: 'Site keys', fr: 'Clés de site' },
  siteKeysHelp: {
    en: 'A site key only sends events; it sits in the page, so it is public by design.',
    fr: "Une clé de site ne fait qu'envoyer des événements ; elle figure dans la page, elle est donc publique par nature.",
  },
  createSite: { en: 'Create a site key', fr: 'Créer une clé de site' },
  noSiteKey: { en: 'No site key yet: create one to install the tracker.', fr: 'Aucune clé de site pour le moment : créez-en une pour installer le traceur.' },
  snippetFor: { en: 'Snippet for the key', fr: 'Extrait pour la clé' },
  lostKey: {
    en: 'A key’s text is shown only when it is created: paste the key you copied then in place of “…”, or create a new one.',
    fr: 'Le texte d’une clé n’est montré qu’à sa création : remplacez « … » par la clé copiée alors, ou créez-en une nouvelle.',
  },
  copySnippet: { en: 'Copy the snippet', fr: "Copier l'extrait" },
  readKeys: { en: 'Read keys', fr: 'Clés de lecture' },
  readKeysHelp: {
    en: 'A read key lets a program read this workspace’s reports through the API (Authorization: Bearer …).',
    fr: "Une clé de lecture permet à un programme de lire les rapports de cet espace de travail par l'API (Authorization: Bearer …).",
  },
  createRead: { en: 'Create a read key', fr: 'Créer une clé de lecture' },
  shownOnce: { en: 'Copy this key now: it is shown only this once.', fr: "Copiez cette clé maintenant : elle n'est montrée que cette fois." },
  copyKey: { en: 'Copy the key', fr: 'Copier la clé' },
} satisfies Record<string, Words>;

/**
 * The website tracker page: the snippet to paste (cookieless by default, with the consent
 * calls of consented mode, Do-Not-Track and the heartbeat as options) for each site key, and,
 * for admins, the site and read keys: created (the key shown once) and revoked.
 */
export function TrackerPage({ me, workspace }: PageProps) {
  const language = useLanguage();
  const admin = mayAct(me, workspace, 'admin');
  const keys = useApi<{ keys: KeyRecord[] }>(admin ? '/api/keys' : null, { workspace });
  const [created, setCreated] = useState<CreatedKey[]>([]);
  const [options, setOptions] = useState<SnippetOptions>({ respectDnt: false, heartbeat: DEFAULT_HEARTBEAT });
  const [consented, setConsented] = useState(false);
  const action = useAction();
  const origin = window.location.origin;
  const textOf = (id: string) => created.find((key) => key.id === id)?.key;
  const create = async (kind: KeyRecord['kind']) => {
    const key = await action.run(() => apiSend<CreatedKey>('POST', '/api/keys', { workspace }, { kind }));
    if (key === undefined) return;
    setCreated((previous) => [key, ...previous]);
    keys.reload();
  };
  const revoke = async (key: KeyRecord) => {
    await action.run(() => apiSend('DELETE', `/api/keys/${encodeURIComponent(key.id)}`, { workspace }));
    keys.reload();
  };
  const siteKeys = keysOfKind(keys.data?.keys ?? [], 'site');
  const snippet = (key: string, id: string) => (
    <div class="snippet">
      <pre>
        <code>{trackerSnippet(origin, key, options)}</code>
      </pre>
      <CopyButton text={trackerSnippet(origin, key, options)} label={say(WORDS.copySnippet, language)} detail={id} />
    </div>
  );
  return (
    <>
      <h1>{say(WORDS.title, language)}</h1>
      <WorkspaceLine me={me} workspace={workspace} needs={admin ? undefined : WORDS.needs} />
      <p>{say(WORDS.intro, language)}</p>
      <fieldset class="panel data-form">
        <legend>{say(WORDS.options, language)}</legend>
        <label class="inline">
          <input type="checkbox" checked={options.respectDnt} onChange={(event) => setOptions({ ...options, respectDnt: event.currentTarget.checked })} />{' '}
          {say(WORDS.respectDnt, language)}
        </label>
        <label>
          {say(WORDS.heartbeat, language)}
          <input
            type="number"
            min={1}
            step={1}
            value={options.heartbeat}
            onInput={(event) => setOptions({ ...options, heartbeat: Number(event.currentTarget.value) })}
          />
        </label>
        <label class="inline">
          <input type="checkbox" checked={consented} onChange={(event) => setConsented(event.currentTarget.checked)} /> {say(WORDS.consented, language)}
        </label>
      </fieldset>
      {consented && (
        <section class="panel" aria-labelledby="consent-calls">
          <h2 id="consent-calls">{say(WORDS.consentCalls, language)}</h2>
          <pre>
            <code>{CONSENT_CALLS}</code>
          </pre>
        </section>
      )}
      {!admin && snippet('brm_site_…', '')}
      <Status loading={false} error={action.error} />
      {admin && (
        <>
          <section aria-labelledby="site-keys">
            <h2 id="site-keys">{say(WORDS.siteKeys, language)}</h2>
            <p class="note">{say(WORDS.siteKeysHelp, language)}</p>
            <Status loading={keys.loading && keys.data === undefined} error={keys.error} />
            <p>
              <button type="button" disabled={action.busy} onClick={() => create('site')}>
                {say(WORDS.createSite, language)}
              </button>
            </p>
            {keys.data !== undefined && siteKeys.length === 0 && <p>{say(WORDS.noSiteKey, language)}</p>}
            {siteKeys.some((key) => key.revokedAt === null && textOf(key.id) === undefined) && <p class="note">{say(WORDS.lostKey, language)}</p>}
            {siteKeys
              .filter((key) => key.revokedAt === null)
              .map((key) => (
                <section key={key.id} class="panel" aria-label={`${say(WORDS.snippetFor, language)} ${key.id}`}>
                  <h3>
                    {say(WORDS.snippetFor, language)} <code>{key.id}</code>
                  </h3>
                  {textOf(key.id) !== undefined && <p class="notice">{say(WORDS.shownOnce, language)}</p>}
                  {snippet(textOf(key.id) ?? keyPlaceholder(key.id), key.id)}
                </section>
              ))}
            <KeyList caption={say(WORDS.siteKeys, language)} keys={siteKeys} busy={action.busy} onRevoke={revoke} />
          </section>
          <section aria-labelledby="read-keys">
            <h2 id="read-keys">{say(WORDS.readKeys, language)}</h2>
            <p class="note">{say(WORDS.readKeysHelp, language)}</p>
            <p>
              <button type="button" disabled={action.busy} onClick={() => create('read')}>
                {say(WORDS.createRead, language)}
              </button>
            </p>
            {created
              .filter((key) => key.kind === 'read')
              .map((key) => (
                <div key={key.id} class="panel">
                  <p class="notice">{say(WORDS.shownOnce, language)}</p>
                  <pre>
                    <code>{key.key}</code>
                  </pre>
                  <CopyButton text={key.key} label={say(WORDS.copyKey, language)} detail={key.id} />
                </div>
              ))}
            <KeyList caption={say(WORDS.readKeys, language)} keys={keysOfKind(keys.data?.keys ?? [], 'read')} busy={action.busy} onRevoke={revoke} />
          </section>
        </>
      )}
    </>
  );
}
