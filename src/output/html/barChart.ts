import { type ChartBox, coordinate, plotArea } from './chartBox.js';
import { html, type SafeHtml } from './safeHtml.js';

/** One bar: its label under it (a score), its count, and its tone (the colour of a detractor, passive or promoter). */
export interface Bar {
  label: string;
  value: number;
  tone?: 'negative' | 'neutral' | 'positive';
}

/** Where one bar's rectangle goes, in SVG units. */
export interface BarGeometry {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The share of its slot a bar fills; the rest is the gap between bars. */
const BAR_FILL = 0.7;

/** The box of the report's distribution charts. */
export const BAR_CHART_BOX: ChartBox = { width: 360, height: 130, top: 16, right: 4, bottom: 20, left: 4 };

/**
 * The rectangles of a bar chart in `box`: the plot cut into one equal slot per bar, each bar
 * {@link BAR_FILL} of its slot wide and centred in it, as tall as its value against the
 * largest (which reaches the top; all zeros draw nothing), standing on the plot's bottom.
 *
 * @example barChartGeometry([{ label: '1', value: 1 }, { label: '2', value: 2 }], { width: 200, height: 100, top: 0, right: 0, bottom: 0, left: 0 })
 *   // [{ x: 15, y: 50, width: 70, height: 50 }, { x: 115, y: 0, width: 70, height: 100 }]
 */
export function barChartGeometry(bars: readonly Bar[], box: ChartBox): BarGeometry[] {
  const plot = plotArea(box);
  const slot = plot.width / Math.max(bars.length, 1);
  const largest = Math.max(0, ...bars.map((bar) => bar.value));
  return bars.map((bar, index) => {
    const height = largest === 0 ? 0 : (bar.value / largest) * plot.height;
    return {
      x: coordinate(plot.x + index * slot + (slot * (1 - BAR_FILL)) / 2),
      y: coordinate(plot.y + plot.height - height),
      width: coordinate(slot * BAR_FILL),
      height: coordinate(height),
    };
  });
}

/**
 * A distribution as an inline SVG bar chart: a bar per value coloured by its tone, its count
 * written above it (by `formatValue`) and its label under it; `title` names the chart for
 * screen readers.
 */
export function barChart(bars: readonly Bar[], title: string, formatValue: (value: number) => string, box: ChartBox = BAR_CHART_BOX): SafeHtml {
  const bottom = box.height - box.bottom;
  const rectangles = barChartGeometry(bars, box);
  return html`<svg class="chart" viewBox="0 0 ${box.width} ${box.height}" width="${box.width}" height="${box.height}" role="img" aria-label="${title}" xmlns="http://www.w3.org/2000/svg"><title>${title}</title>
<line class="axis" x1="${box.left}" y1="${bottom}" x2="${box.width - box.right}" y2="${bottom}"/>
${rectangles.map((rectangle, index) => {
  const bar = bars[index]!;
  const middle = coordinate(rectangle.x + rectangle.width / 2);
  return html`<rect class="bar ${bar.tone ?? 'neutral'}" x="${rectangle.x}" y="${rectangle.y}" width="${rectangle.width}" height="${rectangle.height}"><title>${bar.label}: ${formatValue(bar.value)}</title></rect><text class="tick" x="${middle}" y="${rectangle.y - 3}" text-anchor="middle">${formatValue(bar.value)}</text><text class="tick" x="${middle}" y="${box.height - 6}" text-anchor="middle">${bar.label}</text>`;
})}
</svg>`;
}
