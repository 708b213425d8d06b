/**
 * What a dashboard view is, as kept in its URL so that a link shares it: the page
 * (`/app/<page>`, the overview at `/` too) and the query — the workspace, the language, the
 * period, the comparison, the filters, the grouping and the drill-down's choices. Pure
 * functions, so the address bar, the links and the API calls all read the same state.
 */

/** The URL parameters a view keeps, in the order written back. `where` repeats. */
export const VIEW_PARAMETERS = [
  'workspace',
  'lang',
  'from',
  'to',
  'compare',
  'interval',
  'by',
  'where',
  'indicator',
  'band',
  'theme',
  'sentiment',
  'churnWindow',
  'churnModel',
  'segment',
] as const;

/** One of the view's parameters. */
export type ViewParameter = (typeof VIEW_PARAMETERS)[number];

/** The view's query: each parameter's value (several for `where`), absent when not set. */
export type ViewQuery = Partial<Record<Exclude<ViewParameter, 'where'>, string>> & { where?: readonly string[] };

/** A view: the page and its query. */
export interface View {
  page: string;
  query: ViewQuery;
}

/** The page a path shows: `/` and `/app` the overview, `/app/<page…>` that page; null for any other path. */
export function pageOfPath(pathname: string): string | null {
  const path = pathname.replace(/\/+$/, '');
  if (path === '' || path === '/app') return 'overview';
  const match = /^\/app\/([a-z0-9-]+(?:\/[a-z0-9-]+)?)$/.exec(path);
  return match === null ? null : (match[1] as string);
}

/** The view a location shows (its path and query string); unknown parameters are dropped. */
export function parseView(pathname: string, search: string): View {
  const parameters = new URLSearchParams(search);
  const query: ViewQuery = {};
  for (const name of VIEW_PARAMETERS) {
    if (name === 'where') {
      const values = parameters.getAll('where').filter((value) => value !== '');
      if (values.length > 0) query.where = values;
      continue;
    }
    const value = parameters.get(name);
    if (value !== null && value !== '') query[name] = value;
  }
  return { page: pageOfPath(pathname) ?? 'overview', query };
}

/** The address of a view: `/` for the overview, `/app/<page>` else, then its query string. */
export function viewUrl(view: View): string {
  const parameters = new URLSearchParams();
  for (const name of VIEW_PARAMETERS) {
    if (name === 'where') {
      for (const value of view.query.where ?? []) parameters.append('where', value);
      continue;
    }
    const value = view.query[name];
    if (value !== undefined && value !== '') parameters.set(name, value);
  }
  const path = view.page === 'overview' ? '/' : `/app/${view.page}`;
  const search = parameters.toString();
  return search === '' ? path : `${path}?${search}`;
}

/** The query with some parameters changed: an undefined or empty value removes one. */
export function withQuery(query: ViewQuery, changes: ViewQuery): ViewQuery {
  const next: ViewQuery = { ...query };
  for (const [name, value] of Object.entries(changes) as [keyof ViewQuery, string | readonly string[] | undefined][]) {
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) delete next[name];
    else (next as Record<string, unknown>)[name] = value;
  }
  return next;
}

/**
 * The parameters of the report (GET /api/report) that a view sets: workspace, period,
 * comparison, interval, filters, grouping, and how churn is measured (`churnWindow` days of
 * inactivity or `churnModel=bgnbd`; neither: the report's default).
 */
export function reportParameters(query: ViewQuery): Record<string, string | readonly string[] | undefined> {
  const { workspace, from, to, compare, interval, by, where, churnWindow, churnModel } = query;
  return { workspace, from, to, compare, interval, by, where, churnWindow, churnModel };
}
