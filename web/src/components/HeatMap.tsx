import { heatColour, heatLegend, inkOn } from '../charts/heatScale.js';
import { labelled, useLanguage, type Words } from '../i18n/words.js';

/** One cell of a heat map: its value on the scale, the text written in it and, for a tooltip, more detail. Null draws an empty cell. */
export interface HeatCell {
  value: number;
  text: string;
  detail?: string;
  /** A cell outside the scale (a value fixed by definition): written, not coloured. */
  plain?: boolean;
}

/** One row of a heat map: its heading and its cells, column by column. */
export interface HeatRow {
  label: string;
  cells: readonly (HeatCell | null)[];
}

const WORDS = {
  legend: { en: 'Colour scale', fr: 'Échelle des couleurs' },
} satisfies Record<string, Words>;

/**
 * A heat map as an HTML table: rows and columns with headings, each cell coloured by its
 * class on the scale over `domain` (heatScale.ts) with its value written in it, so the table
 * is its own text alternative; a legend names the values of each colour (`format`).
 */
export function HeatMap({
  caption,
  corner,
  columns,
  rows,
  domain,
  format,
}: {
  caption: string;
  corner: string;
  columns: readonly string[];
  rows: readonly HeatRow[];
  domain: readonly [number, number];
  format: (value: number) => string;
}) {
  const language = useLanguage();
  return (
    <figure class="heat-map">
      {/* Focusable, so a keyboard can scroll a triangle wider than the screen. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus to be scrolled by keyboard (WCAG 2.1.1) */}
      <section class="heat-scroll" tabIndex={0} aria-label={caption}>
        <table class="data heat">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{corner}</th>
              {columns.map((column) => (
                <th scope="col" class="number" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {columns.map((column, index) => {
                  const cell = row.cells[index] ?? null;
                  if (cell === null) return <td key={column} class="heat-empty" />;
                  const background = cell.plain ? undefined : heatColour(cell.value, domain);
                  return (
                    <td key={column} class="number" title={cell.detail} style={background === undefined ? undefined : { background, color: inkOn(background) }}>
                      {cell.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <figcaption class="heat-legend">
        {labelled(WORDS.legend, language)}{' '}
        {heatLegend(domain).map(({ colour, low, high }) => (
          <span key={colour} class="heat-key">
            <span class="heat-swatch" style={{ background: colour }} aria-hidden="true" />
            {format(low)}–{format(high)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
