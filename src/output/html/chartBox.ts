/** A chart's drawing: its size and the margins kept around the plot for the labels, in SVG user units. */
export interface ChartBox {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot inside a {@link ChartBox}: where data may be drawn. */
export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The plot of `box`: its size less the margins. */
export function plotArea(box: ChartBox): PlotArea {
  return { x: box.left, y: box.top, width: box.width - box.left - box.right, height: box.height - box.top - box.bottom };
}

/**
 * A coordinate as the SVG writes it: to two decimals, without trailing zeros, so documents
 * stay small and the same numbers give the same text.
 *
 * @example coordinate(33.33333) // 33.33
 */
export function coordinate(value: number): number {
  return Math.round(value * 100) / 100;
}
