import { ReportFrame } from '../components/ReportFrame.js';
import { useReport } from '../api/useReport.js';
import { Bars } from '../components/Bars.js';
import { serverPage } from '../components/Header.js';
import { IndicatorCard } from '../components/IndicatorCard.js';
import { TrendChart } from '../components/TrendChart.js';
import { INDICATORS } from '../indicators/catalogue.js';
import { formatPercent } from '../i18n/format.js';
import { say, useLanguage, type Words } from '../i18n/words.js';
import { keyedBars, keyedEntries } from './keyedBars.js';
import { trendOf } from './OverviewPage.js';
import type { PageProps } from './registry.js';

const WORDS = {
  title: { en: 'In-store', fr: 'En magasin' },
  scores: { en: 'Mystery shopping scores', fr: 'Scores des visites mystère' },
  bySite: { en: 'Mean visit score by site', fr: 'Score moyen des visites par site' },
  byTouchpoint: { en: 'Score by touchpoint (criteria pooled)', fr: 'Score par point de contact (critères regroupés)' },
  trend: { en: 'Mean visit score', fr: 'Score moyen des visites' },
  scoreNote: {
    en: 'A visit scores 100 × Σ(weight × score) / Σ(weight × maximum) over its criteria. Scores from different audit grids are not comparable.',
    fr: "Une visite obtient 100 × Σ(poids × note) / Σ(poids × maximum) sur ses critères. Les scores de grilles d'audit différentes ne se comparent pas.",
  },
  audits: { en: 'Audit grids and the visit form', fr: "Grilles d'audit et formulaire de visite" },
} satisfies Record<string, Words>;

const VISITS = { en: ['visit', 'visits'], fr: ['visite', 'visites'] } as const;
const CRITERIA = { en: ['criterion scored', 'criteria scored'], fr: ['critère noté', 'critères notés'] } as const;

/**
 * In-store quality: the mystery-shopping score as a card, its trend, the mean score of each
 * site (with its visits) and the pooled score of each touchpoint (with its criteria), best
 * first, and a link to the server's audit pages where visits are recorded.
 */
export function StoresPage({ view, workspace }: PageProps) {
  const language = useLanguage();
  const report = useReport(view.query);
  const data = report.data;
  const audit = data?.indicators.mysteryShopping;
  const series = data?.series ?? [];
  const percent = (value: number) => formatPercent(value, language);
  return (
    <ReportFrame title={say(WORDS.title, language)} view={view} report={report}>
      {(data) => (
        <>
          <div class="cards">
            <IndicatorCard entry={INDICATORS.get('mysteryShopping')!} record={audit} trend={trendOf(data, 'mysteryShopping')} href="#stores-scores" />
          </div>
          <p>
            <a href={serverPage('/audits', workspace, language)}>{say(WORDS.audits, language)}</a>
          </p>
          {audit?.value != null && (
            <section aria-labelledby="stores-scores">
              <h2 id="stores-scores">{say(WORDS.scores, language)}</h2>
              <p class="note">{say(WORDS.scoreNote, language)}</p>
              <div class="grid-2">
                <section class="panel">
                  <Bars
                    title={say(WORDS.bySite, language)}
                    bars={keyedBars(keyedEntries(audit.bySite, 'value', 'visits'), 'percent', VISITS, language)}
                    max={100}
                  />
                </section>
                <section class="panel">
                  <Bars
                    title={say(WORDS.byTouchpoint, language)}
                    bars={keyedBars(keyedEntries(audit.byTouchpoint, 'value', 'criteria'), 'percent', CRITERIA, language)}
                    max={100}
                  />
                </section>
              </div>
              {series.length > 0 && (
                <section class="panel">
                  <TrendChart
                    title={say(WORDS.trend, language)}
                    points={series}
                    interval={data.interval}
                    lines={[{ name: say(INDICATORS.get('mysteryShopping')!.name, language), values: trendOf(data, 'mysteryShopping') }]}
                    format={percent}
                  />
                </section>
              )}
            </section>
          )}
        </>
      )}
    </ReportFrame>
  );
}
