import { NPS_BANDS_TITLE } from '../indicators/answerBands.js';
import { ReportFrame } from '../components/ReportFrame.js';
import { useReport } from '../api/useReport.js';
import { Bars } from '../components/Bars.js';
import { IndicatorCard } from '../components/IndicatorCard.js';
import { TrendChart } from '../components/TrendChart.js';
import { INDICATORS, type IndicatorEntry } from '../indicators/catalogue.js';
import { formatValue } from '../indicators/formatValue.js';
import { COMMON, say, useLanguage, type Words } from '../i18n/words.js';
import { drillLink } from '../view/drillLink.js';
import { navigate } from '../view/useView.js';
import { withQuery } from '../view/viewQuery.js';
import { BarometerPanel } from './employees/BarometerPanel.js';
import { groupBars } from './groupBars.js';
import { trendOf } from './OverviewPage.js';
import { bandBars, scoreBars } from './RecommendationPage.js';
import type { PageProps } from './registry.js';

const WORDS = {
  title: { en: 'Employees', fr: 'Collaborateurs' },
  trend: { en: 'eNPS and its 95 % interval', fr: 'eNPS et son intervalle à 95 %' },
  distribution: { en: 'Answers from 0 to 10', fr: 'Réponses de 0 à 10' },
  byTeam: { en: 'eNPS by group', fr: 'eNPS par groupe' },
  anonymity: {
    en: 'Anonymity: a group of fewer than 5 employees shows no score and no comment, whatever the filters (docs/indicators.md).',
    fr: 'Anonymat : un groupe de moins de 5 collaborateurs ne montre ni score ni commentaire, quels que soient les filtres.',
  },
  splitBy: { en: 'Split by team', fr: 'Répartir par équipe' },
} satisfies Record<string, Words>;

/** The employee barometer as a card: an index 0–100 over its respondents (docs/indicators.md, `employeeEngagement`). */
const BAROMETER: IndicatorEntry = {
  id: 'employeeEngagement',
  name: { en: 'Employee barometer (0–100)', fr: 'Baromètre collaborateurs (0–100)' },
  kind: 'index',
  higherIsBetter: true,
  basis: 'n',
  page: 'employees',
};

/** The employees' comments of the view: the comments page with `population=employee` added to its filters. */
function employeeComments(query: PageProps['view']['query']): string {
  return drillLink(query, { where: (query.where ?? []).includes('population=employee') ? [] : ['population=employee'] });
}

/**
 * Employees: the eNPS as a card, its trend, its bands and distribution (each opening the
 * comments behind it), and the eNPS by group (team, site, seniority: the view's `by`), where
 * the API withholds any group of 1 to 4 answers and this page says so; when the workspace has
 * a barometer, its card and its dimensions, groups and drivers (BarometerPanel).
 */
export function EmployeesPage({ view }: PageProps) {
  const language = useLanguage();
  const report = useReport(view.query);
  const data = report.data;
  const enps = data?.indicators.enps;
  const series = data?.series ?? [];
  return (
    <ReportFrame
      title={say(WORDS.title, language)}
      view={view}
      report={report}
      before={
        <>
          <p class="note">{say(WORDS.anonymity, language)}</p>
          {view.query.by === undefined && (
            <p>
              <button type="button" onClick={() => navigate({ page: view.page, query: withQuery(view.query, { by: 'team' }) })}>
                {say(WORDS.splitBy, language)}
              </button>
            </p>
          )}
        </>
      }
    >
      {(data) => (
        <>
          <div class="cards">
            <IndicatorCard entry={INDICATORS.get('enps')!} record={enps} trend={trendOf(data, 'enps')} href={drillLink(view.query, { indicator: 'enps' })} />
            {data.indicators.employeeEngagement !== undefined && (
              <IndicatorCard
                entry={BAROMETER}
                record={data.indicators.employeeEngagement}
                trend={trendOf(data, 'employeeEngagement')}
                href={employeeComments(view.query)}
              />
            )}
          </div>
          <BarometerPanel report={data} commentsHref={employeeComments(view.query)} />
          {enps?.value != null && (
            <div class="grid-2">
              <section class="panel">
                <TrendChart
                  title={say(WORDS.trend, language)}
                  points={series}
                  interval={data.interval}
                  lines={[{ name: 'eNPS', values: trendOf(data, 'enps'), intervals: series.map((point) => point.indicators.enps?.ci95 ?? null) }]}
                  format={(value) => formatValue(value, 'score', language)}
                />
              </section>
              <section class="panel">
                <Bars title={say(NPS_BANDS_TITLE, language)} bars={bandBars(enps, 'enps', view.query, language)} max={enps.n} />
                <Bars title={say(WORDS.distribution, language)} bars={scoreBars(enps.distribution ?? [], 'enps', view.query, language)} />
              </section>
            </div>
          )}
          {(data.groups ?? []).length > 0 && (
            <section class="panel">
              <Bars
                title={`${say(WORDS.byTeam, language)} (${view.query.by})`}
                bars={groupBars(data, 'enps', { kind: 'score', range: [-100, 100], drill: 'enps' }, view.query, language)}
                max={200}
              />
              {(data.groups ?? []).some((group) => group.indicators.enps?.suppressed === true) && <p class="note">{say(COMMON.suppressed, language)}</p>}
            </section>
          )}
        </>
      )}
    </ReportFrame>
  );
}
