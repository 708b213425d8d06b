/**
 * Text normalisation for the sentiment model: raw customer text (reviews, tweets, survey
 * comments) and the lower-cased, space-tokenised Allociné training text must come out alike.
 *
 * Steps, in order: cap the length, replace lone surrogates and control characters, decode
 * `\uXXXX` escapes and HTML entities, drop HTML tags, map URLs to `_url_` and @handles to
 * `_user_`, map emoticons and emoji to `_emopos_` / `_emoneg_` (the emoji itself is kept as
 * a token too), mark words written in capitals with `_caps_`, lower-case, fold accents,
 * shorten elongations (`soooo` → `soo`, `!!!!` → `!!`), split French elisions (`n'aime` →
 * `n'` `aime`) and English `n't` (`don't` → `do` `not`), drop `#` from hashtags.
 */

/** Only the first this many UTF-16 code units of a text are analysed. */
export const MAX_ANALYSED_CHARACTERS = 10_000;

export const URL_TOKEN = '_url_';
export const USER_TOKEN = '_user_';
export const POSITIVE_EMOJI_TOKEN = '_emopos_';
export const NEGATIVE_EMOJI_TOKEN = '_emoneg_';
export const CAPS_TOKEN = '_caps_';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: "'",
  lsquo: "'",
  rdquo: '"',
  ldquo: '"',
  hellip: '…',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  ucirc: 'û',
  ugrave: 'ù',
  icirc: 'î',
  iuml: 'ï',
  euro: '€',
  mdash: '—',
  ndash: '–',
  laquo: '«',
  raquo: '»',
};

function codePointText(code: number): string {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return ' ';
  return String.fromCodePoint(code);
}

/** Decodes the common named entities and every numeric one; twice, for `&amp;amp;`. */
export function decodeHtmlEntities(text: string): string {
  let out = text;
  for (let pass = 0; pass < 2 && out.includes('&'); pass++) {
    out = out.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
      if (body.startsWith('#x') || body.startsWith('#X')) return codePointText(parseInt(body.slice(2), 16));
      if (body.startsWith('#')) return codePointText(parseInt(body.slice(1), 10));
      return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
    });
  }
  return out;
}

// Emoticons, matched on the raw text (case matters: `:D`, `:P`), between spaces or text ends.
const POSITIVE_EMOTICONS = [
  ':)',
  ':-)',
  ':))',
  ':)))',
  ':]',
  '=)',
  ':D',
  ':-D',
  ';)',
  ';-)',
  ';D',
  ':P',
  ':-P',
  ':p',
  ':-p',
  'xD',
  'XD',
  'xd',
  '<3',
  '<3<3',
  ":')",
  '^^',
  '^_^',
  '(:',
  '(;',
  ':o)',
  ':*',
  ':-*',
  '8)',
  'B)',
];
const NEGATIVE_EMOTICONS = [
  ':(',
  ':-(',
  ':((',
  ':(((',
  ":'(",
  ':[',
  '):',
  'D:',
  ':/',
  ':-/',
  ':\\',
  '>:(',
  '</3',
  ':S',
  ':s',
  ':|',
  ':-|',
  '-_-',
  'T_T',
  ';(',
  '=(',
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function emoticonPattern(list: readonly string[]): RegExp {
  const alternatives = [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`(^|\\s)(?:${alternatives})+(?=\\s|$|[.,!?])`, 'g');
}

const POSITIVE_EMOTICON_PATTERN = emoticonPattern(POSITIVE_EMOTICONS);
const NEGATIVE_EMOTICON_PATTERN = emoticonPattern(NEGATIVE_EMOTICONS);

const POSITIVE_EMOJI = new Set(
  Array.from(
    '😀😃😄😁😆😅😂🤣😊😇🙂😉😍🥰😘😗😙😚😋😛😜🤪😝🤗🤩😎🥳😺😸😹😻💋❤🧡💛💚💙💜🤍🤎🖤💕💞💓💗💖💘💝💟♥👍👌👏🙌🙏💪🤝✌🤞🎉🎊🥂🍾✨🌟⭐💯✅🏆🥇🌹🌸😌☺🆒🔝',
  ),
);
const NEGATIVE_EMOJI = new Set(Array.from('😒😞😔😟😕🙁☹😣😖😫😩🥺😢😭😤😠😡🤬😱😨😰😥😓🤢🤮🤕🤒😷💔👎🖕💩😑😐🙄😬😪😵🤯😿😾❌⛔🚫🤦🤥😈👿💀☠'));

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF\uFFFD]/g;
const URL_PATTERN = /\b(?:https?:\/\/\S*|https?\b|www\.\S+|[a-z0-9-]+\.(?:com|fr|net|org|io|co)(?:\/\S*)?\b)/gi;
const HANDLE_PATTERN = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu;
const TAG_PATTERN = /<\/?[a-zA-Z][^<>]{0,200}>/g;
const PICTOGRAPH = /\p{Extended_Pictographic}/gu;
const CAPS_WORD = /(^|[^\p{L}])(\p{Lu}{3,})(?=$|[^\p{L}])/gu;
const ACCENT_MARKS = /\p{M}+/gu;
const ELONGATED_LETTER = /(\p{L})\1{2,}/gu;
const TOKEN_PATTERN = /_(?:url|user|emopos|emoneg|caps)_|[\p{L}\p{N}]+(?:['][\p{L}\p{N}]+)*'?|[!?]+|[.,;:…]|\p{Extended_Pictographic}/gu;
const ELISION = /^(qu|jusqu|lorsqu|puisqu|[ldjnmcst])'(.+)$/;
const NOT_CONTRACTION = /^(.+)n't$/;

function replaceEmoji(text: string): string {
  return text.replace(PICTOGRAPH, (emoji) => {
    if (POSITIVE_EMOJI.has(emoji)) return ` ${POSITIVE_EMOJI_TOKEN} ${emoji} `;
    if (NEGATIVE_EMOJI.has(emoji)) return ` ${NEGATIVE_EMOJI_TOKEN} ${emoji} `;
    return ` ${emoji} `;
  });
}

/**
 * Everything up to tokenisation: returns one string, lower-case and accent-folded, where the
 * special tokens stand for URLs, handles, emoticons, emoji and capitalised words.
 */
export function normaliseForSentiment(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0) return '';
  let text = raw.length > MAX_ANALYSED_CHARACTERS ? raw.slice(0, MAX_ANALYSED_CHARACTERS) : raw;
  text = text.replace(LONE_SURROGATE, ' ').replace(CONTROL, ' ');
  if (text.includes('\\u')) text = text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => codePointText(parseInt(hex, 16)));
  text = text.replace(LONE_SURROGATE, ' ');
  if (text.includes('&')) text = decodeHtmlEntities(text);
  text = text.replace(/[\u2019\u2018\u02BC\u00B4`\u2032]/g, "'").replace(/[\t\n\r\u00A0\u2028\u2029]/g, ' ');
  text = text.replace(POSITIVE_EMOTICON_PATTERN, `$1 ${POSITIVE_EMOJI_TOKEN} `).replace(NEGATIVE_EMOTICON_PATTERN, `$1 ${NEGATIVE_EMOJI_TOKEN} `);
  if (text.includes('<')) text = text.replace(TAG_PATTERN, ' ');
  text = text.replace(URL_PATTERN, ` ${URL_TOKEN} `).replace(HANDLE_PATTERN, `$1 ${USER_TOKEN} `);
  text = replaceEmoji(text);
  // Words in capitals (not a whole text in capitals: that is a style, not an emphasis).
  if (/\p{Lu}{3}/u.test(text) && /\p{Ll}/u.test(text)) text = text.replace(CAPS_WORD, `$1$2 ${CAPS_TOKEN} `);
  text = text.toLowerCase().normalize('NFD').replace(ACCENT_MARKS, '');
  text = text.replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
  text = text.replace(ELONGATED_LETTER, '$1$1');
  return text;
}

/** The tokens the features are built from (see normaliseForSentiment). */
export function tokeniseForSentiment(raw: unknown): string[] {
  const text = normaliseForSentiment(raw);
  const tokens: string[] = [];
  if (text.length === 0) return tokens;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    let token = match[0];
    const first = token.charCodeAt(0);
    if (first === 33 || first === 63) {
      // '!' and '?' runs: '!', '!!' (two or more), '?', '?!'.
      const hasBang = token.includes('!');
      const hasQuestion = token.includes('?');
      if (hasBang && hasQuestion) tokens.push('?!');
      else tokens.push(token.length > 1 ? token.slice(0, 2) : token);
      continue;
    }
    if (token === '…') token = '...';
    if (token.endsWith("'") && token.length > 1 && !ELISION.test(token)) token = token.slice(0, -1);
    const elision = ELISION.exec(token);
    if (elision !== null) {
      tokens.push(`${elision[1]}'`);
      token = elision[2] as string;
    }
    const contraction = NOT_CONTRACTION.exec(token);
    if (contraction !== null) {
      tokens.push(contraction[1] as string, 'not');
      continue;
    }
    if (token.length > 0) tokens.push(token);
  }
  return tokens;
}
