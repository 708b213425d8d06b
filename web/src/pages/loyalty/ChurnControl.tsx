import { useState } from 'preact/hooks';
import type { IndicatorRecord } from '../../api/types.js';
import { say, useLanguage, type Words } from '../../i18n/words.js';
import { navigate } from '../../view/useView.js';
import { type View, withQuery } from '../../view/viewQuery.js';
import { type ChurnChoice, churnChoice, churnParameters, describeChurn } from './churnDefinition.js';

const WORDS = {
  title: { en: 'How churn is measured', fr: "Comment l'attrition est mesurée" },
  choose: { en: 'Measure churn', fr: "Mesurer l'attrition" },
  byDefault: { en: 'As the data allow (contract end dates, else inactivity)', fr: 'Selon les données (fins de contrat, sinon inactivité)' },
  byWindow: { en: 'By a window of inactivity', fr: "Par une fenêtre d'inactivité" },
  byModel: { en: 'By the BG/NBD model (P(alive) < ½)', fr: 'Par le modèle BG/NBD (P(vivant) < ½)' },
  days: { en: 'Days without an order', fr: 'Jours sans commande' },
  apply: { en: 'Apply', fr: 'Appliquer' },
} satisfies Record<string, Words>;

/**
 * The churn definition the figures use, said in words from the report's churn record, and a
 * form to choose another — the report's default, `churnWindow` days of inactivity (1–3650)
 * or `churnModel=bgnbd` — kept in the URL so the report and its exports follow it.
 */
export function ChurnControl({ view, record }: { view: View; record: IndicatorRecord | undefined }) {
  const language = useLanguage();
  const current = churnChoice(view.query);
  const [kind, setKind] = useState<ChurnChoice['kind']>(current.kind);
  const [days, setDays] = useState(current.kind === 'window' ? current.days : String(record?.windowDays ?? 90));
  const apply = (event: Event) => {
    event.preventDefault();
    const choice: ChurnChoice = kind === 'window' ? { kind, days: days.trim() } : { kind };
    navigate({ page: view.page, query: withQuery(view.query, churnParameters(choice)) });
  };
  return (
    <section class="panel churn-definition" aria-labelledby="churn-definition">
      <h2 id="churn-definition">{say(WORDS.title, language)}</h2>
      {record !== undefined && <p>{describeChurn(record, language)}</p>}
      <form onSubmit={apply}>
        <label>
          {say(WORDS.choose, language)}{' '}
          <select value={kind} onChange={(event) => setKind(event.currentTarget.value as ChurnChoice['kind'])}>
            <option value="default">{say(WORDS.byDefault, language)}</option>
            <option value="window">{say(WORDS.byWindow, language)}</option>
            <option value="model">{say(WORDS.byModel, language)}</option>
          </select>
        </label>
        {kind === 'window' && (
          <label>
            {say(WORDS.days, language)}{' '}
            <input type="number" min={1} max={3650} step={1} required value={days} onInput={(event) => setDays(event.currentTarget.value)} />
          </label>
        )}
        <button type="submit">{say(WORDS.apply, language)}</button>
      </form>
    </section>
  );
}
