import { ReportFrame } from '../components/ReportFrame.js';
import type { IndicatorRecord, Report } from '../api/types.js';
import { useReport } from '../api/useReport.js';
import { Bars } from '../components/Bars.js';
import { Figures } from '../components/Figures.js';
import { IndicatorCard, missingReason } from '../components/IndicatorCard.js';
import { TrendChart } from '../components/TrendChart.js';
import { INDICATORS } from '../indicators/catalogue.js';
import { formatInterval } from '../indicators/formatValue.js';
import { formatCount, formatDuration, formatNumber, formatPercent } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import { COMMON, labelled, say, useLanguage, type Words } from '../i18n/words.js';
import { breakdownBars } from './breakdownBars.js';
import { trendOf } from './OverviewPage.js';
import type { PageProps } from './registry.js';
import { fieldTrend, intervalTrend } from './seriesFields.js';

const WORDS = {
  title: { en: 'Website', fr: 'Site web' },
  sessions: { en: 'Sessions', fr: 'Sessions' },
  sessionCount: { en: 'Sessions started', fr: 'Sessions commencées' },
  bounceRate: { en: 'Bounce rate (sessions of one event)', fr: "Taux de rebond (sessions d'un seul événement)" },
  pagesPerSession: { en: 'Pages per session', fr: 'Pages par session' },
  duration: { en: 'Session duration (mean and median)', fr: 'Durée des sessions (moyenne et médiane)' },
  mean: { en: 'Mean', fr: 'Moyenne' },
  median: { en: 'Median', fr: 'Médiane' },
  meanDuration: { en: 'Mean duration', fr: 'Durée moyenne' },
  medianDuration: { en: 'Median duration', fr: 'Durée médiane' },
  durationNote: {
    en: 'Durations are skewed by a few long sessions: read the median beside the mean.',
    fr: 'Quelques longues sessions tirent la moyenne : lisez la médiane à côté.',
  },
  visitors: { en: 'Returning visitors (DAU/MAU)', fr: 'Visiteurs qui reviennent (DAU/MAU)' },
  ratioTrend: {
    en: 'Daily visitors (DAU) per visitor of the last 30 days (MAU)',
    fr: 'Visiteurs du jour (DAU) par visiteur des 30 derniers jours (MAU)',
  },
  dau: { en: 'Average DAU', fr: 'DAU moyen' },
  mau: { en: 'Average MAU', fr: 'MAU moyen' },
  ratio: { en: 'DAU/MAU', fr: 'DAU/MAU' },
  cookielessLeftOut: { en: 'Cookieless visitors left out', fr: 'Visiteurs sans cookie exclus' },
  conversion: { en: 'Conversion', fr: 'Conversion' },
  conversionTrend: { en: 'Sessions with a purchase and its 95 % interval', fr: 'Sessions avec achat et son intervalle à 95 %' },
  byVisitor: { en: 'Visitors who bought', fr: 'Visiteurs ayant acheté' },
  abandonmentTrend: { en: 'Cart abandonment and its 95 % interval', fr: 'Abandon de panier et son intervalle à 95 %' },
  firstWeekTrend: {
    en: 'New customers active in their first week, and its 95 % interval',
    fr: 'Nouveaux clients actifs leur première semaine, et son intervalle à 95 %',
  },
  traffic: { en: 'Where visits come from and go', fr: "D'où viennent les visites et où elles vont" },
  trafficNote: {
    en: 'Share of the total, its 95 % interval and the count; the most frequent values, then the rest.',
    fr: 'Part du total, son intervalle à 95 % et l’effectif ; les valeurs les plus fréquentes, puis le reste.',
  },
  noWeb: { en: 'No session starts in this period.', fr: 'Aucune session ne commence sur cette période.' },
  pages: { en: 'Pages viewed', fr: 'Pages vues' },
  entryPages: { en: 'Entry pages', fr: "Pages d'entrée" },
  exitPages: { en: 'Exit pages', fr: 'Pages de sortie' },
  sources: { en: 'Sources', fr: 'Sources' },
  campaigns: { en: 'Campaigns', fr: 'Campagnes' },
  devices: { en: 'Devices', fr: 'Appareils' },
  browsers: { en: 'Browsers', fr: 'Navigateurs' },
  os: { en: 'Operating systems', fr: "Systèmes d'exploitation" },
} satisfies Record<string, Words>;

/** The web breakdowns in the order shown (docs/indicators.md, "Web breakdowns"): the pages, whose long paths get wider panels, then the others. */
const PAGE_BREAKDOWNS = ['pages', 'entryPages', 'exitPages'] as const;
const OTHER_BREAKDOWNS = ['sources', 'campaigns', 'devices', 'browsers', 'os'] as const;

/** The cards of the page, each leading to the section that shows it in full. */
const CARDS = [
  ['sessions', 'web-sessions'],
  ['stickiness', 'web-visitors'],
  ['firstWeekEngagement', 'web-conversion'],
  ['conversionRate', 'web-conversion'],
  ['cartAbandonmentRate', 'web-conversion'],
] as const;

/** A field of a record as a number, or null. */
function numberField(record: IndicatorRecord | undefined, field: string): number | null {
  const value = record?.[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A figure written by `format`, or why there is none: the report's reason (cookieless mode), else no data. */
function figure(record: IndicatorRecord | undefined, field: string, format: (value: number) => string, language: Language): string {
  const value = numberField(record, field);
  return value === null ? say(COMMON[missingReason(record)], language) : format(value);
}

/** The sessions' figures and their trends: count, bounce rate, pages per session, mean and median duration. */
function SessionsSection({ report, language }: { report: Report; language: Language }) {
  const sessions = report.indicators.sessions;
  const series = report.series ?? [];
  const percent = (value: number) => formatPercent(value, language);
  const duration = (value: number) => formatDuration(value, language);
  const ratio = (value: number) => formatNumber(value, language, 2);
  return (
    <section aria-labelledby="web-sessions">
      <h2 id="web-sessions">{say(WORDS.sessions, language)}</h2>
      <Figures
        figures={[
          { label: say(WORDS.sessionCount, language), value: figure(sessions, 'count', (value) => formatNumber(value, language, 0), language) },
          { label: say(WORDS.bounceRate, language), value: figure(sessions, 'bounceRate', percent, language) },
          { label: say(WORDS.pagesPerSession, language), value: figure(sessions, 'pagesPerSession', ratio, language) },
          { label: say(WORDS.meanDuration, language), value: figure(sessions, 'avgDurationSeconds', duration, language) },
          { label: say(WORDS.medianDuration, language), value: figure(sessions, 'medianDurationSeconds', duration, language) },
        ]}
      />
      {series.length > 0 && (
        <div class="grid-2">
          <section class="panel">
            <TrendChart
              title={say(WORDS.sessionCount, language)}
              points={series}
              interval={report.interval}
              lines={[{ name: say(WORDS.sessions, language), values: fieldTrend(report, 'sessions', 'count') }]}
              format={(value) => formatNumber(value, language, 0)}
            />
          </section>
          <section class="panel">
            <TrendChart
              title={say(WORDS.bounceRate, language)}
              points={series}
              interval={report.interval}
              lines={[{ name: say(WORDS.bounceRate, language), values: fieldTrend(report, 'sessions', 'bounceRate') }]}
              format={percent}
            />
          </section>
          <section class="panel">
            <TrendChart
              title={say(WORDS.pagesPerSession, language)}
              points={series}
              interval={report.interval}
              lines={[{ name: say(WORDS.pagesPerSession, language), values: fieldTrend(report, 'sessions', 'pagesPerSession') }]}
              format={ratio}
            />
          </section>
          <section class="panel">
            <TrendChart
              title={say(WORDS.duration, language)}
              points={series}
              interval={report.interval}
              lines={[
                { name: say(WORDS.mean, language), values: fieldTrend(report, 'sessions', 'avgDurationSeconds') },
                { name: say(WORDS.median, language), values: fieldTrend(report, 'sessions', 'medianDurationSeconds') },
              ]}
              format={duration}
            />
            <p class="note">{say(WORDS.durationNote, language)}</p>
          </section>
        </div>
      )}
    </section>
  );
}

/** DAU/MAU: the ratio and its averages (or why it cannot be measured), the cookieless visitors left out, and the ratio's trend. */
function VisitorsSection({ report, language }: { report: Report; language: Language }) {
  const stickiness = report.indicators.stickiness;
  const series = report.series ?? [];
  const count = (value: number) => formatNumber(value, language, 1);
  const dayScoped = numberField(stickiness, 'dayScopedVisitorDays');
  return (
    <section aria-labelledby="web-visitors">
      <h2 id="web-visitors">{say(WORDS.visitors, language)}</h2>
      <Figures
        figures={[
          { label: say(WORDS.ratio, language), value: figure(stickiness, 'value', (value) => formatPercent(value, language), language) },
          { label: say(WORDS.dau, language), value: figure(stickiness, 'avgDau', count, language) },
          { label: say(WORDS.mau, language), value: figure(stickiness, 'avgMau', count, language) },
          ...(dayScoped === null
            ? []
            : [
                {
                  label: say(WORDS.cookielessLeftOut, language),
                  value: formatCount(dayScoped, { en: ['visitor-day', 'visitor-days'], fr: ['visiteur-jour', 'visiteurs-jours'] }, language),
                },
              ]),
        ]}
      />
      {series.length > 0 && stickiness?.value != null && (
        <section class="panel">
          <TrendChart
            title={say(WORDS.ratioTrend, language)}
            points={series}
            interval={report.interval}
            lines={[{ name: say(WORDS.ratio, language), values: trendOf(report, 'stickiness') }]}
            format={(value) => formatPercent(value, language)}
          />
        </section>
      )}
    </section>
  );
}

/** Conversion, cart abandonment and first-week engagement: the trend of each with its interval, and the visitors' conversion beside the sessions'. */
function ConversionSection({ report, language }: { report: Report; language: Language }) {
  const series = report.series ?? [];
  const percent = (value: number) => formatPercent(value, language);
  const byVisitor = report.indicators.conversionRate?.byVisitor as IndicatorRecord | undefined;
  const trends = [
    ['conversionRate', WORDS.conversionTrend],
    ['cartAbandonmentRate', WORDS.abandonmentTrend],
    ['firstWeekEngagement', WORDS.firstWeekTrend],
  ] as const;
  return (
    <section aria-labelledby="web-conversion">
      <h2 id="web-conversion">{say(WORDS.conversion, language)}</h2>
      {byVisitor !== undefined && (
        <Figures
          figures={[
            {
              label: say(WORDS.byVisitor, language),
              value:
                byVisitor.value === null
                  ? say(COMMON.noData, language)
                  : `${percent(byVisitor.value)}${byVisitor.ci95 ? ` ${formatInterval(byVisitor.ci95, 'percent', language)}` : ''} · n = ${formatNumber(numberField(byVisitor, 'visitors') ?? 0, language, 0)}`,
            },
          ]}
        />
      )}
      {series.length > 0 && (
        <div class="grid-2">
          {trends.map(([id, title]) => (
            <section class="panel" key={id}>
              {report.indicators[id]?.value == null ? (
                <p class="missing">
                  {labelled(INDICATORS.get(id)!.name, language)} {say(COMMON[missingReason(report.indicators[id])], language)}
                </p>
              ) : (
                <TrendChart
                  title={say(title, language)}
                  points={series}
                  interval={report.interval}
                  lines={[{ name: say(INDICATORS.get(id)!.name, language), values: trendOf(report, id), intervals: intervalTrend(report, id) }]}
                  format={percent}
                />
              )}
            </section>
          ))}
        </div>
      )}
    </section>
  );
}

/** The web breakdowns as bars with their shares and intervals, or a sentence when no session starts in the period. */
function TrafficSection({ report, language }: { report: Report; language: Language }) {
  const web = report.web;
  return (
    <section aria-labelledby="web-traffic">
      <h2 id="web-traffic">{say(WORDS.traffic, language)}</h2>
      {web === undefined ? (
        <p class="missing">{say(WORDS.noWeb, language)}</p>
      ) : (
        <>
          <p class="note">{say(WORDS.trafficNote, language)}</p>
          {[PAGE_BREAKDOWNS, OTHER_BREAKDOWNS].map((keys) => (
            <div class={keys === PAGE_BREAKDOWNS ? 'grid-2 web-pages' : 'grid-2'} key={keys[0]}>
              {keys.map((key) =>
                web[key] === undefined ? null : (
                  <section class="panel" key={key}>
                    <Bars title={say(WORDS[key], language)} bars={breakdownBars(web[key], language)} />
                  </section>
                ),
              )}
            </div>
          ))}
        </>
      )}
    </section>
  );
}

/**
 * The website: sessions, DAU/MAU, first-week engagement, conversion and cart abandonment as
 * cards; the sessions' count, bounce rate, pages per session and mean and median durations
 * with their trends; the average DAU and MAU; the conversion trends with their intervals; and
 * where visits come from and go (pages, entry and exit pages, sources, campaigns, devices,
 * browsers, systems) with each value's share and interval. A figure the report cannot give
 * (cookieless mode, no session) says why.
 */
export function WebPage({ view }: PageProps) {
  const language = useLanguage();
  const report = useReport(view.query);
  const _data = report.data;
  return (
    <ReportFrame title={say(WORDS.title, language)} view={view} report={report}>
      {(data) => (
        <>
          <div class="cards">
            {CARDS.map(([id, section]) => (
              <IndicatorCard key={id} entry={INDICATORS.get(id)!} record={data.indicators[id]} trend={trendOf(data, id)} href={`#${section}`} />
            ))}
          </div>
          <SessionsSection report={data} language={language} />
          <VisitorsSection report={data} language={language} />
          <ConversionSection report={data} language={language} />
          <TrafficSection report={data} language={language} />
        </>
      )}
    </ReportFrame>
  );
}
