import { decodeHTML } from 'entities';

/** The longest cleaned text kept for analysis, in UTF-16 code units (longer texts are cut at a word). */
export const MAX_ANALYSED_CHARACTERS = 10_000;

/** A cut at a word boundary is kept only if it keeps at least this share of the limit; else the cut is hard. */
const MIN_WORD_CUT_SHARE = 0.5;

/** Elements whose contents are never text a customer wrote. */
const RAW_TEXT_ELEMENTS = ['script', 'style'] as const;

/** Elements that end a line when rendered: replaced by a line break, other tags by nothing. */
const LINE_BREAKING_TAGS = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'tr',
  'td',
  'th',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'hr',
  'dd',
  'dt',
]);

/** A tag name: letters and digits after `<` or `</`. */
const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/;

/** Characters that may follow `<` for it to open a tag, a closing tag, a comment or a declaration. */
const TAG_OPENER = /[a-zA-Z/!?]/;

/**
 * C0 and C1 control characters except tab, line feed and carriage return, the byte-order
 * mark and zero-width space, non-characters U+FFFE/U+FFFF, and lone surrogates (a high one not
 * followed by a low one, a low one not preceded by a high one): each is dropped.
 */
const UNWANTED_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Runs of U+FFFD REPLACEMENT CHARACTER, left by a bad decoding upstream: dropped. */
const REPLACEMENT_RUNS = /\uFFFD+/g;

/** Carriage returns (alone or before a line feed) and the Unicode line and paragraph separators. */
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

/** Horizontal white space (tabs, spaces, no-break and typographic spaces), runs of it. */
const HORIZONTAL_SPACE_RUNS = /[^\S\n]+/g;

/** Line breaks with the spaces around them: one line break stays. */
const LINE_BREAK_RUNS = / ?\n[\n ]*/g;

/**
 * Cleans a customer text for analysis: removes HTML tags (a tag that ends a line when
 * rendered — `<br>`, `<p>`, `<div>`, `<li>`… — becomes a line break, others vanish) and
 * comments, drops the contents of `<script>` and `<style>` (an unclosed one drops the rest),
 * then decodes HTML entities once (named, decimal and hexadecimal: `&amp;` → `&`, `&eacute;`
 * → `é`, `&#x2019;` → `’`), removes control characters, zero-width spaces, byte-order marks,
 * lone surrogates and runs of U+FFFD, normalises to NFC (so a decomposed `é` equals the
 * composed one), collapses every run of horizontal white space to one space and every run of
 * line breaks to one `\n`, trims, and keeps at most the first MAX_ANALYSED_CHARACTERS
 * characters, cut at the last white space when that keeps at least half of them (never
 * inside a surrogate pair). A `<` not followed by a letter, `/`, `!` or `?` is text
 * (`"note < 3"`). Never throws; time is linear in the input length.
 *
 * @example cleanText('<p>Tr&egrave;s   bien&nbsp;!</p><script>x()</script>') // 'Très bien !'
 */
export function cleanText(raw: string): string {
  if (typeof raw !== 'string' || raw.length === 0) return '';
  try {
    const withoutTags = stripTags(raw);
    const decoded = decodeHTML(withoutTags);
    const clean = decoded
      .replace(UNWANTED_CHARACTERS, '')
      .replace(REPLACEMENT_RUNS, '')
      .normalize('NFC')
      .replace(LINE_BREAKS, '\n')
      .replace(HORIZONTAL_SPACE_RUNS, ' ')
      .replace(LINE_BREAK_RUNS, '\n')
      .trim();
    return truncateAtWord(clean, MAX_ANALYSED_CHARACTERS);
  } catch {
    // Defensive: none of the steps above is known to throw on any string.
    return '';
  }
}

/**
 * Removes HTML tags, comments and script/style contents in one left-to-right scan. Every
 * search starts where the previous one ended or gives up for the rest of the text, so the
 * scan is linear even on `<<<<…` or thousands of unclosed `<script>`.
 */
function stripTags(raw: string): string {
  if (!raw.includes('<')) return raw;
  const parts: string[] = [];
  let position = 0;
  while (position < raw.length) {
    const open = raw.indexOf('<', position);
    if (open === -1) {
      parts.push(raw.slice(position));
      break;
    }
    const next = raw.charAt(open + 1);
    if (!TAG_OPENER.test(next)) {
      parts.push(raw.slice(position, open + 1));
      position = open + 1;
      continue;
    }
    parts.push(raw.slice(position, open));
    if (raw.startsWith('<!--', open)) {
      const end = raw.indexOf('-->', open + 4);
      if (end === -1) break;
      position = end + 3;
      continue;
    }
    const close = raw.indexOf('>', open + 1);
    if (close === -1) {
      // No tag can close any more: the rest is text.
      parts.push(raw.slice(open));
      break;
    }
    const name = TAG_NAME.exec(raw.slice(open, Math.min(close + 1, open + 64)))?.[1]?.toLowerCase() ?? '';
    const isClosing = next === '/';
    position = close + 1;
    if (LINE_BREAKING_TAGS.has(name)) parts.push('\n');
    if (!isClosing && (RAW_TEXT_ELEMENTS as readonly string[]).includes(name)) {
      const end = findClosingTag(raw, name, position);
      if (end === -1) break;
      position = end;
    }
  }
  return parts.join('');
}

/** The index just past `</name…>` at or after `from`, case-insensitive, or -1 when there is none. */
function findClosingTag(raw: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}`, 'gi');
  pattern.lastIndex = from;
  const found = pattern.exec(raw);
  if (found === null) return -1;
  const close = raw.indexOf('>', found.index);
  return close === -1 ? -1 : close + 1;
}

/** The text cut to at most `limit` code units, at the last white space if that keeps enough, never inside a surrogate pair. */
function truncateAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, limit);
  const lastCode = cut.charCodeAt(cut.length - 1);
  if (lastCode >= 0xd800 && lastCode <= 0xdbff) cut = cut.slice(0, -1);
  const boundary = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
  if (text.charAt(limit) === ' ' || text.charAt(limit) === '\n') return cut.trimEnd();
  if (boundary >= limit * MIN_WORD_CUT_SHARE) return cut.slice(0, boundary).trimEnd();
  return cut.trimEnd();
}
