/**
 * Words that turn a sentence, French and English: what follows says something against what
 * came before ("Caissière souriante mais retard de livraison"). `alors qu'` is {@link ELIDED_CONTRAST}.
 */
const CONTRAST_WORDS = [
  'mais',
  'cependant',
  'pourtant',
  'toutefois',
  'néanmoins',
  'par contre',
  'en revanche',
  'alors que',
  'but',
  'however',
  'although',
  'whereas',
];

/** `alors que` elided before a vowel: the next word follows the apostrophe at once. */
const ELIDED_CONTRAST = "alors qu['’]";

/** A contrast word standing as a whole word (letters and digits around it are not part of it). */
const CONTRAST = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${CONTRAST_WORDS.join('|')})(?![\\p{L}\\p{N}])|${ELIDED_CONTRAST})`, 'giu');

/**
 * What separates the items of a list of clauses: a comma (not a decimal one, `3,5`), a
 * semicolon, or `et` / `and` as whole words.
 */
const LIST_SEPARATOR = /(?<!\p{N}),|,(?!\p{N})|;|(?<![\p{L}\p{N}])(?:et|and)(?![\p{L}\p{N}])/giu;

/** A piece of text that says something: it holds a letter or a digit. */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/**
 * Splits one sentence into the clauses that each carry their own sentiment about their own
 * theme, so that "Caissière souriante mais retard de livraison" scores the staff on
 * "Caissière souriante" and the delivery on "retard de livraison":
 *
 * - at every contrast word (mais, cependant, pourtant, toutefois, néanmoins, par contre, en
 *   revanche, alors que; but, however, although, whereas), which is left out of the clauses;
 * - within each part, at the commas, semicolons, `et` and `and` between pieces that each name a
 *   theme (`namesTheme`): a piece naming none stays with the piece before it (or, first, with
 *   the one after), so "Livraison en retard, colis abîmé" stays one clause when "colis abîmé"
 *   names no theme of its own. A part whose pieces name no theme stays whole.
 *
 * Clauses are trimmed slices of the sentence, in order; those without a letter or digit are
 * dropped. A sentence with neither contrast nor list is its own single clause.
 *
 * @example splitClauses('Caissière souriante mais retard de livraison', namesTheme)
 *   // ['Caissière souriante', 'retard de livraison']
 */
export function splitClauses(sentence: string, namesTheme: (piece: string) => boolean): string[] {
  const clauses: string[] = [];
  for (const part of sentence.split(CONTRAST)) {
    const pieces = slices(part, LIST_SEPARATOR).filter((piece) => MEANINGFUL.test(part.slice(piece.start, piece.end)));
    const themed: { start: number; end: number }[] = [];
    let leading: number | null = null;
    for (const piece of pieces) {
      if (namesTheme(part.slice(piece.start, piece.end))) {
        themed.push({ start: leading ?? piece.start, end: piece.end });
        leading = null;
      } else if (themed.length > 0) themed[themed.length - 1]!.end = piece.end;
      else leading ??= piece.start;
    }
    const ranges = themed.length === 0 ? [{ start: 0, end: part.length }] : themed;
    for (const { start, end } of ranges) {
      const clause = trimClause(part.slice(start, end));
      if (MEANINGFUL.test(clause)) clauses.push(clause);
    }
  }
  return clauses;
}

/** The stretches of `text` between the matches of `separator`, as offsets. */
function slices(text: string, separator: RegExp): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  ranges.push({ start, end: text.length });
  return ranges;
}

/** A clause without the spaces and the commas or semicolons left at its ends. */
function trimClause(text: string): string {
  return text.replace(/^[\s,;]+|[\s,;]+$/gu, '');
}
