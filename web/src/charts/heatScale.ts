/**
 * The colour scale of a heat map: seven classes of a sequential blue ramp (ColorBrewer
 * "Blues", Brewer 2003) splitting a domain into equal steps, lightest at its low end, with
 * the text colour of each class chosen for contrast (WCAG 2.1 relative luminance). Classes
 * rather than a continuous ramp: a legend can name each one, and every class has a text
 * colour at 4.5:1 or more, which mid-blues between two stops do not.
 */

/** The classes' colours, light to dark (ColorBrewer Blues, 7 classes). */
export const HEAT_CLASSES = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'] as const;

/** The class of `value` on a scale over `domain`: 0 (lowest) to 6, clamped; 0 when the domain is empty. */
export function heatClass(value: number, [low, high]: readonly [number, number]): number {
  if (!(high > low)) return 0;
  const share = (value - low) / (high - low);
  return Math.min(HEAT_CLASSES.length - 1, Math.max(0, Math.floor(share * HEAT_CLASSES.length)));
}

/** The background of a cell of value `value` on a scale over `domain`: its class's `#rrggbb`. */
export function heatColour(value: number, domain: readonly [number, number]): string {
  return HEAT_CLASSES[heatClass(value, domain)]!;
}

/** The relative luminance of a `#rrggbb` colour (WCAG 2.1). */
export function luminance(colour: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(colour.slice(start, start + 2), 16) / 255);
  const [red, green, blue] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** The contrast ratio of two `#rrggbb` colours (WCAG 2.1), from 1 to 21. */
export function contrast(one: string, other: string): number {
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The text colour to write on `background`: near-black or white, whichever contrasts more. */
export function inkOn(background: string): string {
  return contrast(background, '#1a1a1a') >= contrast(background, '#ffffff') ? '#1a1a1a' : '#ffffff';
}

/**
 * The domain of a scale over `values` (nulls ignored): from 0 to the largest value rounded up
 * to a whole multiple of the number of classes, so that each class spans a whole number of
 * units (0–6, 6–12… for a largest value of 41); [0, 7] when there is none.
 */
export function heatDomain(values: readonly (number | null)[]): [number, number] {
  const top = Math.max(0, ...values.filter((value): value is number => value !== null));
  const classes = HEAT_CLASSES.length;
  return [0, Math.max(1, Math.ceil(top / classes)) * classes];
}

/** The legend of a scale over `domain`: each class's colour and the values it covers, from `low` up to `high`. */
export function heatLegend(domain: readonly [number, number]): { colour: string; low: number; high: number }[] {
  const step = (domain[1] - domain[0]) / HEAT_CLASSES.length;
  return HEAT_CLASSES.map((colour, index) => ({ colour, low: domain[0] + step * index, high: domain[0] + step * (index + 1) }));
}
