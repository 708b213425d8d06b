import type { Context } from 'hono';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Language } from '../../output/language.js';

/**
 * The policy of the server's own pages: nothing loads from anywhere (no script at all), the
 * inline style only, forms post to this origin only, no framing (OWASP Clickjacking Defense).
 */
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Sets the headers of one of the server's pages: {@link PAGE_POLICY} and no framing. */
export function pageHeaders(c: Context): void {
  c.header('Content-Security-Policy', PAGE_POLICY);
  c.header('X-Frame-Options', 'DENY');
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:30rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}
label{display:block;margin-top:1rem;font-weight:600}input{font:inherit;width:100%;box-sizing:border-box;padding:.4rem;margin-top:.25rem}
button{font:inherit;margin-top:1.5rem;padding:.5rem 1.2rem}p.error{color:#a00;font-weight:600}small{color:#555}
select,textarea{font:inherit;width:100%;box-sizing:border-box;padding:.4rem;margin-top:.25rem}
fieldset{border:1px solid #bbb;border-radius:.5rem;margin:1rem 0 0;padding:.5rem .75rem 1rem}legend{font-weight:700;padding:0 .25rem}
fieldset fieldset legend{font-weight:600}.scale{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.5rem}
.scale label{display:inline-flex;align-items:center;justify-content:center;min-width:2.75rem;min-height:2.75rem;margin:0;padding:0 .6rem;border:1px solid #888;border-radius:.5rem;font-weight:400}
.scale input{width:auto;margin:0 .35rem 0 0}.scale label:focus-within{outline:3px solid #1a5fb4}ul.links li{margin:.75rem 0}ul.links a{display:inline-block;padding:.5rem 0}`;

/**
 * A whole page in `language`: title, heading, an error message when there is one (announced
 * to screen readers, role="alert"), and the body, with the page's own style rules if any. Every value goes through hono/html, which
 * escapes it. The page is sent with `status` and its Content-Security-Policy.
 */
export function renderPage(
  c: Context,
  page: {
    language: Language;
    title: string;
    error?: string | undefined;
    body: HtmlEscapedString | Promise<HtmlEscapedString>;
    /** Style rules of this page alone, after the shared ones. */
    style?: string | undefined;
  },
  status: 200 | 400 | 401 | 403 | 404 | 409 | 429 = 200,
): Response | Promise<Response> {
  pageHeaders(c);
  return c.html(
    html`<!doctype html>
<html lang="${page.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${page.title} · Baromètre</title><style>${raw(STYLE)}${raw(page.style ?? '')}</style></head>
<body><main>
<h1>${page.title}</h1>
${page.error === undefined ? '' : html`<p class="error" role="alert">${page.error}</p>`}
${page.body}
</main></body>
</html>`,
    status,
  );
}
