import type { ComponentChildren } from 'preact';
import type { Report } from '../api/types.js';
import type { Loaded } from '../api/useApi.js';
import type { View } from '../view/viewQuery.js';
import { Filters } from './Filters.js';
import { PeriodLine } from './PeriodLine.js';
import { Status } from './Status.js';

/**
 * The frame of a page drawn from the report: its title, the filters (with the report's
 * exports), what the page says before its figures (`before`), the loading status or the
 * API's refusal, then — once the report has come — the period it covers and the page's own
 * content, marked busy while a new report loads.
 */
export function ReportFrame({
  title,
  view,
  report,
  before,
  children,
}: {
  title: string;
  view: View;
  report: Loaded<Report>;
  before?: ComponentChildren;
  children: (data: Report) => ComponentChildren;
}) {
  const data = report.data;
  return (
    <>
      <h1>{title}</h1>
      <Filters view={view} periodEnd={data?.period.to ?? null} exportPath="/api/report" />
      {before}
      <Status loading={report.loading && data === undefined} error={report.error} />
      {data !== undefined && (
        <div aria-busy={report.loading}>
          <PeriodLine report={data} />
          {children(data)}
        </div>
      )}
    </>
  );
}
