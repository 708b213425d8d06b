import { BAND_NAMES, NPS_BANDS_TITLE, npsBand } from '../indicators/answerBands.js';
import { ReportFrame } from '../components/ReportFrame.js';
import type { IndicatorRecord } from '../api/types.js';
import { useReport } from '../api/useReport.js';
import { type Bar, Bars } from '../components/Bars.js';
import { IndicatorCard } from '../components/IndicatorCard.js';
import { TrendChart } from '../components/TrendChart.js';
import { INDICATORS } from '../indicators/catalogue.js';
import { formatValue } from '../indicators/formatValue.js';
import { formatNumber, formatPercent } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import { say, useLanguage, type Words } from '../i18n/words.js';
import { drillLink } from '../view/drillLink.js';
import type { ViewQuery } from '../view/viewQuery.js';
import { groupBars } from './groupBars.js';
import { trendOf } from './OverviewPage.js';
import type { PageProps } from './registry.js';

const WORDS = {
  title: { en: 'Recommendation', fr: 'Recommandation' },
  trend: { en: 'NPS and its 95 % interval', fr: 'NPS et son intervalle à 95 %' },
  distribution: { en: 'Answers from 0 to 10 (click a score for its comments)', fr: 'Réponses de 0 à 10 (cliquez une note pour ses commentaires)' },
  answers: { en: 'answers', fr: 'réponses' },
  groups: { en: 'NPS by group', fr: 'NPS par groupe' },
} satisfies Record<string, Words>;

/** The three bands of an NPS record as bars, each leading to its comments. */
export function bandBars(record: IndicatorRecord, indicator: 'nps' | 'enps', query: ViewQuery, language: Language): Bar[] {
  const n = record.n ?? 0;
  const bands = [
    ['detractor', record.detractors, 'bad'],
    ['passive', record.passives, 'neutral'],
    ['promoter', record.promoters, 'good'],
  ] as const;
  return bands.map(([band, count, tone]) => {
    const value = typeof count === 'number' ? count : 0;
    return {
      label: say(BAND_NAMES[band], language),
      value,
      text: n > 0 ? `${formatPercent((100 * value) / n, language)} (${formatNumber(value, language, 0)})` : '–',
      tone,
      href: drillLink(query, { indicator, band }),
    };
  });
}

/** The distribution of 0–10 answers as bars, each score leading to the comments of its band. */
export function scoreBars(distribution: readonly number[], indicator: 'nps' | 'enps', query: ViewQuery, language: Language): Bar[] {
  return distribution.map((count, score) => ({
    label: String(score),
    value: count,
    text: formatNumber(count, language, 0),
    tone: npsBand(score) === 'detractor' ? 'bad' : npsBand(score) === 'promoter' ? 'good' : 'neutral',
    href: drillLink(query, { indicator, band: npsBand(score) }),
  }));
}

/**
 * Recommendation: the NPS and the detractors' follow-up as cards, the NPS trend with its
 * interval, its 0–10 distribution and its three bands — each score and band opening the
 * comments behind it — and, grouped by the view's `by`, the NPS of each group.
 */
export function RecommendationPage({ view }: PageProps) {
  const language = useLanguage();
  const report = useReport(view.query);
  const data = report.data;
  const nps = data?.indicators.nps;
  const groups = data === undefined ? [] : groupBars(data, 'nps', { kind: 'score', range: [-100, 100], drill: 'nps' }, view.query, language);
  return (
    <ReportFrame title={say(WORDS.title, language)} view={view} report={report}>
      {(data) => (
        <>
          <div class="cards">
            {['nps', 'detractorFollowUp'].map((id) => (
              <IndicatorCard
                key={id}
                entry={INDICATORS.get(id)!}
                record={data.indicators[id]}
                trend={trendOf(data, id)}
                href={drillLink(view.query, id === 'nps' ? { indicator: 'nps' } : {})}
              />
            ))}
          </div>
          {nps !== undefined && nps.value !== null && (
            <div class="grid-2">
              <section class="panel">
                <TrendChart
                  title={say(WORDS.trend, language)}
                  points={data.series ?? []}
                  interval={data.interval}
                  lines={[{ name: 'NPS', values: trendOf(data, 'nps'), intervals: (data.series ?? []).map((point) => point.indicators.nps?.ci95 ?? null) }]}
                  format={(value) => formatValue(value, 'score', language)}
                />
              </section>
              <section class="panel">
                <Bars title={say(NPS_BANDS_TITLE, language)} bars={bandBars(nps, 'nps', view.query, language)} max={nps.n} />
                <Bars title={say(WORDS.distribution, language)} bars={scoreBars(nps.distribution ?? [], 'nps', view.query, language)} />
              </section>
            </div>
          )}
          {groups.length > 0 && (
            <section class="panel">
              <Bars title={`${say(WORDS.groups, language)} (${view.query.by})`} bars={groups} max={200} />
            </section>
          )}
        </>
      )}
    </ReportFrame>
  );
}
