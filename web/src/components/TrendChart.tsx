import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatPeriodLabel } from '../i18n/format.js';
import { say, useLanguage, type Words } from '../i18n/words.js';
import type { SeriesPoint } from '../api/types.js';

/** One line of a trend chart: its name, its value per point (null where none) and, when known, its 95 % interval per point. */
export interface TrendLine {
  name: string;
  values: (number | null)[];
  intervals?: ([number, number] | null)[];
}

const WORDS = {
  figures: { en: 'The figures', fr: 'Les chiffres' },
  period: { en: 'Period', fr: 'Période' },
  interval: { en: '95 % interval', fr: 'Intervalle à 95 %' },
} satisfies Record<string, Words>;

/** The colours of the lines, in order: distinct for the common colour-vision deficiencies (Okabe & Ito, 2008). */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

/** The width of the value axis: its longest label (`3 min 55 s`) plus the ticks and the gap, so no label is cut. */
function axisWidth(chart: uPlot, values: string[] | null, axisIndex: number): number {
  const axis = chart.axes[axisIndex]!;
  const longest = (values ?? []).reduce((widest, value) => (value.length > widest.length ? value : widest), '');
  // Once drawn, uPlot keeps an axis's font as [font, size] scaled to the screen (its pxRatioFont), whatever its type says.
  const font = (axis.font as unknown as readonly [string, number] | undefined)?.[0];
  if (font !== undefined) chart.ctx.font = font;
  return Math.ceil((axis.ticks?.size ?? 10) + (axis.gap ?? 5) + chart.ctx.measureText(longest).width / devicePixelRatio + 4);
}

/**
 * A trend over a report's series, drawn by uPlot: one line per indicator or group, each with
 * its 95 % interval as a shaded band when given; `format` writes the values on the axis and in
 * the table. The same figures sit in a table under "The figures", for keyboards and screen
 * readers (the canvas itself is an image described by its title).
 */
export function TrendChart({
  title,
  points,
  interval,
  lines,
  format,
}: {
  title: string;
  points: readonly SeriesPoint[];
  interval: string | undefined;
  lines: readonly TrendLine[];
  format: (value: number) => string;
}) {
  const language = useLanguage();
  const holder = useRef<HTMLDivElement>(null);
  const labels = points.map((point) => formatPeriodLabel(point.from, interval, language));
  useEffect(() => {
    const element = holder.current;
    if (element === null || points.length === 0) return;
    const xs = points.map((point) => Date.parse(`${point.from}T00:00:00Z`) / 1000);
    const data: (number | null)[][] = [xs];
    // The legend names the period under the cursor as the table does.
    const series: uPlot.Series[] = [{ label: say(WORDS.period, language), value: (_, x) => (x === null ? '–' : (labels[xs.indexOf(x)] ?? '')) }];
    const bands: uPlot.Band[] = [];
    lines.forEach((line, index) => {
      const colour = COLOURS[index % COLOURS.length]!;
      data.push(line.values);
      series.push({ label: line.name, stroke: colour, width: 2, spanGaps: false, value: (_, value) => (value === null ? '–' : format(value)) });
      if (line.intervals !== undefined) {
        const valueIndex = data.length - 1;
        data.push(line.intervals.map((one) => one?.[0] ?? null));
        data.push(line.intervals.map((one) => one?.[1] ?? null));
        series.push({ label: `${line.name} (min)`, stroke: 'transparent', show: true, legend: false } as uPlot.Series);
        series.push({ label: `${line.name} (max)`, stroke: 'transparent', show: true, legend: false } as uPlot.Series);
        bands.push({ series: [valueIndex + 2, valueIndex + 1], fill: `${colour}26` });
      }
    });
    const chart = new uPlot(
      {
        width: Math.max(280, element.clientWidth),
        height: 240,
        // Room on the right for the last period's label, which uPlot centres on its tick.
        padding: [12, 28, 0, 0],
        series,
        bands,
        legend: { show: lines.length > 1 },
        axes: [
          // One tick per period, labelled as the table labels it; every few when they are many.
          {
            splits: () => xs,
            values: (_, ticks) => ticks.map((tick, index) => (index % Math.ceil(xs.length / 8) === 0 ? (labels[xs.indexOf(tick)] ?? '') : '')),
          },
          { values: (_, ticks) => ticks.map(format), size: axisWidth },
        ],
        scales: { x: { time: false } },
        cursor: { drag: { x: false, y: false } },
      },
      data as uPlot.AlignedData,
      element,
    );
    const resize = () => chart.setSize({ width: Math.max(280, element.clientWidth), height: 240 });
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.destroy();
    };
  }, [points, lines, interval, language, format, labels]);
  return (
    <figure class="trend">
      <figcaption>{title}</figcaption>
      <div ref={holder} role="img" aria-label={title} />
      <details>
        <summary>{say(WORDS.figures, language)}</summary>
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{say(WORDS.period, language)}</th>
              {lines.map((line) => (
                <th scope="col" class="number" key={line.name}>
                  {line.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((point, row) => (
              <tr key={point.from}>
                <th scope="row">{labels[row]}</th>
                {lines.map((line) => {
                  const value = line.values[row];
                  const band = line.intervals?.[row];
                  return (
                    <td class="number" key={line.name}>
                      {value === null || value === undefined ? '–' : format(value)}
                      {band ? ` [${format(band[0])} – ${format(band[1])}]` : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
