import { ReportFrame } from '../components/ReportFrame.js';
import { useReport } from '../api/useReport.js';
import { Bars } from '../components/Bars.js';
import { IndicatorCard } from '../components/IndicatorCard.js';
import { TrendChart } from '../components/TrendChart.js';
import { INDICATORS } from '../indicators/catalogue.js';
import { formatValue } from '../indicators/formatValue.js';
import { formatNumber, formatPercent } from '../i18n/format.js';
import { say, useLanguage, type Words } from '../i18n/words.js';
import { drillLink } from '../view/drillLink.js';
import { groupBars } from './groupBars.js';
import { trendOf } from './OverviewPage.js';
import type { PageProps } from './registry.js';

const WORDS = {
  title: { en: 'Satisfaction and effort', fr: 'Satisfaction et effort' },
  csatTrend: { en: 'CSAT (share of 4 and 5 out of 5) and its 95 % interval', fr: 'CSAT (part de 4 et 5 sur 5) et son intervalle à 95 %' },
  cesTrend: {
    en: 'CES (mean effort score, 1 to 7, 7 = very easy) and its 95 % interval',
    fr: 'CES (effort moyen, de 1 à 7, 7 = très facile) et son intervalle à 95 %',
  },
  csatAnswers: { en: 'CSAT answers from 1 to 5 (click for the comments)', fr: 'Réponses CSAT de 1 à 5 (cliquez pour les commentaires)' },
  easyShare: { en: 'Share of answers saying it was easy (5 to 7)', fr: 'Part des réponses « facile » (5 à 7)' },
  csatGroups: { en: 'CSAT by group', fr: 'CSAT par groupe' },
  cesGroups: { en: 'CES by group', fr: 'CES par groupe' },
} satisfies Record<string, Words>;

/**
 * Satisfaction and effort: CSAT and CES as cards, their trends with their intervals, the
 * CSAT's 1–5 distribution (each score opening the comments of CSAT answers), the share of
 * easy answers, and both by group when the view has `by`.
 */
export function SatisfactionPage({ view }: PageProps) {
  const language = useLanguage();
  const report = useReport(view.query);
  const data = report.data;
  const csat = data?.indicators.csat;
  const ces = data?.indicators.ces;
  const series = data?.series ?? [];
  return (
    <ReportFrame title={say(WORDS.title, language)} view={view} report={report}>
      {(data) => (
        <>
          <div class="cards">
            {(['csat', 'ces'] as const).map((id) => (
              <IndicatorCard
                key={id}
                entry={INDICATORS.get(id)!}
                record={data.indicators[id]}
                trend={trendOf(data, id)}
                href={drillLink(view.query, { indicator: id })}
              />
            ))}
          </div>
          <div class="grid-2">
            {csat?.value != null && (
              <section class="panel">
                <TrendChart
                  title={say(WORDS.csatTrend, language)}
                  points={series}
                  interval={data.interval}
                  lines={[{ name: 'CSAT', values: trendOf(data, 'csat'), intervals: series.map((point) => point.indicators.csat?.ci95 ?? null) }]}
                  format={(value) => formatValue(value, 'percent', language)}
                />
                <Bars
                  title={say(WORDS.csatAnswers, language)}
                  bars={(csat.distribution ?? []).map((count, index) => ({
                    label: '★'.repeat(index + 1),
                    value: count,
                    text: `${formatNumber(count, language, 0)} (${formatPercent(csat.n ? (100 * count) / csat.n : 0, language)})`,
                    tone: index >= 3 ? 'good' : 'bad',
                    href: drillLink(view.query, { indicator: 'csat', band: index >= 3 ? 'high' : 'low' }),
                  }))}
                />
              </section>
            )}
            {ces?.value != null && (
              <section class="panel">
                <TrendChart
                  title={say(WORDS.cesTrend, language)}
                  points={series}
                  interval={data.interval}
                  lines={[{ name: 'CES', values: trendOf(data, 'ces'), intervals: series.map((point) => point.indicators.ces?.ci95 ?? null) }]}
                  format={(value) => formatValue(value, 'scale', language)}
                />
                {typeof ces.easyShare === 'number' && (
                  <Bars
                    title={say(WORDS.easyShare, language)}
                    bars={[
                      {
                        label: 'CES',
                        value: ces.easyShare,
                        text: formatPercent(ces.easyShare, language),
                        tone: 'good',
                        href: drillLink(view.query, { indicator: 'ces' }),
                      },
                    ]}
                    max={100}
                  />
                )}
              </section>
            )}
          </div>
          {(data.groups ?? []).length > 0 && (
            <div class="grid-2">
              <section class="panel">
                <Bars
                  title={`${say(WORDS.csatGroups, language)} (${view.query.by})`}
                  bars={groupBars(data, 'csat', { kind: 'percent', range: [0, 100], drill: 'csat' }, view.query, language)}
                  max={100}
                />
              </section>
              <section class="panel">
                <Bars
                  title={`${say(WORDS.cesGroups, language)} (${view.query.by})`}
                  bars={groupBars(data, 'ces', { kind: 'scale', range: [1, 7], drill: 'ces' }, view.query, language)}
                  max={6}
                />
              </section>
            </div>
          )}
        </>
      )}
    </ReportFrame>
  );
}
