import { apiUrl } from '../api/client.js';
import type { CustomerRow, CustomersAnswer, Segment } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { Bars } from '../components/Bars.js';
import { type Column, DataTable } from '../components/DataTable.js';
import { Status } from '../components/Status.js';
import { formatDay, formatMoney, formatNumber, formatPercent } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import { say, useLanguage, type Words } from '../i18n/words.js';
import { followInApp } from '../view/followInApp.js';
import { navigate } from '../view/useView.js';
import { viewUrl, withQuery } from '../view/viewQuery.js';
import { segmentCounts, segmentOfView } from './customers/segmentCounts.js';
import { modelName } from './loyalty/modelNames.js';
import type { PageProps } from './registry.js';

const WORDS = {
  title: { en: 'Customers', fr: 'Clients' },
  asOf: { en: 'Customers as of', fr: 'Clients au' },
  asOfHelp: { en: '(empty: the last order’s day)', fr: '(vide : le jour de la dernière commande)' },
  orderedUpTo: { en: 'Customers who ordered up to', fr: "Clients ayant commandé jusqu'au" },
  lastOrder: { en: 'the last order’s day', fr: 'jour de la dernière commande' },
  slow: {
    en: 'Valuing every customer can take some seconds on a large store.',
    fr: 'Valoriser chaque client peut prendre quelques secondes sur une grande boutique.',
  },
  models: { en: 'Values from the purchase model', fr: "Valeurs issues du modèle d'achat" },
  spend: { en: 'and the spend model', fr: 'et du modèle de dépense' },
  unfitted: {
    en: 'No purchase model could be fitted: P(alive), expected purchases and CLV are left empty',
    fr: "Aucun modèle d'achat n'a pu être ajusté : P(vivant), achats attendus et CLV restent vides",
  },
  fallback: { en: 'stood in for the model asked for', fr: 'remplace le modèle demandé' },
  segments: { en: 'Customers by segment', fr: 'Clients par segment' },
  bySegment: { en: 'Customers and share of all (click a segment for its list)', fr: 'Clients et part du total (cliquez un segment pour sa liste)' },
  segmentsHelp: {
    en: 'Segments from the RFM scores and P(alive) (docs/customers.md).',
    fr: 'Segments tirés des scores RFM et de P(vivant) (docs/customers.md).',
  },
  list: { en: 'Customers of the segment', fr: 'Clients du segment' },
  sortHelp: { en: 'sorted by CLV, highest first; a column heading sorts on it', fr: 'triés par CLV décroissante ; un titre de colonne trie sur elle' },
  none: { en: 'No customer in this segment.', fr: 'Aucun client dans ce segment.' },
  id: { en: 'Customer', fr: 'Client' },
  pAlive: { en: 'P(alive)', fr: 'P(vivant)' },
  purchases: { en: 'Expected purchases', fr: 'Achats attendus' },
  clv: { en: 'CLV', fr: 'CLV' },
  nps: { en: 'Last NPS', fr: 'Dernier NPS' },
  engagement: { en: 'Engagement (0–100)', fr: 'Engagement (0–100)' },
  exportTitle: { en: 'Export this list', fr: 'Exporter cette liste' },
} satisfies Record<string, Words>;

/** The segments' names. */
const SEGMENT_NAMES: Record<Segment, Words> = {
  champions: { en: 'Champions', fr: 'Champions' },
  loyal: { en: 'Loyal', fr: 'Fidèles' },
  promising: { en: 'Promising', fr: 'Prometteurs' },
  'at-risk': { en: 'At risk', fr: 'À risque' },
  hibernating: { en: 'Hibernating', fr: 'En sommeil' },
  lost: { en: 'Lost', fr: 'Perdus' },
};

/** The last NPS answer's category in words. */
const NPS_NAMES: Record<NonNullable<CustomerRow['lastNpsCategory']>, Words> = {
  promoter: { en: 'Promoter', fr: 'Promoteur' },
  passive: { en: 'Passive', fr: 'Passif' },
  detractor: { en: 'Detractor', fr: 'Détracteur' },
};

/** A name between the language's quotation marks. */
function quoted(name: string, language: Language): string {
  return language === 'fr' ? `« ${name} »` : `“${name}”`;
}

/** A model figure, or a dash when no model could be fitted. */
function orDash(value: number | null, write: (value: number) => string): string {
  return value === null ? '–' : write(value);
}

/** The columns of the customer list. */
function customerColumns(language: Language): Column<CustomerRow>[] {
  return [
    { heading: say(WORDS.id, language), cell: (row) => row.customer_id, sortValue: (row) => row.customer_id },
    { heading: 'R', numeric: true, cell: (row) => row.r, sortValue: (row) => row.r },
    { heading: 'F', numeric: true, cell: (row) => row.f, sortValue: (row) => row.f },
    { heading: 'M', numeric: true, cell: (row) => row.m, sortValue: (row) => row.m },
    {
      heading: say(WORDS.pAlive, language),
      numeric: true,
      cell: (row) => orDash(row.pAlive, (v) => formatPercent(100 * v, language, 0)),
      sortValue: (row) => row.pAlive,
    },
    {
      heading: say(WORDS.purchases, language),
      numeric: true,
      cell: (row) => orDash(row.expectedPurchases, (v) => formatNumber(v, language, 1)),
      sortValue: (row) => row.expectedPurchases,
    },
    { heading: say(WORDS.clv, language), numeric: true, cell: (row) => orDash(row.clv, (v) => formatMoney(v, language)), sortValue: (row) => row.clv },
    {
      heading: say(WORDS.nps, language),
      cell: (row) => (row.lastNpsCategory === null ? '–' : say(NPS_NAMES[row.lastNpsCategory], language)),
      sortValue: (row) => row.lastNpsCategory,
    },
    {
      heading: say(WORDS.engagement, language),
      numeric: true,
      cell: (row) => formatNumber(row.engagementScore, language, 0),
      sortValue: (row) => row.engagementScore,
    },
  ];
}

/**
 * Customers (GET /api/customers, docs/customers.md, as of the view's `to`): how many fall in
 * each segment, each bar opening that segment's list, and the list of the view's `segment`
 * (at risk by default) with RFM scores, P(alive), expected purchases, CLV, last NPS category
 * and engagement score, sorted by CLV and shown 50 rows at a time.
 */
export function CustomersPage({ view, workspace }: PageProps) {
  const language = useLanguage();
  const segment = segmentOfView(view.query.segment);
  const answer = useApi<CustomersAnswer>('/api/customers', { workspace, to: view.query.to });
  const data = answer.data;
  const counts = segmentCounts(data?.customers ?? []);
  const rows = (data?.customers ?? []).filter((customer) => customer.segment === segment);
  const segmentName = say(SEGMENT_NAMES[segment], language);
  return (
    <>
      <h1>{say(WORDS.title, language)}</h1>
      <section class="filters">
        <label>
          {say(WORDS.asOf, language)}{' '}
          <input
            type="date"
            value={view.query.to ?? ''}
            onChange={(event) => navigate({ page: view.page, query: withQuery(view.query, { to: event.currentTarget.value }) })}
          />
        </label>{' '}
        <span class="note">{say(WORDS.asOfHelp, language)}</span>
        <p class="exports">
          {say(WORDS.exportTitle, language)}:{' '}
          {(['csv', 'xlsx'] as const).map((format, index) => (
            <span key={format}>
              {index > 0 && ' · '}
              <a href={apiUrl('/api/customers', { workspace, to: view.query.to, segment, format, lang: language })} download>
                {format === 'csv' ? 'CSV' : 'Excel'}
              </a>
            </span>
          ))}
        </p>
      </section>
      <Status loading={answer.loading && data === undefined} error={answer.error} />
      {answer.loading && data === undefined && <p class="note">{say(WORDS.slow, language)}</p>}
      {data !== undefined && (
        <div aria-busy={answer.loading}>
          <p class="period-line">
            {say(WORDS.orderedUpTo, language)} {view.query.to === undefined ? say(WORDS.lastOrder, language) : formatDay(view.query.to, language)}
          </p>
          <p>
            {data.model === null ? (
              `${say(WORDS.unfitted, language)}${data.unfitted ? `: ${data.unfitted.reason}` : ''}`
            ) : (
              <>
                {say(WORDS.models, language)} {modelName(data.model, language)} {say(WORDS.spend, language)} {modelName(data.spendModel ?? '–', language)}.
                {data.fallback &&
                  ` ${modelName(data.model, language)} ${say(WORDS.fallback, language)} (${modelName(data.fallback.model, language)}): ${data.fallback.reason}`}
                {data.spendFallback && ` ${data.spendFallback.reason}`}
              </>
            )}
          </p>
          {/* The segments' links open their list without a reload, so the customers already loaded stay. */}
          {/* biome-ignore lint/a11y/useKeyWithClickEvents: the clicks are the links' own, which the keyboard's Enter fires too */}
          <section class="panel even-bars" aria-labelledby="customer-segments" onClick={followInApp}>
            <h2 id="customer-segments">{say(WORDS.segments, language)}</h2>
            <p class="note">{say(WORDS.segmentsHelp, language)}</p>
            <Bars
              title={say(WORDS.bySegment, language)}
              bars={counts.map((count) => ({
                label: `${count.segment === segment ? '▸ ' : ''}${say(SEGMENT_NAMES[count.segment], language)}`,
                value: count.customers,
                text: `${formatNumber(count.customers, language, 0)} (${count.share === null ? '–' : formatPercent(count.share, language)})`,
                tone:
                  count.segment === 'at-risk' || count.segment === 'lost'
                    ? 'bad'
                    : count.segment === 'champions' || count.segment === 'loyal'
                      ? 'good'
                      : 'neutral',
                href: viewUrl({ page: 'customers', query: withQuery(view.query, { segment: count.segment }) }),
              }))}
            />
          </section>
          <section class="panel" aria-labelledby="customer-list">
            <h2 id="customer-list">
              {say(WORDS.list, language)} {quoted(segmentName, language)} ({formatNumber(rows.length, language, 0)})
            </h2>
            {rows.length === 0 ? (
              <p class="note">{say(WORDS.none, language)}</p>
            ) : (
              <DataTable
                key={segment}
                caption={`${quoted(segmentName, language)}: ${say(WORDS.sortHelp, language)}`}
                columns={customerColumns(language)}
                rows={rows}
                rowKey={(row) => row.customer_id}
                sortedBy={say(WORDS.clv, language)}
                limit={50}
              />
            )}
          </section>
        </div>
      )}
    </>
  );
}
