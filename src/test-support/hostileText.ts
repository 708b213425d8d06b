import fc from 'fast-check';

/** One megabyte of characters: the size a text function must survive quickly. */
export const ONE_MEGABYTE = 1_000_000;

/** A generous time limit for one call on hostile input (ms); the functions are linear. */
export const HOSTILE_CALL_LIMIT_MS = 2_000;

/** HTML-like fragments: tags, unclosed tags, entities, comments, scripts. */
const HTML_PIECES = [
  '<p>',
  '</p>',
  '<br>',
  '<br/>',
  '<div class="x">',
  '</div>',
  '<script>',
  '</script>',
  '<style>',
  '</style',
  '<!--',
  '-->',
  '<',
  '>',
  '&amp;',
  '&eacute;',
  '&#233;',
  '&#x2019;',
  '&#xD800;',
  '&#0;',
  '&nbsp;',
  '&bogus;',
  '&',
  ';',
  'é',
  'Livraison',
  ' ',
  '\n',
  '\u0000',
  '\uFFFD',
  '\uD800',
  '\uDC00',
  '😀',
  'M.',
  '4.5',
  '...',
  '?!',
  ':)',
  ',',
  'cher',
  'colis',
];

/** Strings of every kind: UTF-16 code units (lone surrogates), graphemes, HTML soup, and bytes decoded as UTF-8 or Latin-1. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary-ascii' }),
  fc.array(fc.constantFrom(...HTML_PIECES), { maxLength: 60 }).map((pieces) => pieces.join('')),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

/** A few 1 MB strings built to trip regular expressions and scanners. */
export function megabyteStrings(): string[] {
  const repeat = (piece: string): string => piece.repeat(Math.ceil(ONE_MEGABYTE / piece.length)).slice(0, ONE_MEGABYTE);
  return [
    repeat('Livraison rapide, colis abîmé. '),
    repeat('<script>'),
    repeat('<<<<a '),
    repeat('&eacute;&#'),
    repeat('.'),
    repeat('a. '),
    repeat(':) '),
    repeat(' '),
    repeat('\uD800'),
    Buffer.from(Array.from({ length: ONE_MEGABYTE }, (_, index) => (index * 7919) % 256)).toString('latin1'),
  ];
}
