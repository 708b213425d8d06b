import { ReportFrame } from '../components/ReportFrame.js';
import type { Report } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { IndicatorCard } from '../components/IndicatorCard.js';
import { DIMENSIONS } from '../indicators/catalogue.js';
import { say, useLanguage, type Words } from '../i18n/words.js';
import { reportParameters, viewUrl } from '../view/viewQuery.js';
import type { PageProps } from './registry.js';

const WORDS = {
  title: { en: 'Overview', fr: "Vue d'ensemble" },
} satisfies Record<string, Words>;

/** The values of one indicator over the report's series, null where a period has none. */
export function trendOf(report: Report, indicator: string): (number | null)[] {
  return (report.series ?? []).map((point) => point.indicators[indicator]?.value ?? null);
}

/**
 * The overview: one card per indicator of the report (GET /api/report with the view's period,
 * comparison, filters and a monthly series by default), grouped by dimension of engagement.
 */
export function OverviewPage({ view }: PageProps) {
  const language = useLanguage();
  const parameters = { ...reportParameters(view.query), interval: view.query.interval ?? 'month', by: undefined };
  const report = useApi<Report>('/api/report', parameters);
  return (
    <ReportFrame title={say(WORDS.title, language)} view={view} report={report}>
      {(_data) => (
        <>
          {DIMENSIONS.map((dimension) => (
            <section key={dimension.id} class="dimension" aria-labelledby={`dimension-${dimension.id}`}>
              <h2 id={`dimension-${dimension.id}`}>{say(dimension.name, language)}</h2>
              <div class="cards">
                {dimension.indicators.map((entry) => (
                  <IndicatorCard
                    key={entry.id}
                    entry={entry}
                    record={report.data?.indicators[entry.id]}
                    trend={trendOf(report.data!, entry.id)}
                    href={viewUrl({ page: entry.page, query: view.query })}
                  />
                ))}
              </div>
            </section>
          ))}
        </>
      )}
    </ReportFrame>
  );
}
