import { useEffect, useState } from 'preact/hooks';
import { apiSend } from '../../api/client.js';
import { useAction } from '../../api/useAction.js';
import { useApi } from '../../api/useApi.js';
import { Status } from '../../components/Status.js';
import { say, useLanguage, type Words } from '../../i18n/words.js';
import type { PageProps } from '../registry.js';
import { mayAct } from './roles.js';
import { changedSettings, SETTING_KEYS, type SettingKey, type Settings } from './settingsChanges.js';
import { WorkspaceLine } from './WorkspaceLine.js';

const WORDS = {
  title: { en: 'Settings', fr: 'Paramètres' },
  needs: { en: 'Only admins of the workspace change its settings.', fr: "Seuls les administrateurs de l'espace de travail modifient ses paramètres." },
  intro: {
    en: 'What the workspace says about itself chooses the sector figures shown beside the report.',
    fr: "Ce que l'espace de travail dit de lui-même choisit les chiffres du secteur montrés à côté du rapport.",
  },
  sector: { en: 'Sector', fr: 'Secteur' },
  sectorHelp: {
    en: 'As the sector figures name it (Retail, E-commerce, SaaS, Grocery…); a name they do not have is refused with the list.',
    fr: "Tel que les chiffres du secteur le nomment (Retail, E-commerce, SaaS, Grocery…) ; un nom qu'ils n'ont pas est refusé avec la liste.",
  },
  country: { en: 'Country', fr: 'Pays' },
  countryHelp: { en: 'An ISO 3166 code of two letters (FR, US, GB…).', fr: 'Un code ISO 3166 de deux lettres (FR, US, GB…).' },
  npsSurvey: { en: 'Kind of NPS survey', fr: "Type d'enquête NPS" },
  npsSurveyHelp: {
    en: 'A sector figure is shown beside the NPS only when it was measured the same way.',
    fr: "Un chiffre du secteur n'est montré à côté du NPS que s'il a été mesuré de la même façon.",
  },
  notSet: { en: 'Not set', fr: 'Non renseigné' },
  relationship: { en: 'Relationship (the relationship as a whole)', fr: 'Relationnel (la relation dans son ensemble)' },
  transactional: { en: 'Transactional (after an interaction)', fr: 'Transactionnel (après une interaction)' },
  save: { en: 'Save', fr: 'Enregistrer' },
  saved: { en: 'Saved.', fr: 'Enregistré.' },
  unchanged: { en: 'Nothing changed.', fr: 'Rien n’a changé.' },
} satisfies Record<string, Words>;

const HELP: Record<SettingKey, Words> = { sector: WORDS.sectorHelp, country: WORDS.countryHelp, npsSurvey: WORDS.npsSurveyHelp };

/**
 * The settings page: the workspace's sector, country and kind of NPS survey (GET /api/settings),
 * as a form for its admins (a changed value is stored with PUT, an emptied one removed with
 * DELETE, the API's refusal shown) and as a list for everyone else.
 */
export function SettingsPage({ me, workspace }: PageProps) {
  const language = useLanguage();
  const admin = mayAct(me, workspace, 'admin');
  const stored = useApi<{ settings: Settings }>('/api/settings', { workspace });
  const [form, setForm] = useState<Settings>({});
  const [done, setDone] = useState<Words | null>(null);
  const action = useAction();
  useEffect(() => {
    if (stored.data !== undefined) setForm(stored.data.settings);
  }, [stored.data]);
  const save = async (event: Event) => {
    event.preventDefault();
    setDone(null);
    const changes = changedSettings(stored.data?.settings ?? {}, form);
    const finished = await action.run(async () => {
      for (const [key, value] of changes) {
        const path = `/api/settings/${key}`;
        if (value === null) await apiSend('DELETE', path, { workspace });
        else await apiSend('PUT', path, { workspace }, { value });
      }
      return true;
    });
    stored.reload();
    if (finished === true) setDone(changes.length === 0 ? WORDS.unchanged : WORDS.saved);
  };
  const field = (key: SettingKey) => {
    const value = form[key] ?? '';
    const onInput = (event: { currentTarget: HTMLInputElement | HTMLSelectElement }) => setForm({ ...form, [key]: event.currentTarget.value });
    return (
      <div class="field" key={key}>
        <label for={`setting-${key}`}>{say(WORDS[key], language)}</label>
        {key === 'npsSurvey' ? (
          <select id={`setting-${key}`} value={value} onChange={onInput} aria-describedby={`help-${key}`}>
            <option value="">{say(WORDS.notSet, language)}</option>
            <option value="relationship">{say(WORDS.relationship, language)}</option>
            <option value="transactional">{say(WORDS.transactional, language)}</option>
          </select>
        ) : (
          <input id={`setting-${key}`} type="text" value={value} onInput={onInput} aria-describedby={`help-${key}`} />
        )}
        <span class="note" id={`help-${key}`}>
          {say(HELP[key], language)}
        </span>
      </div>
    );
  };
  const shown = (key: SettingKey) => {
    const value = stored.data?.settings[key];
    if (value === undefined) return say(WORDS.notSet, language);
    return key === 'npsSurvey' && (value === 'relationship' || value === 'transactional') ? say(WORDS[value], language) : value;
  };
  return (
    <>
      <h1>{say(WORDS.title, language)}</h1>
      <WorkspaceLine me={me} workspace={workspace} needs={admin ? undefined : WORDS.needs} />
      <p>{say(WORDS.intro, language)}</p>
      <Status loading={stored.loading && stored.data === undefined} error={stored.error} />
      {stored.data !== undefined && admin && (
        <form class="panel data-form" onSubmit={save}>
          {SETTING_KEYS.map(field)}
          <p>
            <button type="submit" disabled={action.busy}>
              {say(WORDS.save, language)}
            </button>
          </p>
        </form>
      )}
      {stored.data !== undefined && !admin && (
        <dl class="panel settings">
          {SETTING_KEYS.map((key) => (
            <div key={key}>
              <dt>{say(WORDS[key], language)}</dt>
              <dd>{shown(key)}</dd>
            </div>
          ))}
        </dl>
      )}
      <Status loading={false} error={action.error} />
      {done !== null && (
        <p role="status" class="done">
          {say(done, language)}
        </p>
      )}
    </>
  );
}
