import { type ChartBox, coordinate, plotArea } from './chartBox.js';
import { html, type SafeHtml } from './safeHtml.js';

/** One point of a series: its label (a day, a week, a month), its value and its 95% interval, each null when unknown. */
export interface LinePoint {
  label: string;
  value: number | null;
  low: number | null;
  high: number | null;
}

/** Where a line chart's marks go, in SVG units. */
export interface LineGeometry {
  /** The smallest and largest value the plot spans (the values and the interval bounds). */
  domain: [number, number];
  /** Each point's position; y is null for a point without a value. */
  points: { x: number; y: number | null }[];
  /** The line's path: one `M … L …` run per stretch of points with values (a point without one breaks it). */
  path: string;
  /** The interval band: one polygon (its `points` attribute) per stretch of two or more points with both bounds. */
  bands: string[];
  /** The interval of a point with bounds between two without: a vertical bar from its high to its low. */
  whiskers: { x: number; high: number; low: number }[];
}

/** The box of the report's small line charts. */
export const LINE_CHART_BOX: ChartBox = { width: 520, height: 160, top: 10, right: 12, bottom: 24, left: 52 };

/**
 * The geometry of a line chart with its interval band in `box`: points spread evenly from the
 * plot's left edge to its right (one point in the middle), values scaled so the domain's
 * largest is at the top and its smallest at the bottom (a flat domain is widened by 1 each
 * way). Null when no point has a number.
 *
 * @example lineChartGeometry([{ label: 'a', value: 0, low: null, high: null }, { label: 'b', value: 10, low: null, high: null }],
 *   { width: 100, height: 10, top: 0, right: 0, bottom: 0, left: 0 }).path // 'M0 10 L100 0'
 */
export function lineChartGeometry(points: readonly LinePoint[], box: ChartBox): LineGeometry | null {
  const numbers = points.flatMap((point) => [point.value, point.low, point.high]).filter((value): value is number => value !== null);
  if (numbers.length === 0) return null;
  let [min, max] = [Math.min(...numbers), Math.max(...numbers)];
  if (min === max) [min, max] = [min - 1, max + 1];
  const plot = plotArea(box);
  const xOf = (index: number) => coordinate(points.length === 1 ? plot.x + plot.width / 2 : plot.x + (index * plot.width) / (points.length - 1));
  const yOf = (value: number) => coordinate(plot.y + ((max - value) / (max - min)) * plot.height);
  const placed = points.map((point, index) => ({ x: xOf(index), y: point.value === null ? null : yOf(point.value) }));
  const path = stretches(points, (point) => point.value !== null)
    .map((stretch) => stretch.map((index, rank) => `${rank === 0 ? 'M' : 'L'}${placed[index]!.x} ${placed[index]!.y}`).join(' '))
    .join(' ');
  const bounded = stretches(points, (point) => point.low !== null && point.high !== null);
  const bands = bounded
    .filter((stretch) => stretch.length > 1)
    .map((stretch) =>
      [
        ...stretch.map((index) => `${xOf(index)},${yOf(points[index]!.high!)}`),
        ...[...stretch].reverse().map((index) => `${xOf(index)},${yOf(points[index]!.low!)}`),
      ].join(' '),
    );
  const whiskers = bounded
    .filter((stretch) => stretch.length === 1)
    .map(([index]) => ({ x: xOf(index!), high: yOf(points[index!]!.high!), low: yOf(points[index!]!.low!) }));
  return { domain: [min, max], points: placed, path, bands, whiskers };
}

/** The indices of the runs of consecutive points that `keep` keeps. */
function stretches(points: readonly LinePoint[], keep: (point: LinePoint) => boolean): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  points.forEach((point, index) => {
    if (keep(point)) run.push(index);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * A small line chart as inline SVG: the interval band shaded behind the line (a bar for a
 * point alone), a dot per
 * value, the domain's ends written on the left (by `formatValue`) and the first and last
 * labels under the plot; `title` names it for screen readers. Nothing when no point has a
 * number.
 */
export function lineChart(
  points: readonly LinePoint[],
  title: string,
  formatValue: (value: number) => string,
  box: ChartBox = LINE_CHART_BOX,
): SafeHtml | null {
  const geometry = lineChartGeometry(points, box);
  if (geometry === null) return null;
  const plot = plotArea(box);
  const bottom = plot.y + plot.height;
  const first = points[0]!.label;
  const last = points[points.length - 1]!.label;
  return html`<svg class="chart" viewBox="0 0 ${box.width} ${box.height}" width="${box.width}" height="${box.height}" role="img" aria-label="${title}" xmlns="http://www.w3.org/2000/svg"><title>${title}</title>
<line class="axis" x1="${plot.x}" y1="${plot.y}" x2="${plot.x}" y2="${bottom}"/><line class="axis" x1="${plot.x}" y1="${bottom}" x2="${plot.x + plot.width}" y2="${bottom}"/>
<text class="tick" x="${plot.x - 4}" y="${plot.y + 8}" text-anchor="end">${formatValue(geometry.domain[1])}</text><text class="tick" x="${plot.x - 4}" y="${bottom}" text-anchor="end">${formatValue(geometry.domain[0])}</text>
<text class="tick" x="${plot.x}" y="${box.height - 6}">${first}</text>${points.length > 1 ? html`<text class="tick" x="${plot.x + plot.width}" y="${box.height - 6}" text-anchor="end">${last}</text>` : ''}
${geometry.bands.map((band) => html`<polygon class="band" points="${band}"/>`)}${geometry.whiskers.map((whisker) => html`<line class="whisker" x1="${whisker.x}" y1="${whisker.high}" x2="${whisker.x}" y2="${whisker.low}"/>`)}<path class="line" d="${geometry.path}"/>
${geometry.points.map((point, index) => (point.y === null ? '' : html`<circle class="dot" cx="${point.x}" cy="${point.y}" r="2.5"><title>${points[index]!.label}: ${formatValue(points[index]!.value!)}</title></circle>`))}
</svg>`;
}
