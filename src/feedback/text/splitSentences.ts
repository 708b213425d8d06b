/** A sentence longer than this (in characters) is split further at `;`, then at `,`, then at spaces. */
export const MAX_SENTENCE_CHARACTERS = 400;

/** Sentence-ending punctuation; a run of them (`!!!`, `?!`, `...`) ends one sentence. */
const TERMINAL_PUNCTUATION = new Set(['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？']);

/** Closing quotes and brackets that stay with the sentence they end (`« Top ! »`, `(super !)`). */
const CLOSERS = new Set(['"', "'", '»', '”', '’', ')', ']', '}', '›']);

/**
 * Words that take a full stop without ending a sentence (lower-case, without the stop), French
 * and English. Single capital letters (initials, `J. Dupont`) are handled apart.
 */
const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'mlles',
  'mr',
  'mrs',
  'ms',
  'dr',
  'pr',
  'prof',
  'st',
  'ste',
  'sr',
  'jr',
  'mgr',
  'cie',
  'ets',
  'etc',
  'ex',
  'cf',
  'vs',
  'env',
  'approx',
  'resp',
  'nb',
  'tel',
  'tél',
  'n°',
  'p',
  'pp',
  'chap',
  'fig',
  'av',
  'bd',
  'min',
  'max',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'apr',
  'j.-c',
  'jan',
  'feb',
  'fév',
  'janv',
  'févr',
  'sept',
  'oct',
  'nov',
  'dec',
  'déc',
]);

/** Abbreviations that end a sentence when the next word starts with a capital letter. */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['etc', 'min', 'max', 'inc', 'ltd', 'co', 'corp']);

/** The longest word looked at before a full stop when checking for an abbreviation. */
const MAX_ABBREVIATION_LENGTH = 8;

/** Western emoticons (`:)`, `:-(`, `;D`, `:/`, `<3`, `^^`, `xD`) matched at a word start; one followed by a space ends a sentence. */
const EMOTICON = /(?:[:;=][-'^o]?[)(\][DPpO/\\|*3]+|<3+|\^\^|[xX]D+)/y;

/** The characters an emoticon can start with. */
const EMOTICON_STARTS = ':;=<^xX';

/** A letter or a digit: a piece without one (`!!!`, `:)`, `👍`) joins the sentence before it. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A capital letter (used after sentence-final abbreviations). */
const CAPITAL = /\p{Lu}/u;

/** A letter (used to read the word before a full stop). */
const LETTER = /[\p{L}°]/u;

/** Digits only: a piece that is only a list number (`1.`) joins the sentence after it. */
const LIST_NUMBER = /^\d{1,2}[.)]$/;

/**
 * Splits a cleaned text into sentences and clauses: at every line break, and after a run of
 * `.`, `!`, `?`, `…` (with the closing quotes or brackets that follow it) when white space
 * or the end follows — so `4.5`, `www.site.fr` and `3.99€` stay whole — except after an
 * abbreviation (`M.`, `Mme.`, `Mr.`, `Dr.`, `cf.`, `ex.`, a single capital initial; `etc.`
 * ends a sentence only before a capital), and after a Western emoticon (`:)`, `:-(`, `;D`,
 * `<3`, `xD`) followed by white space, which stays with the sentence it ends. Pieces are
 * trimmed; a piece without letters or digits (`!!!`, `:)`, an emoji) joins the previous
 * one, a lone list number (`1.`) the next one. A sentence over MAX_SENTENCE_CHARACTERS is
 * split at `;`, its parts still over the limit at `, `, and any part still over it at the
 * last space before the limit. A text without terminal punctuation is one sentence; an empty
 * text gives none. Never throws; linear time.
 *
 * @example splitSentences('Livraison rapide !!! Mais M. Dupont du SAV : nul :( Note 4.5/5')
 *   // ['Livraison rapide !!!', 'Mais M. Dupont du SAV : nul :(', 'Note 4.5/5']
 */
export function splitSentences(text: string): string[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const pieces = mergeOrphans(splitAtBoundaries(text));
  const sentences: string[] = [];
  for (const piece of pieces) {
    if (piece.length <= MAX_SENTENCE_CHARACTERS) sentences.push(piece);
    else for (const part of splitRunOn(piece)) sentences.push(part);
  }
  return sentences;
}

/** The raw pieces between sentence boundaries, trimmed, empty ones left out. */
function splitAtBoundaries(text: string): string[] {
  const pieces: string[] = [];
  const push = (from: number, to: number): void => {
    const piece = text.slice(from, to).trim();
    if (piece.length > 0) pieces.push(piece);
  };
  let start = 0;
  let index = 0;
  while (index < text.length) {
    const character = text.charAt(index);
    if (character === '\n' || character === '\r') {
      push(start, index);
      start = index + 1;
      index += 1;
      continue;
    }
    if (TERMINAL_PUNCTUATION.has(character)) {
      let end = index;
      while (end < text.length && TERMINAL_PUNCTUATION.has(text.charAt(end))) end += 1;
      while (end < text.length && CLOSERS.has(text.charAt(end))) end += 1;
      const atBoundary = end === text.length || isSpace(text.charAt(end));
      const singleStop = character === '.' && end - index === 1;
      if (atBoundary && !(singleStop && keepsStopInside(text, start, index, end))) {
        push(start, end);
        start = end;
      }
      index = end;
      continue;
    }
    if ((index === 0 || isSpace(text.charAt(index - 1))) && EMOTICON_STARTS.includes(character)) {
      EMOTICON.lastIndex = index;
      const emoticon = EMOTICON.exec(text);
      if (emoticon !== null) {
        const end = index + emoticon[0].length;
        if (end === text.length || isSpace(text.charAt(end))) {
          push(start, end);
          start = end;
        }
        index = end;
        continue;
      }
    }
    index += 1;
  }
  push(start, text.length);
  return pieces;
}

/** Whether the full stop at `stop` belongs to an abbreviation or an initial rather than ending a sentence. */
function keepsStopInside(text: string, start: number, stop: number, after: number): boolean {
  let wordStart = stop;
  while (wordStart > start && stop - wordStart <= MAX_ABBREVIATION_LENGTH && LETTER.test(text.charAt(wordStart - 1))) wordStart -= 1;
  if (wordStart > start && LETTER.test(text.charAt(wordStart - 1))) return false;
  const word = text.slice(wordStart, stop);
  if (word.length === 0) return false;
  if (word.length <= 2 && wordStart > start && text.charAt(wordStart - 1) === '.') return true; // e.g., i.e., J.-C.
  if (word.length === 1 && CAPITAL.test(word) && (wordStart === start || isSpace(text.charAt(wordStart - 1)))) return true;
  const lower = word.toLowerCase();
  if (!ABBREVIATIONS.has(lower)) return false;
  if (!SENTENCE_FINAL_ABBREVIATIONS.has(lower)) return true;
  let next = after;
  while (next < text.length && isSpace(text.charAt(next))) next += 1;
  return !CAPITAL.test(text.charAt(next));
}

/** Joins pieces without letters or digits to the piece before, and lone list numbers to the piece after. */
function mergeOrphans(pieces: readonly string[]): string[] {
  const merged: string[] = [];
  let pendingPrefix = '';
  for (const piece of pieces) {
    if (LIST_NUMBER.test(piece)) {
      pendingPrefix = pendingPrefix.length > 0 ? `${pendingPrefix} ${piece}` : piece;
      continue;
    }
    const withPrefix = pendingPrefix.length > 0 ? `${pendingPrefix} ${piece}` : piece;
    pendingPrefix = '';
    if (!WORD_CHARACTER.test(withPrefix) && merged.length > 0) merged[merged.length - 1] = `${merged[merged.length - 1]} ${withPrefix}`;
    else merged.push(withPrefix);
  }
  if (pendingPrefix.length > 0) merged.push(pendingPrefix);
  return merged;
}

/** A run-on sentence in parts of at most MAX_SENTENCE_CHARACTERS: at `;`, then at `, `, then at spaces. */
function splitRunOn(sentence: string): string[] {
  const parts: string[] = [];
  for (const clause of splitKeeping(sentence, ';')) {
    if (clause.length <= MAX_SENTENCE_CHARACTERS) parts.push(clause);
    else
      for (const subclause of splitKeeping(clause, ',')) {
        if (subclause.length <= MAX_SENTENCE_CHARACTERS) parts.push(subclause);
        else parts.push(...wrapAtSpaces(subclause));
      }
  }
  return parts;
}

/** The text split after every `separator` followed by white space (the separator stays on the left), trimmed, non-empty. */
function splitKeeping(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let index = text.indexOf(separator); index !== -1; index = text.indexOf(separator, index + 1)) {
    if (index + 1 < text.length && !isSpace(text.charAt(index + 1))) continue;
    const part = text.slice(start, index + 1).trim();
    if (WORD_CHARACTER.test(part)) parts.push(part);
    else if (parts.length > 0) parts[parts.length - 1] = `${parts[parts.length - 1]}${part}`;
    start = index + 1;
  }
  const rest = text.slice(start).trim();
  if (rest.length > 0) {
    if (WORD_CHARACTER.test(rest) || parts.length === 0) parts.push(rest);
    else parts[parts.length - 1] = `${parts[parts.length - 1]} ${rest}`;
  }
  return parts;
}

/** The text in chunks of at most MAX_SENTENCE_CHARACTERS, cut at the last space before the limit (hard cut without one, never inside a surrogate pair). */
function wrapAtSpaces(text: string): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > MAX_SENTENCE_CHARACTERS) {
    let cut = rest.lastIndexOf(' ', MAX_SENTENCE_CHARACTERS);
    if (cut <= 0) {
      cut = MAX_SENTENCE_CHARACTERS;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    }
    const chunk = rest.slice(0, cut).trim();
    if (chunk.length > 0) chunks.push(chunk);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}

/** Whether a character is white space. */
function isSpace(character: string): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === '\r' || character === '\u00A0' || character === '\u202F';
}
