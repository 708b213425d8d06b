import { ReportFrame } from '../components/ReportFrame.js';
import { useReport } from '../api/useReport.js';
import { Bars } from '../components/Bars.js';
import { Figures } from '../components/Figures.js';
import { IndicatorCard, missingReason } from '../components/IndicatorCard.js';
import { TrendChart } from '../components/TrendChart.js';
import { INDICATORS } from '../indicators/catalogue.js';
import { formatInterval } from '../indicators/formatValue.js';
import { formatCount, formatPercent } from '../i18n/format.js';
import { COMMON, say, useLanguage, type Words } from '../i18n/words.js';
import { drillLink } from '../view/drillLink.js';
import { keyedBars, keyedEntries } from './keyedBars.js';
import { trendOf } from './OverviewPage.js';
import type { PageProps } from './registry.js';
import { fieldTrend, keyedTrend } from './seriesFields.js';

const WORDS = {
  title: { en: 'Social', fr: 'Réseaux sociaux' },
  engagement: { en: 'Engagement rate (interactions per follower, per post)', fr: "Taux d'engagement (interactions par abonné, par publication)" },
  mean: { en: 'Mean', fr: 'Moyenne' },
  median: { en: 'Median', fr: 'Médiane' },
  posts: { en: 'Posts', fr: 'Publications' },
  byPlatform: { en: 'Mean engagement rate by platform', fr: "Taux d'engagement moyen par plateforme" },
  engagementTrend: { en: 'Engagement rate, mean and median of the posts', fr: "Taux d'engagement, moyenne et médiane des publications" },
  platformNote: {
    en: 'Platforms differ by an order of magnitude: the overall mean depends on the mix of posts. Sector benchmarks publish medians.',
    fr: "Les plateformes diffèrent d'un ordre de grandeur : la moyenne globale dépend de la répartition des publications. Les références sectorielles publient des médianes.",
  },
  shareOfVoice: { en: 'Share of voice (share of the mentions)', fr: 'Part de voix (part des mentions)' },
  ownShare: { en: 'Your brand', fr: 'Votre marque' },
  mentions: { en: 'Mentions', fr: 'Mentions' },
  byBrand: { en: 'Share of the mentions by brand (click a brand for its mentions)', fr: 'Part des mentions par marque (cliquez une marque pour ses mentions)' },
  brandTrend: { en: 'Share of voice by brand', fr: 'Part de voix par marque' },
  brandNote: {
    en: 'Shares compare only over the same set of tracked brands: adding a competitor lowers every share.',
    fr: 'Les parts ne se comparent que sur le même ensemble de marques suivies : ajouter un concurrent les fait toutes baisser.',
  },
} satisfies Record<string, Words>;

/** The cards of the page, each leading to the section that shows it in full. */
const CARDS = [
  ['socialEngagementRate', '#social-engagement'],
  ['shareOfVoice', '#social-voice'],
] as const;

const POSTS = { en: ['post', 'posts'], fr: ['publication', 'publications'] } as const;
const MENTIONS = { en: ['mention', 'mentions'], fr: ['mention', 'mentions'] } as const;

/**
 * Social: the engagement rate and the share of voice as cards; the engagement rate's mean
 * and median, by platform, and its trend; each brand's share of the mentions — each brand
 * opening its mentions — and every brand's share of voice over the series.
 */
export function SocialPage({ view }: PageProps) {
  const language = useLanguage();
  const report = useReport(view.query);
  const data = report.data;
  const engagement = data?.indicators.socialEngagementRate;
  const voice = data?.indicators.shareOfVoice;
  const series = data?.series ?? [];
  const percent = (value: number) => formatPercent(value, language);
  const orMissing = (value: unknown, format: (value: number) => string) =>
    typeof value === 'number' ? format(value) : say(COMMON[missingReason(engagement)], language);
  return (
    <ReportFrame title={say(WORDS.title, language)} view={view} report={report}>
      {(data) => (
        <>
          <div class="cards">
            {CARDS.map(([id, href]) => (
              <IndicatorCard key={id} entry={INDICATORS.get(id)!} record={data.indicators[id]} trend={trendOf(data, id)} href={href} />
            ))}
          </div>
          <section aria-labelledby="social-engagement">
            <h2 id="social-engagement">{say(WORDS.engagement, language)}</h2>
            <Figures
              figures={[
                { label: say(WORDS.mean, language), value: orMissing(engagement?.value, percent) },
                { label: say(WORDS.median, language), value: orMissing(engagement?.median, percent) },
                { label: say(WORDS.posts, language), value: orMissing(engagement?.posts, (value) => formatCount(value, POSTS, language)) },
              ]}
            />
            {engagement?.value != null && (
              <div class="grid-2">
                <section class="panel">
                  <Bars
                    title={say(WORDS.byPlatform, language)}
                    bars={keyedBars(keyedEntries(engagement.byPlatform, 'value', 'posts'), 'percent', POSTS, language)}
                  />
                  <p class="note">{say(WORDS.platformNote, language)}</p>
                </section>
                {series.length > 0 && (
                  <section class="panel">
                    <TrendChart
                      title={say(WORDS.engagementTrend, language)}
                      points={series}
                      interval={data.interval}
                      lines={[
                        { name: say(WORDS.mean, language), values: trendOf(data, 'socialEngagementRate') },
                        { name: say(WORDS.median, language), values: fieldTrend(data, 'socialEngagementRate', 'median') },
                      ]}
                      format={percent}
                    />
                  </section>
                )}
              </div>
            )}
          </section>
          <section aria-labelledby="social-voice">
            <h2 id="social-voice">{say(WORDS.shareOfVoice, language)}</h2>
            <Figures
              figures={[
                {
                  label: say(WORDS.ownShare, language),
                  value:
                    voice?.value == null
                      ? say(COMMON[missingReason(voice)], language)
                      : `${percent(voice.value)}${voice.ci95 ? ` ${formatInterval(voice.ci95, 'percent', language)}` : ''}`,
                },
                {
                  label: say(WORDS.mentions, language),
                  value: typeof voice?.totalMentions === 'number' ? formatCount(voice.totalMentions, MENTIONS, language) : say(COMMON.noData, language),
                },
              ]}
            />
            {voice?.value != null && (
              <div class="grid-2">
                <section class="panel">
                  <Bars
                    title={say(WORDS.byBrand, language)}
                    bars={keyedBars(keyedEntries(voice.byBrand, 'share', 'mentions'), 'percent', MENTIONS, language, (brand) =>
                      drillLink(view.query, { where: [`brand=${brand}`] }),
                    )}
                    max={100}
                  />
                  <p class="note">{say(WORDS.brandNote, language)}</p>
                </section>
                {series.length > 0 && (
                  <section class="panel">
                    <TrendChart
                      title={say(WORDS.brandTrend, language)}
                      points={series}
                      interval={data.interval}
                      lines={keyedTrend(data, 'shareOfVoice', 'byBrand', 'share')}
                      format={percent}
                    />
                  </section>
                )}
              </div>
            )}
          </section>
        </>
      )}
    </ReportFrame>
  );
}
