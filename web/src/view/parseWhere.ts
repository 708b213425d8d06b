/** A `field=value` filter as the API takes it, or null when the text is not one. */
export function parseWhere(text: string): string | null {
  const match = /^\s*([^=\s][^=]*?)\s*=\s*(.+?)\s*$/.exec(text);
  return match === null ? null : `${match[1]}=${match[2]}`;
}
