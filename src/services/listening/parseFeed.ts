import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { cleanText } from '../../feedback/text/cleanText.js';

/** One item of a feed, its title and text cleaned of HTML. */
export interface FeedItem {
  /** What identifies the item in its feed: its guid (RSS) or id (Atom), else its link, else its title, text and date. */
  key: string;
  title: string;
  text: string;
  link: string | null;
  /** When it was published (RSS pubDate or dc:date; Atom published, else updated); null when absent or unreadable. */
  publishedAt: Date | null;
}

/** A feed read: its format, title and items in document order. */
export interface ParsedFeed {
  format: 'rss' | 'atom';
  title: string;
  items: FeedItem[];
}

/** A feed that cannot be read, with one sentence saying why (in English, as stored, and in French). */
export class FeedFormatError extends Error {
  override readonly name = 'FeedFormatError';
  constructor(
    message: string,
    readonly french: string,
  ) {
    super(message);
  }
}

/** Element names that are properties of every object: renamed before they become keys. */
const RESERVED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The parser: attributes kept (`@_href`), values left as text, CDATA merged into the text in
 * place, namespace prefixes dropped (`content:encoded` is `encoded`, `dc:date` is `date`).
 * The predefined XML entities and character references are decoded; documents that declare
 * entities of their own are refused before parsing (see parseFeed), so nothing is expanded.
 */
const PARSER = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // The parser refuses these names (they could pollute prototypes); a feed may still use them.
  transformTagName: (name) => (RESERVED_NAMES.has(name) ? `reserved-${name}` : name),
});

/** A document type declaration with an internal subset, where entities are declared: `<!DOCTYPE rss [ … ]>`. */
const INTERNAL_SUBSET = /<!DOCTYPE[^>[]*\[/;

type Node = string | Node[] | { [key: string]: Node };

/**
 * Reads an RSS 2.0 or Atom 1.0 document: each item's key (guid/id, else link, else title,
 * text and date), title and text (RSS `content:encoded`, else `description`; Atom `content`,
 * else `summary`) cleaned of HTML tags and entities by cleanText, its link and publication
 * date. Refuses, with a FeedFormatError: a document that is not well-formed XML (the parser's
 * reason and line), one that declares entities in a DTD internal subset (no entity is ever expanded: no XXE, no
 * "billion laughs"), and one whose root is neither `<rss><channel>` nor an Atom `<feed>`.
 * Items with neither title nor text are left out.
 */
export function parseFeed(xml: string): ParsedFeed {
  if (INTERNAL_SUBSET.test(xml)) {
    throw new FeedFormatError(
      'The feed declares XML entities (a <!DOCTYPE […]> subset), which Baromètre does not read: no entity is expanded.',
      'Le flux déclare des entités XML (un <!DOCTYPE […]>), que Baromètre ne lit pas : aucune entité n’est développée.',
    );
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line } = valid.err;
    throw new FeedFormatError(
      `The feed is not well-formed XML: ${msg.replace(/\.$/, '')} (line ${line}).`,
      `Le flux n’est pas du XML bien formé : ${msg.replace(/\.$/, '')} (ligne ${line}).`,
    );
  }
  let document: Record<string, Node>;
  try {
    document = PARSER.parse(xml) as Record<string, Node>;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    throw new FeedFormatError(`The feed cannot be read as XML: ${reason}.`, `Le flux ne se lit pas comme du XML : ${reason}.`);
  }
  const rss = field(document, 'rss');
  const channel = rss === undefined ? undefined : field(rss, 'channel');
  if (channel !== undefined)
    return { format: 'rss', title: cleanText(textOf(field(channel, 'title'))), items: listOf(field(channel, 'item')).flatMap(rssItem) };
  const atom = field(document, 'feed');
  if (atom !== undefined) return { format: 'atom', title: cleanText(textOf(field(atom, 'title'))), items: listOf(field(atom, 'entry')).flatMap(atomEntry) };
  throw new FeedFormatError(
    'The document is neither an RSS 2.0 feed (<rss><channel>) nor an Atom 1.0 feed (<feed>).',
    'Le document n’est ni un flux RSS 2.0 (<rss><channel>) ni un flux Atom 1.0 (<feed>).',
  );
}

/** The item of an RSS channel, or none when it has neither title nor text. */
function rssItem(item: Node): FeedItem[] {
  const links = listOf(field(item, 'link'));
  const link =
    links
      .map(textOf)
      .find((text) => text.trim() !== '')
      ?.trim() ?? null;
  const encoded = textOf(field(item, 'encoded'));
  return feedItem({
    id: textOf(field(item, 'guid')),
    link,
    title: textOf(field(item, 'title')),
    html: encoded.trim() !== '' ? encoded : textOf(field(item, 'description')),
    date: textOf(field(item, 'pubDate')) || textOf(field(item, 'date')),
  });
}

/** The entry of an Atom feed, or none when it has neither title nor text. */
function atomEntry(entry: Node): FeedItem[] {
  const links = listOf(field(entry, 'link'));
  const alternate = links.find((link) => ['', 'alternate'].includes(textOf(field(link, '@_rel')))) ?? links[0];
  const content = textOf(field(entry, 'content'));
  return feedItem({
    id: textOf(field(entry, 'id')),
    link: alternate === undefined ? null : textOf(field(alternate, '@_href')).trim() || null,
    title: textOf(field(entry, 'title')),
    html: content.trim() !== '' ? content : textOf(field(entry, 'summary')),
    date: textOf(field(entry, 'published')) || textOf(field(entry, 'updated')),
  });
}

/** An item from its raw parts: the title and text cleaned, the key chosen, the date read. */
function feedItem(raw: { id: string; link: string | null; title: string; html: string; date: string }): FeedItem[] {
  const title = cleanText(raw.title);
  const text = cleanText(raw.html);
  if (title === '' && text === '') return [];
  const moment = raw.date.trim() === '' ? null : new Date(raw.date.trim());
  const publishedAt = moment === null || Number.isNaN(moment.getTime()) ? null : moment;
  const key = raw.id.trim() || raw.link || `${title}\n${text}\n${raw.date.trim()}`;
  return [{ key, title, text, link: raw.link, publishedAt }];
}

/** A child of an element, or undefined (never an inherited property: a feed may name an element `constructor`). */
function field(node: Node | undefined, name: string): Node | undefined {
  if (node === undefined || typeof node !== 'object' || Array.isArray(node)) return undefined;
  return Object.hasOwn(node, name) ? node[name] : undefined;
}

/** An element that may be repeated, as a list. */
function listOf(node: Node | undefined): Node[] {
  if (node === undefined) return [];
  return Array.isArray(node) ? node : [node];
}

/** The text of an element: its own text and its children's, attributes left out; the first of repeated elements. */
function textOf(node: Node | undefined): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return textOf(node[0]);
  return Object.entries(node)
    .filter(([key]) => !key.startsWith('@_'))
    .map(([, child]) => (Array.isArray(child) ? child.map(textOf).join(' ') : textOf(child)))
    .join(' ');
}
