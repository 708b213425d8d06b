import { describe, expect, it } from 'vitest';
import { documentParts as parts } from '../../../test-support/reportDocumentFixture.js';
import { INDICATOR_LABELS } from '../indicatorWording.js';
import { INDICATOR_FAMILIES } from './indicatorFamilies.js';
import { reportDocument } from './reportDocument.js';

describe('INDICATOR_FAMILIES', () => {
  it('puts every indicator in exactly one section', () => {
    const keys = INDICATOR_FAMILIES.flatMap((family) => family.keys);
    expect([...keys].sort()).toEqual(Object.keys(INDICATOR_LABELS).sort());
  });
});

describe('reportDocument', () => {
  const document = reportDocument(parts());

  it('is one self-contained document: no script, no style sheet, font or image from anywhere', () => {
    expect(document).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(document).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/i);
    expect(document.match(/href="[^"]*"/g)).toEqual(['href="https://nps.bain.com/about/measuring-your-net-promoter-score/"']);
    expect(document).toContain('@page{size:A4');
  });

  it('has a header with the workspace, period, comparison, filters, split, series and date made, and how to read it', () => {
    expect(document).toContain('<h1>Baromètre report — Boutique &amp; Co</h1>');
    expect(document).toContain('<dd>2025-03-01 → 2025-03-31 (data to 2025-03-28)</dd>');
    expect(document).toContain('<dd>2025-01-29 → 2025-02-28</dd>');
    expect(document).toContain('<dd>store</dd>');
    expect(document).toContain('<dd>month</dd>');
    expect(document).toContain('<dd>2025-04-02 09:30 UTC</dd>');
    expect(document).toContain('not distinguishable from noise');
  });

  it('gives each indicator its value, interval, basis, change and verdict as the text report words them', () => {
    // NPS 90/60/50 → 20, adjusted Wald [8.5, 30.9] (docs/indicators.md's check value).
    expect(document).toMatch(/<span class="value">20<\/span> <span class="interval">\[8\.5; 30\.9\]<\/span> <span class="basis">n = 200/);
    // Newcombe 1998 Table II (a): 56/70 − 48/80 = +20 points, [5.24, 33.39], a real rise.
    expect(document).toMatch(/vs 2025-01-29 → 2025-02-28: \+20 pts \[5\.2; 33\.4\] <span class="verdict rise">real rise<\/span>/);
    expect(document).toMatch(/<span class="verdict same">no measurable difference \(not distinguishable from noise\)<\/span>/);
    expect(document).toContain('churn by contract end (churned_at)');
  });

  it('says why an indicator has no value instead of showing zero', () => {
    expect(document).toContain('Not measured: hidden (fewer than 5 respondents)');
    expect(document).toContain('Not measured: not measurable in cookieless mode');
    expect(document).toMatch(/id="sessions"><h3>Sessions<\/h3><p class="explain">[^<]*<\/p><p class="missing">Not measured: its rows have none/);
  });

  it('draws the NPS, CSAT and CES distributions as bars and the series as a line with its band', () => {
    expect(document).toContain('aria-label="NPS (customers): answers by score"');
    expect(document).toContain('aria-label="CSAT (% satisfied): answers by score"');
    expect(document).toContain('aria-label="CES (mean 1–7): answers by score"');
    expect(document).toContain('aria-label="CSAT (% satisfied) by month"');
    expect(document).toContain('<polygon class="band"');
    expect(document).toContain('<figcaption>One point per month, computed over that month alone. The band is its 95% interval.</figcaption>');
    expect(document).not.toContain('aria-label="eNPS (employees): answers by score"');
  });

  it('says what customers say: themes with counts and sentiment, drivers, verbatims, and the employees texts hidden', () => {
    expect(document).toContain('<td>Delivery</td><td>14</td><td>35.0 %</td><td>-0.42</td><td>-18</td>');
    expect(document).toContain('<td>Delivery</td><td>-6.3</td><td>-18 [-30, -6]</td>');
    expect(document).toContain('<blockquote>Colis arrivé abîmé, trois jours de retard.</blockquote>');
    expect(document).toContain('3 employee texts not shown');
  });

  it('escapes hostile text wherever it comes from: filters, groups, verbatims', () => {
    expect(document).not.toContain('<script>');
    expect(document).not.toContain('" onload="');
    expect(document).toContain('channel=&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;x');
    expect(document).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;x</td>');
  });

  it('is written in French with French typography when asked', () => {
    const french = reportDocument(parts({ language: 'fr' }));
    expect(french).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(french).toContain('<h1>Rapport Baromètre — Boutique &amp; Co</h1>');
    expect(french).toContain('<h2>Satisfaction et effort</h2>');
    expect(french).toContain('<span class="verdict rise">hausse réelle</span>');
    expect(french).toContain('[5,2\u00a0; 33,4]');
    expect(french).toContain('<h2>Les mots derrière les chiffres</h2>');
  });

  it('replaces what customers say with the reason when the texts cannot take the filters', () => {
    const document = reportDocument(parts({ feedback: { unavailable: 'The text analysis cannot apply these filters: no such field.' } }));
    expect(document).toContain('<p class="missing">The text analysis cannot apply these filters: no such field.</p>');
  });
});
