import { describe, expect, it } from 'vitest';
import { feedFixture } from '../../test-support/feedServer.js';
import { FeedFormatError, parseFeed } from './parseFeed.js';

describe('parseFeed', () => {
  it('reads an RSS 2.0 channel: keys, titles, texts without HTML, links and dates (RSS 2.0 specification, rssboard.org)', () => {
    const feed = parseFeed(feedFixture('rss.xml'));
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Le Journal du Commerce');
    expect(feed.items.map((item) => item.key)).toEqual([
      'article-1',
      'https://news.example.com/articles/2',
      'article-3',
      'https://news.example.com/articles/4', // no guid: the link
      'article-1',
    ]);
    const [first, second, , fourth] = feed.items;
    // Escaped HTML with entities in it, decoded twice as the feed means it.
    expect(first).toEqual({
      key: 'article-1',
      title: 'MAISON LUMIERE ouvre une boutique à Lyon',
      text: 'La marque déco s’installe rue de la République.',
      link: 'https://news.example.com/articles/1',
      publishedAt: new Date('2026-03-03T08:30:00Z'), // RFC 822 date at +0100
    });
    // CDATA holding HTML: tags and the script's contents dropped.
    expect(second!.text).toBe('Une promotion agressive face à Maison Lumière & consorts.');
    // content:encoded comes before description; dc:date stands in for pubDate.
    expect(fourth!.text).toBe('Notre sélection : des lampes, et une livraison Colissimo offerte.');
    expect(fourth!.publishedAt).toEqual(new Date('2026-03-06T12:00:00Z'));
  });

  it('reads an Atom 1.0 feed: id, alternate link, content before summary, published before updated (RFC 4287)', () => {
    const feed = parseFeed(feedFixture('atom.xml'));
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Avis clients');
    const [first, second, third] = feed.items;
    expect(first).toEqual({
      key: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
      title: 'Service impeccable chez Maison Lumière',
      text: 'Livraison rapide, produit superbe.',
      link: 'https://reviews.example.org/r/1',
      publishedAt: new Date('2026-03-08T09:00:00Z'),
    });
    expect(second).toMatchObject({
      text: 'Commande Casa Nova arrivée cassée.',
      link: 'https://reviews.example.org/r/2',
      publishedAt: new Date('2026-03-09T11:00:00Z'),
    });
    // XHTML content: its text, tags left out.
    expect(third!.text).toBe('Tout est parfait.');
    expect(third!.title).toMatch(/maison lumière/);
    expect(third!.link).toBeNull();
  });

  it('keys an item without guid or link by its title, text and date, and leaves out items with neither title nor text', () => {
    const xml = `<rss version="2.0"><channel><title>t</title>
<item><title>Hello</title><description>World</description><pubDate>not a date</pubDate></item>
<item><description>   </description></item></channel></rss>`;
    const { items } = parseFeed(xml);
    expect(items).toEqual([{ key: 'Hello\nWorld\nnot a date', title: 'Hello', text: 'World', link: null, publishedAt: null }]);
  });

  it('refuses malformed XML, entity declarations and documents that are not feeds, each with one sentence', () => {
    const refusal = (xml: string) => {
      try {
        parseFeed(xml);
      } catch (error) {
        expect(error).toBeInstanceOf(FeedFormatError);
        return error as FeedFormatError;
      }
      throw new Error('parseFeed took it');
    };
    expect(refusal(feedFixture('malformed.xml')).message).toBe(
      "The feed is not well-formed XML: Expected closing tag 'item' (opened in line 5, col 5) instead of closing tag 'channel' (line 7).",
    );
    // The "billion laughs" and an external entity: refused before parsing, nothing expanded or read.
    const entities = refusal(feedFixture('entities.xml'));
    expect(entities.message).toMatch(/^The feed declares XML entities/);
    expect(entities.french).toMatch(/^Le flux déclare des entités XML/);
    expect(refusal(feedFixture('notafeed.xml')).message).toBe('The document is neither an RSS 2.0 feed (<rss><channel>) nor an Atom 1.0 feed (<feed>).');
    expect(refusal('').message).toMatch(/^The (feed is not well-formed XML|document is neither)/);
    expect(refusal('{"items": []}').message).toMatch(/^The feed is not well-formed XML/);
  });

  it('never reads an element named like an Object property as a child', () => {
    const { items } = parseFeed('<rss><channel><item><title>x</title><constructor>y</constructor></item></channel></rss>');
    expect(items).toHaveLength(1);
    expect(parseFeed('<rss><channel><__proto__>1</__proto__></channel></rss>').items).toEqual([]);
  });
});
