import { ReportFrame } from '../components/ReportFrame.js';
import type { Report } from '../api/types.js';
import { useReport } from '../api/useReport.js';
import { Bars } from '../components/Bars.js';
import { IndicatorCard } from '../components/IndicatorCard.js';
import { TrendChart } from '../components/TrendChart.js';
import { INDICATORS, type IndicatorEntry } from '../indicators/catalogue.js';
import { formatValue } from '../indicators/formatValue.js';
import { say, useLanguage, type Words } from '../i18n/words.js';
import { type View, viewUrl } from '../view/viewQuery.js';
import { ChurnControl } from './loyalty/ChurnControl.js';
import { PredictedClv } from './loyalty/PredictedClv.js';
import { RetentionCohorts } from './loyalty/RetentionCohorts.js';
import { trendOf } from './OverviewPage.js';
import { groupBars } from './groupBars.js';
import type { PageProps } from './registry.js';

const WORDS = {
  title: { en: 'Loyalty', fr: 'Fidélité' },
  trends: { en: 'Trends', fr: 'Tendances' },
  byGroup: { en: 'By group', fr: 'Par groupe' },
  withInterval: { en: 'and its 95 % interval', fr: 'et son intervalle à 95 %' },
} satisfies Record<string, Words>;

/** The indicators the page shows as cards, in order (the catalogue's `page: 'loyalty'`). */
const CARDS = [
  'retentionRate',
  'churnRate',
  'repurchaseRate',
  'clvHistorical',
  'customerEngagementRate',
  'newCustomers',
  'averageOrderValue',
  'purchaseFrequency',
];

/** The indicators drawn over time and by group. */
const TRENDS = ['churnRate', 'retentionRate', 'repurchaseRate', 'clvHistorical'];

/** The 95 % intervals of an indicator over the report's series, null where a period has none. */
function intervalsOf(report: Report, indicator: string): ([number, number] | null)[] {
  return (report.series ?? []).map((point) => point.indicators[indicator]?.ci95 ?? null);
}

/** Where a loyalty card leads: its trend below, or the customers page for the figures it breaks down into customers. */
function cardLink(id: string, view: View): string {
  return TRENDS.includes(id) ? `#trend-${id}` : viewUrl({ page: 'customers', query: view.query });
}

/**
 * Loyalty: the loyalty and purchase indicators as cards; how churn is measured, in words,
 * with a control to choose it (kept in the URL); churn, retention, repurchase and historical
 * CLV over time with their intervals, and by group when the view has `by`; predicted CLV
 * from the purchase models (GET /api/clv); and the retention triangle by month of first order.
 */
export function LoyaltyPage({ view, workspace }: PageProps) {
  const language = useLanguage();
  const report = useReport(view.query, { extra: { cohorts: 'month' } });
  const data = report.data;
  const entries = TRENDS.map((id) => INDICATORS.get(id)).filter((entry): entry is IndicatorEntry => entry !== undefined);
  return (
    <>
      <ReportFrame title={say(WORDS.title, language)} view={view} report={report} before={<ChurnControl view={view} record={data?.indicators.churnRate} />}>
        {(data) => (
          <>
            <div class="cards">
              {CARDS.map((id) => (
                <IndicatorCard key={id} entry={INDICATORS.get(id)!} record={data.indicators[id]} trend={trendOf(data, id)} href={cardLink(id, view)} />
              ))}
            </div>
            {(data.series ?? []).length > 0 && (
              <section aria-labelledby="loyalty-trends">
                <h2 id="loyalty-trends">{say(WORDS.trends, language)}</h2>
                <div class="grid-2">
                  {entries.map((entry) => (
                    <section class="panel" id={`trend-${entry.id}`} key={entry.id}>
                      <TrendChart
                        title={`${say(entry.name, language)} ${say(WORDS.withInterval, language)}`}
                        points={data.series ?? []}
                        interval={data.interval}
                        lines={[{ name: say(entry.name, language), values: trendOf(data, entry.id), intervals: intervalsOf(data, entry.id) }]}
                        format={(value) => formatValue(value, entry.kind, language)}
                      />
                    </section>
                  ))}
                </div>
              </section>
            )}
            {view.query.by !== undefined && (data.groups ?? []).length > 0 && (
              <section aria-labelledby="loyalty-groups" class="even-bars">
                <h2 id="loyalty-groups">
                  {say(WORDS.byGroup, language)} ({view.query.by})
                </h2>
                <div class="groups-grid">
                  {entries.map((entry) => {
                    const bars = groupBars(data, entry.id, { kind: entry.kind, range: [0, 100], basis: entry.basis, interval: true }, view.query, language);
                    return bars.length === 0 ? null : (
                      <section class="panel" key={entry.id}>
                        <Bars title={say(entry.name, language)} bars={bars} />
                      </section>
                    );
                  })}
                </div>
              </section>
            )}
          </>
        )}
      </ReportFrame>
      {/* Asked at once, beside the report: the fit does not wait for the report's series. */}
      <PredictedClv workspace={workspace} to={view.query.to} />
      {data !== undefined && <RetentionCohorts cohorts={data.cohorts ?? []} />}
    </>
  );
}
