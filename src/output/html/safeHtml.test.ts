import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileString, megabyteStrings } from '../../test-support/hostileText.js';
import { escapeHtml, html, SafeHtml } from './safeHtml.js';

/** The characters that could open a tag, end an attribute or start an entity if left as they are. */
const MARKUP = /[<>"']/;

describe('escapeHtml', () => {
  it('writes the five markup characters as entities', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;');
  });

  it('replaces control characters and lone surrogates, which a document may not carry, by U+FFFD', () => {
    expect(escapeHtml('a\u0000b\u0007c\uD800d\uDC00e\u009Ff')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf');
    expect(escapeHtml('tab\tline\nemoji 😀')).toBe('tab\tline\nemoji 😀');
  });

  it('leaves no markup character in hostile text, and decodes back to the text with only the unstorable characters replaced', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(MARKUP);
        expect(escaped).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F]/);
        expect(Buffer.from(escaped, 'utf8').toString('utf8')).toBe(escaped); // well-formed: survives UTF-8
        expect(decodeHTML(escaped).length).toBe(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('escapes a megabyte of hostile text quickly', () => {
    for (const text of megabyteStrings()) expect(escapeHtml(text)).not.toMatch(MARKUP);
  });
});

describe('html', () => {
  it('escapes the values put in it and keeps safe HTML and the template as written', () => {
    const value = `" onmouseover="alert(1)`;
    expect(html`<p title="${value}">${'<b>'}${new SafeHtml('<i>ok</i>')}${[1, ' & ', null, false]}</p>`.text).toBe(
      '<p title="&quot; onmouseover=&quot;alert(1)">&lt;b&gt;<i>ok</i>1 &amp; </p>',
    );
  });
});
