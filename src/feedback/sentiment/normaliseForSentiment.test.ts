import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, MAX_ANALYSED_CHARACTERS, normaliseForSentiment, tokeniseForSentiment } from './normaliseForSentiment.js';

describe('tokeniseForSentiment', () => {
  it('makes raw French text look like the lower-cased, space-tokenised Allociné text', () => {
    const allocine = tokeniseForSentiment("c'est génial , vraiment !");
    expect(allocine).toEqual(["c'", 'est', 'genial', ',', 'vraiment', '!']);
    expect(tokeniseForSentiment("C'est génial, vraiment!")).toEqual(allocine);
    expect(tokeniseForSentiment('C’est genial, vraiment !')).toEqual(allocine);
  });

  it("splits French elisions and English n't, so negation cues stand alone", () => {
    expect(tokeniseForSentiment("Je n'aime pas")).toEqual(['je', "n'", 'aime', 'pas']);
    expect(tokeniseForSentiment("I don't like it")).toEqual(['i', 'do', 'not', 'like', 'it']);
    expect(tokeniseForSentiment("qu'il l'été aujourd'hui")).toEqual(["qu'", 'il', "l'", 'ete', "aujourd'hui"]);
  });

  it('shortens elongations and runs of ! or ?', () => {
    expect(tokeniseForSentiment('soooo coooool!!!!')).toEqual(['soo', 'cool', '!!']);
    expect(tokeniseForSentiment('vraiment ?!?')).toEqual(['vraiment', '?!']);
  });

  it('maps URLs, @handles, emoticons and emoji to tokens, keeping the emoji itself', () => {
    expect(tokeniseForSentiment('@VirginAmerica merci :) http://t.co/abc')).toEqual(['_user_', 'merci', '_emopos_', '_url_']);
    expect(tokeniseForSentiment('nul :( 😡')).toEqual(['nul', '_emoneg_', '_emoneg_', '😡']);
    expect(tokeniseForSentiment('😍')).toEqual(['_emopos_', '😍']);
    expect(tokeniseForSentiment('<3')).toEqual(['_emopos_']);
  });

  it('marks words in capitals inside ordinary text, not a text all in capitals', () => {
    expect(tokeniseForSentiment('I LOVE it')).toEqual(['i', 'love', '_caps_', 'it']);
    expect(tokeniseForSentiment('I LOVE IT')).toEqual(['i', 'love', 'it']);
  });

  it('decodes HTML entities (twice) and literal \\u escapes, and drops tags', () => {
    expect(decodeHtmlEntities('a &amp; b &amp;amp; &#233;t&eacute; &#x263A;')).toBe('a & b & été ☺');
    expect(tokeniseForSentiment('i\\u2019m <b>happy</b> &amp; fine')).toEqual(["i'm", 'happy', 'fine']);
  });

  it('drops #, keeps the hashtag word', () => {
    expect(tokeniseForSentiment('#Génial')).toEqual(['genial']);
  });

  it('survives lone surrogates, control characters and non-strings', () => {
    expect(tokeniseForSentiment('\uD800abc\u0000\uDFFF')).toEqual(['abc']);
    expect(tokeniseForSentiment(undefined)).toEqual([]);
    expect(tokeniseForSentiment('')).toEqual([]);
  });

  it('analyses only the first MAX_ANALYSED_CHARACTERS characters', () => {
    const long = `${'a '.repeat(MAX_ANALYSED_CHARACTERS)}zzz`;
    expect(normaliseForSentiment(long)).not.toContain('zzz');
    expect(normaliseForSentiment(long).length).toBeLessThanOrEqual(MAX_ANALYSED_CHARACTERS);
  });
});
