import { type ViewQuery, viewUrl, withQuery } from './viewQuery.js';

/** What a drill-down narrows the comments to: the score the band reads, the band, a theme, a sentiment, more filters. */
export interface Drill {
  indicator?: 'nps' | 'enps' | 'csat' | 'ces';
  band?: string;
  theme?: string;
  sentiment?: 'positive' | 'neutral' | 'negative';
  where?: readonly string[];
}

/** The address of the comments behind a number: the comments page on the same period and filters, narrowed by `drill`. */
export function drillLink(query: ViewQuery, drill: Drill): string {
  const where = [...(query.where ?? []), ...(drill.where ?? [])];
  return viewUrl({
    page: 'comments',
    query: withQuery(query, { indicator: drill.indicator, band: drill.band, theme: drill.theme, sentiment: drill.sentiment, where }),
  });
}
