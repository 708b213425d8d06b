/**
 * A text cut to at most `maxCharacters` UTF-16 units for display: unchanged when it fits,
 * else cut at the last space past half the limit (or at the limit, never inside a surrogate
 * pair) and ended with an ellipsis, which counts in the limit.
 *
 * @example shortenText('Livraison rapide et soignée', 20) // 'Livraison rapide…'
 */
export function shortenText(text: string, maxCharacters: number): string {
  if (text.length <= maxCharacters) return text;
  const cut = text.slice(0, maxCharacters - 1).replace(/[\uD800-\uDBFF]$/, '');
  const space = cut.lastIndexOf(' ');
  return `${(space > maxCharacters / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
