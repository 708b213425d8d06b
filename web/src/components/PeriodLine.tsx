import type { Report } from '../api/types.js';
import { formatPeriod } from '../i18n/format.js';
import { labelled, say, useLanguage, type Words } from '../i18n/words.js';

const WORDS = {
  period: { en: 'Period', fr: 'Période' },
  compared: { en: 'compared with', fr: 'comparée à' },
  allData: { en: 'no data yet', fr: 'pas encore de données' },
} satisfies Record<string, Words>;

/** The period a report covers, and the period it is compared with, written out. */
export function PeriodLine({ report }: { report: Report }) {
  const language = useLanguage();
  const { from, to } = report.period;
  return (
    <p class="period-line">
      {labelled(WORDS.period, language)} {from !== null && to !== null ? formatPeriod(from, to, language) : say(WORDS.allData, language)}
      {report.comparedWith && (
        <>
          {' '}
          {say(WORDS.compared, language)} {formatPeriod(report.comparedWith.from, report.comparedWith.to, language)}
        </>
      )}
    </p>
  );
}
