import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_CALL_LIMIT_MS, hostileString, megabyteStrings } from '../test-support/hostileText.js';
import { analyseText, MAX_EXCERPT_CHARACTERS, type TextAnalysis, type TextAnalyser } from './analyseText.js';
import { loadSentimentModel } from './sentiment/sentimentModel.js';
import { compileThemes } from './themes/matchThemes.js';
import { DEFAULT_THEMES } from './themes/themeDefinitions.js';

const analyser: TextAnalyser = { model: loadSentimentModel(), themes: compileThemes(DEFAULT_THEMES) };

/** Checks the shape every analysis must have, whatever the text. */
function expectWellFormed(analysis: TextAnalysis): void {
  expect(analysis.language).toMatch(/^([a-z]{2}|und)$/);
  expect(['positive', 'neutral', 'negative']).toContain(analysis.sentiment);
  expect(Number.isFinite(analysis.score)).toBe(true);
  expect(Math.abs(analysis.score)).toBeLessThanOrEqual(1);
  for (const mention of analysis.themes) {
    expect(DEFAULT_THEMES.map((theme) => theme.id)).toContain(mention.theme);
    expect(Math.abs(mention.score)).toBeLessThanOrEqual(1);
    expect(mention.excerpt.length).toBeGreaterThan(0);
    expect(mention.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARACTERS);
  }
  expect(new Set(analysis.themes.map((mention) => mention.theme)).size).toBe(analysis.themes.length);
}

describe('analyseText', () => {
  it('gives each theme the sentiment of the sentences that mention it', () => {
    const analysis = analyseText('Livraison rapide et soignée, parfait. Mais le service client ne répond jamais, honteux !', analyser);
    expect(analysis.language).toBe('fr');
    const delivery = analysis.themes.find((mention) => mention.theme === 'delivery')!;
    const service = analysis.themes.find((mention) => mention.theme === 'customer_service')!;
    expect(delivery.score).toBeGreaterThan(0);
    expect(service.score).toBeLessThan(0);
    expect(delivery.excerpt).toBe('Livraison rapide et soignée, parfait.');
  });

  it('gives each theme the sentiment of its own clause across a contrast (French and English)', () => {
    const theme = (analysis: TextAnalysis, id: string) => analysis.themes.find((mention) => mention.theme === id)!;
    const french = analyseText('Caissière souriante mais retard de livraison', analyser);
    expect(theme(french, 'staff_and_store').score).toBeGreaterThan(0);
    expect(theme(french, 'delivery').score).toBeLessThan(0);
    // Each clause scored on its own words: the staff on "Caissière souriante", the delivery on "retard de livraison".
    expect(theme(french, 'staff_and_store').score).toBeCloseTo(analyser.model.predict('Caissière souriante').score, 12);
    expect(theme(french, 'delivery').score).toBeCloseTo(analyser.model.predict('retard de livraison').score, 12);
    expect(theme(french, 'delivery').excerpt).toBe('Caissière souriante mais retard de livraison');
    const english = analyseText('The staff were lovely, although the delivery was very late.', analyser);
    expect(theme(english, 'staff_and_store').score).toBeGreaterThan(0);
    expect(theme(english, 'delivery').score).toBeLessThan(0);
  });

  it('gives each theme of a list its own clause’s sentiment (French and English)', () => {
    const theme = (analysis: TextAnalysis, id: string) => analysis.themes.find((mention) => mention.theme === id)!;
    const english = analyseText('Great prices and terrible customer service.', analyser);
    expect(theme(english, 'price').score).toBeGreaterThan(0);
    expect(theme(english, 'customer_service').score).toBeLessThan(0);
    const french = analyseText('Vendeuse adorable, remboursement jamais reçu, honteux.', analyser);
    expect(theme(french, 'staff_and_store').score).toBeGreaterThan(0);
    expect(theme(french, 'returns_and_refunds').score).toBeLessThan(0);
  });

  it('averages the sentences when a theme comes back, and keeps the first as excerpt', () => {
    const analysis = analyseText('Great delivery, super fast. The delivery man was rude though.', analyser);
    const delivery = analysis.themes.find((mention) => mention.theme === 'delivery')!;
    const first = analyser.model.predict('Great delivery, super fast.').score;
    const second = analyser.model.predict('The delivery man was rude though.').score;
    expect(delivery.score).toBeCloseTo((first + second) / 2, 12);
    expect(delivery.excerpt).toBe('Great delivery, super fast.');
  });

  it('trusts a declared two-letter language, and identifies the others', () => {
    expect(analyseText('Très bon produit', analyser, 'EN').language).toBe('en');
    expect(analyseText('Très bon produit, je recommande', analyser, 'français').language).toBe('fr');
    expect(analyseText('Very good product, I recommend it', analyser, null).language).toBe('en');
  });

  it('reads HTML comments as their text', () => {
    const analysis = analyseText('<p>Colis <b>abîmé</b> &amp; livraison en retard</p><script>alert(1)</script>', analyser);
    expect(analysis.themes.map((mention) => mention.theme)).toContain('delivery');
    for (const mention of analysis.themes) expect(mention.excerpt).not.toMatch(/<|alert/);
  });

  it('cuts a long sentence into an excerpt of at most 280 characters', () => {
    const analysis = analyseText(`La livraison ${'vraiment '.repeat(100)}parfaite`, analyser);
    const delivery = analysis.themes.find((mention) => mention.theme === 'delivery')!;
    expect(delivery.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARACTERS);
    expect(delivery.excerpt.endsWith('…')).toBe(true);
  });

  it('finds nothing in an empty or letterless text', () => {
    for (const text of ['', '   ', '12345', '\u0000\u0001']) {
      const analysis = analyseText(text, analyser);
      expect(analysis).toMatchObject({ language: 'und', sentiment: 'neutral', themes: [] });
    }
  });

  it('never throws on hostile input and answers well-formed (fast-check)', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        expectWellFormed(analyseText(text, analyser));
      }),
      { numRuns: 300 },
    );
  });

  it('analyses 1 MB texts quickly', () => {
    for (const text of megabyteStrings()) {
      const started = performance.now();
      expectWellFormed(analyseText(text, analyser));
      expect(performance.now() - started).toBeLessThan(HOSTILE_CALL_LIMIT_MS);
    }
  });

  it('handles a text that mixes French and English', () => {
    const analysis = analyseText('Livraison super rapide, merci ! But the customer service was awful and nobody answered.', analyser);
    expectWellFormed(analysis);
    expect(['fr', 'en']).toContain(analysis.language);
    expect(analysis.themes.map((mention) => mention.theme)).toEqual(expect.arrayContaining(['delivery', 'customer_service']));
  });
});
