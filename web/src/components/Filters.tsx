import { useState } from 'preact/hooks';
import { apiUrl } from '../api/client.js';
import { labelled, type Words, say, useLanguage } from '../i18n/words.js';
import { parseWhere } from '../view/parseWhere.js';
import { lastMonths } from '../view/periodPresets.js';
import { navigate } from '../view/useView.js';
import { reportParameters, type View, withQuery } from '../view/viewQuery.js';

const WORDS = {
  filters: { en: 'Filters', fr: 'Filtres' },
  period: { en: 'Period', fr: 'Période' },
  from: { en: 'From', fr: 'Du' },
  to: { en: 'To', fr: 'Au' },
  all: { en: 'All data', fr: 'Toutes les données' },
  lastMonth: { en: 'Last month', fr: 'Dernier mois' },
  last3: { en: 'Last 3 months', fr: '3 derniers mois' },
  last12: { en: 'Last 12 months', fr: '12 derniers mois' },
  compare: { en: 'Compare with', fr: 'Comparer à' },
  none: { en: 'Nothing', fr: 'Rien' },
  previous: { en: 'The previous period', fr: 'La période précédente' },
  year: { en: 'The same period a year before', fr: "La même période l'année précédente" },
  interval: { en: 'Trend by', fr: 'Tendance par' },
  month: { en: 'Month', fr: 'Mois' },
  week: { en: 'Week', fr: 'Semaine' },
  day: { en: 'Day', fr: 'Jour' },
  by: { en: 'Group by (field)', fr: 'Grouper par (champ)' },
  where: { en: 'Only where (field=value)', fr: 'Seulement si (champ=valeur)' },
  add: { en: 'Add', fr: 'Ajouter' },
  remove: { en: 'Remove the filter', fr: 'Retirer le filtre' },
  apply: { en: 'Apply', fr: 'Appliquer' },
  exportCsv: { en: 'CSV', fr: 'CSV' },
  exportXlsx: { en: 'Excel', fr: 'Excel' },
  exportHtml: { en: 'Report to share (HTML)', fr: 'Rapport à partager (HTML)' },
  exportTitle: { en: 'Export this view', fr: 'Exporter cette vue' },
} satisfies Record<string, Words>;

/**
 * The bar above every page: the period (presets anchored on the end of the period shown, or
 * two days), the comparison, the trend's interval, `where` filters and a grouping, all kept in
 * the URL; and the exports of what is on screen (`exportPath` with the same parameters).
 */
export function Filters({ view, periodEnd, exportPath }: { view: View; periodEnd: string | null; exportPath?: string }) {
  const language = useLanguage();
  const { query } = view;
  const [whereText, setWhereText] = useState('');
  const [byText, setByText] = useState(query.by ?? '');
  const change = (changes: Parameters<typeof withQuery>[1]) => navigate({ page: view.page, query: withQuery(query, changes) });
  const preset = (months: number | null) => {
    if (months === null || periodEnd === null) return change({ from: undefined, to: undefined });
    const period = lastMonths(periodEnd, months);
    change({ from: period.from, to: period.to });
  };
  const addWhere = (event: Event) => {
    event.preventDefault();
    const filter = parseWhere(whereText);
    if (filter === null) return;
    change({ where: [...(query.where ?? []), filter] });
    setWhereText('');
  };
  const exportParameters = { ...reportParameters(query), lang: language };
  return (
    <section class="filters" aria-label={say(WORDS.filters, language)}>
      <fieldset>
        <legend>{say(WORDS.period, language)}</legend>
        <div class="presets">
          <button type="button" onClick={() => preset(null)} aria-pressed={query.from === undefined && query.to === undefined}>
            {say(WORDS.all, language)}
          </button>
          {periodEnd !== null &&
            ([1, 3, 12] as const).map((months) => (
              <button type="button" key={months} onClick={() => preset(months)}>
                {say(months === 1 ? WORDS.lastMonth : months === 3 ? WORDS.last3 : WORDS.last12, language)}
              </button>
            ))}
        </div>
        <label>
          {say(WORDS.from, language)} <input type="date" value={query.from ?? ''} onChange={(event) => change({ from: event.currentTarget.value })} />
        </label>
        <label>
          {say(WORDS.to, language)} <input type="date" value={query.to ?? ''} onChange={(event) => change({ to: event.currentTarget.value })} />
        </label>
      </fieldset>
      <label>
        {say(WORDS.compare, language)}{' '}
        <select value={query.compare ?? ''} onChange={(event) => change({ compare: event.currentTarget.value })}>
          <option value="">{say(WORDS.none, language)}</option>
          <option value="previous">{say(WORDS.previous, language)}</option>
          <option value="year">{say(WORDS.year, language)}</option>
        </select>
      </label>
      <label>
        {say(WORDS.interval, language)}{' '}
        <select
          value={query.interval ?? 'month'}
          onChange={(event) => change({ interval: event.currentTarget.value === 'month' ? undefined : event.currentTarget.value })}
        >
          <option value="month">{say(WORDS.month, language)}</option>
          <option value="week">{say(WORDS.week, language)}</option>
          <option value="day">{say(WORDS.day, language)}</option>
        </select>
      </label>
      <form class="where" onSubmit={addWhere}>
        <label>
          {say(WORDS.where, language)}{' '}
          <input type="text" value={whereText} placeholder="loyalty_tier=gold" onInput={(event) => setWhereText(event.currentTarget.value)} />
        </label>
        <button type="submit">{say(WORDS.add, language)}</button>
      </form>
      {(query.where ?? []).length > 0 && (
        <ul class="chips">
          {(query.where ?? []).map((filter) => (
            <li key={filter}>
              {filter}{' '}
              <button
                type="button"
                aria-label={`${say(WORDS.remove, language)} ${filter}`}
                onClick={() => change({ where: (query.where ?? []).filter((one) => one !== filter) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="by"
        onSubmit={(event) => {
          event.preventDefault();
          change({ by: byText.trim() });
        }}
      >
        <label>
          {say(WORDS.by, language)} <input type="text" value={byText} placeholder="loyalty_tier" onInput={(event) => setByText(event.currentTarget.value)} />
        </label>
        <button type="submit">{say(WORDS.apply, language)}</button>
      </form>
      {exportPath !== undefined && (
        <p class="exports">
          {labelled(WORDS.exportTitle, language)}{' '}
          <a href={apiUrl(exportPath, { ...exportParameters, format: 'csv' })} download>
            {say(WORDS.exportCsv, language)}
          </a>{' '}
          ·{' '}
          <a href={apiUrl(exportPath, { ...exportParameters, format: 'xlsx' })} download>
            {say(WORDS.exportXlsx, language)}
          </a>
          {exportPath === '/api/report' && (
            <>
              {' '}
              ·{' '}
              <a href={apiUrl(exportPath, { ...exportParameters, format: 'html', interval: query.interval ?? 'month' })} download>
                {say(WORDS.exportHtml, language)}
              </a>
            </>
          )}
        </p>
      )}
    </section>
  );
}
