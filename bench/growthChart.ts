/**
 * The growth chart of docs/growth.png as SVG: panels side by side, each a log–log plot of a
 * cost against the events in the store, one line per engine and measure.
 */
import { type ChartBox, coordinate, plotArea } from '../src/output/html/chartBox.js';
import { html, type SafeHtml } from '../src/output/html/safeHtml.js';
import { eventCount } from './growthFigures.js';

/** One line of a panel: its points (events, cost), its colour, and whether it is dashed. */
export interface GrowthLine {
  label: string;
  color: string;
  dashed: boolean;
  points: { events: number; value: number }[];
}

/** One log–log plot: its title, what its dashed lines are, its unit, and its lines. */
export interface GrowthPanel {
  title: string;
  note: string;
  unit: string;
  lines: GrowthLine[];
}

/** A log axis: its ends and the values it marks. */
export interface LogAxis {
  domain: [number, number];
  ticks: number[];
}

const MANTISSAS = [1, 2, 5];
/** Past this many 1-2-5 marks an axis keeps only the powers of ten. */
const MAX_TICKS = 7;
const PANEL: ChartBox = { width: 400, height: 330, top: 56, right: 18, bottom: 52, left: 70 };
const HEADER = 44;

/**
 * A log axis spanning `min` to `max` (positive): its ends are the 1-2-5 values (1, 2, 5 times
 * a power of ten) at or just outside them, its marks every 1-2-5 value between, or only the
 * powers of ten when that would be more than 7 marks. A single value is widened to the 1-2-5
 * values on either side.
 *
 * @example logAxis(0.3, 4) // { domain: [0.2, 5], ticks: [0.2, 0.5, 1, 2, 5] }
 */
export function logAxis(min: number, max: number): LogAxis {
  const candidates: number[] = [];
  for (let power = Math.floor(Math.log10(min)) - 1; power <= Math.ceil(Math.log10(max)) + 1; power++) {
    for (const mantissa of MANTISSAS) candidates.push(Number((mantissa * 10 ** power).toPrecision(1)));
  }
  const low = candidates.filter((value) => (min === max ? value < min : value <= min)).pop()!;
  const high = candidates.find((value) => (min === max ? value > max : value >= max))!;
  const ticks = candidates.filter((value) => value >= low && value <= high);
  return { domain: [low, high], ticks: ticks.length > MAX_TICKS ? ticks.filter((value) => Number.isInteger(Math.log10(value))) : ticks };
}

/**
 * Where `value` falls between `from` and `to` on a log axis whose domain runs over that span:
 * from + (ln(value ÷ low) ÷ ln(high ÷ low)) × (to − from), as an SVG coordinate.
 *
 * @example logPosition(10, [1, 100], 0, 200) // 100
 */
export function logPosition(value: number, [low, high]: [number, number], from: number, to: number): number {
  return coordinate(from + (Math.log(value / low) / Math.log(high / low)) * (to - from));
}

/** A cost as an axis mark writes it: two significant digits and the unit. */
function costLabel(value: number, unit: string): string {
  return `${Number(value.toPrecision(2))} ${unit}`;
}

/** One panel, its plot's top-left corner at (left, top) of the whole drawing. */
function panelSvg(panel: GrowthPanel, left: number): SafeHtml {
  const points = panel.lines.flatMap((line) => line.points);
  const xAxis = logAxis(Math.min(...points.map((point) => point.events)), Math.max(...points.map((point) => point.events)));
  const yAxis = logAxis(Math.min(...points.map((point) => point.value)), Math.max(...points.map((point) => point.value)));
  const plot = plotArea(PANEL);
  const [x0, x1, y0, y1] = [left + plot.x, left + plot.x + plot.width, HEADER + plot.y + plot.height, HEADER + plot.y];
  const x = (events: number) => logPosition(events, xAxis.domain, x0, x1);
  const y = (value: number) => logPosition(value, yAxis.domain, y0, y1);
  const lines = panel.lines.map((line) => {
    const sorted = [...line.points].sort((a, b) => a.events - b.events);
    const path = sorted.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(point.events)} ${y(point.value)}`).join(' ');
    return html`<path d="${path}" fill="none" stroke="${line.color}" stroke-width="2.5"${line.dashed ? html` stroke-dasharray="7 5"` : ''}><title>${line.label}</title></path>
${sorted.map((point) => html`<circle cx="${x(point.events)}" cy="${y(point.value)}" r="4" fill="${line.color}"><title>${line.label}, ${eventCount(point.events)} events: ${costLabel(point.value, panel.unit)}</title></circle>`)}`;
  });
  return html`<g>
<text x="${left + PANEL.width / 2}" y="${HEADER + 20}" text-anchor="middle" class="title">${panel.title}</text>
<text x="${left + PANEL.width / 2}" y="${HEADER + 38}" text-anchor="middle" class="note">${panel.note}</text>
${xAxis.ticks.map((tick) => html`<line x1="${x(tick)}" y1="${y0}" x2="${x(tick)}" y2="${y1}" class="grid"/><text x="${x(tick)}" y="${y0 + 18}" text-anchor="middle" class="tick">${eventCount(tick)}</text>`)}
${yAxis.ticks.map((tick) => html`<line x1="${x0}" y1="${y(tick)}" x2="${x1}" y2="${y(tick)}" class="grid"/><text x="${x0 - 6}" y="${y(tick) + 4}" text-anchor="end" class="tick">${costLabel(tick, panel.unit)}</text>`)}
<rect x="${x0}" y="${y1}" width="${x1 - x0}" height="${y0 - y1}" class="frame"/>
<text x="${(x0 + x1) / 2}" y="${y0 + 40}" text-anchor="middle" class="label">events in the store (log scale)</text>
${lines}
</g>`;
}

/**
 * The growth chart: `title` and a legend of `engines` (name and colour) on top, then one
 * log–log panel per entry of `panels`, side by side, each with its 1-2-5 marks ({@link logAxis})
 * and a dot with its value (as a tooltip) per measured size. Panels without a point are left out.
 */
export function growthChartSvg(title: string, engines: readonly { name: string; color: string }[], panels: readonly GrowthPanel[]): SafeHtml {
  const drawn = panels.filter((panel) => panel.lines.some((line) => line.points.length > 0));
  const width = PANEL.width * drawn.length;
  const height = HEADER + PANEL.height;
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}">
<style>text { font-family: 'DejaVu Sans', sans-serif; fill: #222; } .title { font-size: 16px; font-weight: bold; } .note, .label { font-size: 12px; fill: #555; }
.tick { font-size: 11px; fill: #444; } .grid { stroke: #e3e3e3; } .frame { fill: none; stroke: #888; } .heading { font-size: 18px; font-weight: bold; } .legend { font-size: 14px; }</style>
<rect width="${width}" height="${height}" fill="#fff"/>
<text x="16" y="28" class="heading">${title}</text>
${engines.map((engine, index) => html`<line x1="${width - 300 + index * 150}" y1="23" x2="${width - 270 + index * 150}" y2="23" stroke="${engine.color}" stroke-width="3"/><text x="${width - 262 + index * 150}" y="28" class="legend">${engine.name}</text>`)}
${drawn.map((panel, index) => panelSvg(panel, index * PANEL.width))}
</svg>`;
}
