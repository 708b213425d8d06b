import type { Language } from '../language.js';
import { html, SafeHtml } from './safeHtml.js';

/**
 * The document's style: readable on screen, and in print an A4 page with a new page for each
 * section, no chart or indicator cut across two pages, and each link's address written after it.
 */
const STYLE = `:root{--ink:#1a1a1a;--muted:#555;--rule:#ccc;--accent:#1a5fb4;--rise:#1b7a3a;--fall:#b3261e}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);max-width:52rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;border-bottom:2px solid var(--accent);padding-bottom:.2rem;margin-top:2.5rem}
h3{font-size:1.05rem;margin:0 0 .3rem}dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0 0 1rem}
dl.meta dt{color:var(--muted)}dl.meta dd{margin:0}.how{background:#f3f6fb;border-left:4px solid var(--accent);padding:.5rem .8rem}
.indicator{border-top:1px solid var(--rule);padding:.8rem 0}.value{font-size:1.5rem;font-weight:700;margin-right:.5rem}
.interval,.basis,.note,.explain{color:var(--muted)}.explain{margin:.1rem 0 .4rem;font-size:.92rem}
.note{font-size:.9rem;margin:.2rem 0}.missing{font-style:italic;color:var(--muted)}.flag{font-size:.8rem;border:1px solid #c77700;color:#8a5300;border-radius:.3rem;padding:0 .3rem;margin-left:.3rem}
.verdict{font-weight:600}.verdict.rise{color:var(--rise)}.verdict.fall{color:var(--fall)}.verdict.same,.verdict.untested{color:var(--muted);font-weight:400}
table{border-collapse:collapse;margin:.4rem 0;font-size:.9rem}th,td{border-bottom:1px solid var(--rule);padding:.2rem .6rem;text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left}th{font-weight:600}blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid var(--rule);font-style:italic}
figure{margin:0}figcaption{color:var(--muted);font-size:.85rem}svg.chart{display:block;max-width:100%;height:auto;margin:.4rem 0}svg .axis{stroke:#888;stroke-width:1}svg .tick{font-size:10px;fill:#555}
svg .line{fill:none;stroke:var(--accent);stroke-width:2}svg .band{fill:var(--accent);fill-opacity:.18;stroke:none}svg .whisker{stroke:var(--accent);stroke-opacity:.45;stroke-width:6}svg .dot{fill:var(--accent)}
svg .bar.neutral{fill:#9aa4b1}svg .bar.negative{fill:#d0584f}svg .bar.positive{fill:#3c9a5f}footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
@page{size:A4;margin:16mm 14mm}
@media print{body{max-width:none;margin:0;padding:0;font-size:11pt}section.family{break-before:page}h2,h3{break-after:avoid}
.indicator,figure,svg.chart,table,blockquote,.theme{break-inside:avoid}a[href]::after{content:" (" attr(href) ")";font-size:.85em;color:var(--muted)}
.how{background:none}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}`;

/**
 * A whole self-contained HTML document in `language`: UTF-8, its title, the style above
 * inline, and `body`; it loads nothing (no script, style sheet, font or image from
 * anywhere), so the file reads the same offline, mailed or printed.
 */
export function htmlDocument(page: { language: Language; title: string; body: SafeHtml }): string {
  return html`<!doctype html>
<html lang="${page.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${page.title}</title><style>${new SafeHtml(STYLE)}</style></head>
<body>
${page.body}
</body>
</html>
`.text;
}
