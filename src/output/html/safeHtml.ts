import { escapeUTF8 } from 'entities';

/**
 * What an HTML document may not carry as it is: C0 controls but tab, line feed, form feed and
 * carriage return, DEL and the C1 controls, the noncharacters U+FFFE and U+FFFF (parse errors
 * in HTML), and lone surrogates, which have no UTF-8 encoding.
 */
const NOT_IN_HTML = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A piece of HTML that is already safe to put in a document as it is: built by {@link html}, or markup the code itself wrote. */
export class SafeHtml {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

/** What {@link html} takes between its pieces: safe HTML as it is, texts and numbers escaped, nothing for null, undefined and false, lists joined. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

/**
 * A text as HTML text or attribute value: the characters HTML may not carry become U+FFFD
 * (REPLACEMENT CHARACTER), then `& < > " '` become entities (entities' escapeUTF8), so a
 * customer's `<script>` or `" onload="` reads as the characters typed and runs nothing.
 *
 * @example escapeHtml('<b>"Tom" & Jerry</b>') // '&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return escapeUTF8(text.replace(NOT_IN_HTML, '\uFFFD'));
}

/**
 * A tagged template for HTML: the template's own text is kept as written, every value put
 * in it is escaped ({@link escapeHtml}) unless it is {@link SafeHtml}, so no text from data
 * can open a tag or leave an attribute.
 *
 * @example html`<p title="${'a"b'}">${'<i>'}</p>`.text // '<p title="a&quot;b">&lt;i&gt;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(text);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.text;
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(render).join('');
}
