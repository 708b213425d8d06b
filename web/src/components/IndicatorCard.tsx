import type { IndicatorRecord } from '../api/types.js';
import type { IndicatorEntry } from '../indicators/catalogue.js';
import { formatInterval, formatValue } from '../indicators/formatValue.js';
import { formatNumber } from '../i18n/format.js';
import { COMMON, labelled, say, useLanguage } from '../i18n/words.js';
import { ChangeBadge } from './ChangeBadge.js';
import { Sparkline } from './Sparkline.js';

/** Why an indicator shows no value: withheld for anonymity, the report's own reason (cookieless mode), else no data in the period. */
export function missingReason(record: IndicatorRecord | undefined): 'suppressed' | 'cookieless' | 'noData' {
  if (record?.suppressed === true) return 'suppressed';
  return record?.reason === 'not measurable in cookieless mode' ? 'cookieless' : 'noData';
}

/** The number of observations a record rests on, from the field the catalogue names. */
export function basisOf(record: IndicatorRecord, field: string): number | null {
  const value = record[field];
  return typeof value === 'number' ? value : null;
}

/**
 * One indicator on the overview: its value, what it rests on (n), its 95 % interval, a
 * sparkline of the series, the change against the comparison period with the test's
 * verdict, a low-precision badge and the sector's figure when the report gives one. With no
 * value it says why instead of showing zero. The whole card links to its family page.
 */
export function IndicatorCard({
  entry,
  record,
  trend,
  href,
}: {
  entry: IndicatorEntry;
  record: IndicatorRecord | undefined;
  trend: (number | null)[];
  href: string;
}) {
  const language = useLanguage();
  const name = say(entry.name, language);
  const value = record?.value ?? null;
  const basis = record === undefined ? null : basisOf(record, entry.basis);
  return (
    <article class="card" data-indicator={entry.id}>
      <h3>
        <a href={href}>{name}</a>
      </h3>
      {value === null ? (
        <p class="missing">{say(COMMON[missingReason(record)], language)}</p>
      ) : (
        <>
          <p class="value" data-value={String(value)}>
            {formatValue(value, entry.kind, language)}
            {record?.lowPrecision === true && (
              <span class="badge badge-warning" title={say(COMMON.lowPrecisionHelp, language)}>
                {say(COMMON.lowPrecision, language)}
              </span>
            )}
          </p>
          <p class="basis">
            {record?.ci95 ? <span title={say(COMMON.interval, language)}>{formatInterval(record.ci95, entry.kind, language)}</span> : null}
            {basis !== null && entry.basis !== 'value' ? (
              <span>
                {record?.ci95 ? ' · ' : ''}n = {formatNumber(basis, language, 0)}
              </span>
            ) : null}
          </p>
          <Sparkline values={trend} />
          {record?.change ? <ChangeBadge change={record.change} kind={entry.kind} higherIsBetter={entry.higherIsBetter} /> : null}
          {record?.benchmark ? (
            <p class="benchmark">
              {labelled(COMMON.sector, language)} {formatValue(record.benchmark.value, entry.kind, language)}{' '}
              <cite>
                {record.benchmark.source}
                {record.benchmark.year ? `, ${record.benchmark.year}` : ''}
              </cite>
            </p>
          ) : null}
        </>
      )}
    </article>
  );
}
