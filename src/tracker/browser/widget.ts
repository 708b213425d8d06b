/**
 * The on-site survey widget, served as /widget.js (docs/surveys.md, "On-site widget"). The
 * tracker adds it to a page only when a survey is due (surveyDue.ts), with the survey's id in
 * `data-survey`. It reads the survey's widget description from GET /s/:id/widget.json on its
 * own origin, shows the NPS question in a small dialog in the page's bottom corner (in a
 * shadow root, so that the page's styles and the widget's leave each other alone), then the
 * follow-up comment, and posts the answer to POST /api/surveys/:id/responses with the channel
 * `widget`. It records when it was shown, so that the tracker does not show a survey again
 * within the period. No cookie, no page address, no visitor id; nothing it meets (blocked
 * storage, network, a refusal) reaches the page as an error.
 */
import { SURVEY_SHOWN_ENTRY } from './surveyDue.js';

type Language = 'fr' | 'en';
type Translated = Record<Language, string>;

/** What GET /s/:id/widget.json gives (docs/api.md). */
interface WidgetDescription {
  title: Translated;
  nps: { id: string; label: Translated };
  comment: { id: string; label: Translated; required: boolean } | null;
}

/** The widget's own words. */
const WORDS: Record<Language, Record<'low' | 'high' | 'close' | 'send' | 'thanks', string>> = {
  fr: { low: 'Pas du tout probable', high: 'Très probable', close: 'Fermer', send: 'Envoyer', thanks: 'Merci pour votre réponse !' },
  en: { low: 'Not at all likely', high: 'Extremely likely', close: 'Close', send: 'Send', thanks: 'Thank you for your answer!' },
};

/** The widget's styles, inside its shadow root: sizes in px, since the page may change the rem; every color and font set, since some are inherited. */
const STYLE = `:host{all:initial}
.d{all:initial;display:block;position:fixed;right:16px;bottom:16px;z-index:2147483647;box-sizing:border-box;width:min(420px,calc(100vw - 32px));max-height:calc(100vh - 32px);overflow:auto;padding:16px 20px;background:#fff;color:#1a1a1a;border:1px solid #767676;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.25);font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left}
.d:focus{outline:none}.d:focus-visible{outline:3px solid #1d4ed8}
h2{margin:0 36px 8px 0;font-size:16px;font-weight:600}
p,label{display:block;margin:0 0 10px}
.s{display:grid;grid-template-columns:repeat(11,1fr);gap:4px}
button,textarea{font:inherit;color:#1a1a1a;border:1px solid #595959;border-radius:4px;box-sizing:border-box}
button{background:#f3f3f3;cursor:pointer;min-height:36px;min-width:0;padding:4px}
button:hover{background:#dedede}
button[aria-pressed=true]{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
button:focus-visible,textarea:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.e{display:flex;justify-content:space-between;gap:8px;margin:4px 0 12px;font-size:13px;color:#4a4a4a}
.x{position:absolute;top:8px;right:8px;width:32px;height:32px;border:0;background:none;font-size:20px;line-height:1}
textarea{display:block;width:100%;min-height:80px;padding:8px;background:#fff;resize:vertical}
.p{margin-top:10px;padding:6px 16px;background:#1d4ed8;border-color:#1d4ed8;color:#fff}
.p:hover{background:#1e40af}
@media (max-width:400px){.s{grid-template-columns:repeat(6,1fr)}}`;

const doc = document;
const script = doc.currentScript as HTMLScriptElement | null;

/** The page's language: its `lang` when French or English, else the browser's when one of them, else English. */
function pageLanguage(): Language {
  for (const tag of [doc.documentElement.lang, navigator.language]) {
    const primary = (tag || '').toLowerCase().split('-')[0];
    if (primary === 'fr' || primary === 'en') return primary;
  }
  return 'en';
}

/** An element with its attributes (a function value is an event listener) and children. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | ((event: Event) => void)>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') node.addEventListener(name, value);
    else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** Shows the survey of `description` and posts its answer to `answerUrl`. */
function show(description: WidgetDescription, answerUrl: string): void {
  const language = pageLanguage();
  const words = WORDS[language];
  const { nps, comment } = description;
  const host = doc.createElement('barometre-survey');
  const root = host.attachShadow({ mode: 'open' });
  const opener = doc.activeElement as HTMLElement | null;
  let score: number | undefined;
  let sent = false;

  /** Posts the answers once, without credentials; a failure is dropped (the visitor has nothing to do about it). */
  const send = (keepalive: boolean, text?: string): void => {
    if (sent || score === undefined) return;
    sent = true;
    const answers: Record<string, unknown> = { [nps.id]: score };
    if (comment && text) answers[comment.id] = text;
    fetch(answerUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answers, channel: 'widget', language }),
      credentials: 'omit',
      keepalive,
    }).catch(() => undefined);
  };
  /** A score chosen but not sent yet is sent alone when the visitor leaves, unless the comment is required. */
  const sendScore = (): void => {
    if (!comment?.required) send(true);
  };
  const close = (): void => {
    sendScore();
    removeEventListener('pagehide', sendScore);
    const hadFocus = root.activeElement !== null;
    host.remove();
    if (hadFocus && opener?.isConnected) opener.focus();
  };

  const body = element('div', {});
  const dialog = element(
    'div',
    {
      class: 'd',
      role: 'dialog',
      'aria-labelledby': 't',
      tabindex: '-1',
      keydown: (event) => (event as KeyboardEvent).key === 'Escape' && close(),
    },
    element('button', { class: 'x', type: 'button', 'aria-label': words.close, click: close }, '×'),
    element('h2', { id: 't' }, description.title[language]),
    body,
  );
  const thank = (): void => {
    const thanks = element('p', { role: 'status', tabindex: '-1' }, words.thanks);
    body.replaceChildren(thanks);
    thanks.focus();
  };
  const buttons = Array.from({ length: 11 }, (_, value) =>
    element(
      'button',
      {
        type: 'button',
        'aria-pressed': 'false',
        click: () => {
          score = value;
          for (const button of buttons) button.setAttribute('aria-pressed', String(button === buttons[value]));
          if (!comment) {
            send(false);
            thank();
          } else if (!form.isConnected) {
            body.append(form);
            textarea.focus();
          }
        },
      },
      String(value),
    ),
  );
  const textarea = element('textarea', { id: 'c', maxlength: '5000', rows: '3' });
  if (comment?.required) textarea.required = true;
  const form = element(
    'form',
    {
      submit: (event) => {
        event.preventDefault();
        send(false, textarea.value.trim());
        thank();
      },
    },
    element('label', { for: 'c' }, comment?.label[language] ?? ''),
    textarea,
    element('button', { class: 'p', type: 'submit' }, words.send),
  );
  body.append(
    element('p', { id: 'q' }, nps.label[language]),
    element('div', { class: 's', role: 'group', 'aria-labelledby': 'q', 'aria-describedby': 'e' }, ...buttons),
    element('div', { class: 'e', id: 'e' }, element('span', {}, `0 – ${words.low}`), element('span', {}, `10 – ${words.high}`)),
  );
  root.append(element('style', {}, STYLE), dialog);
  // Shown: not again within the period, even if dismissed (and not shown when that cannot be recorded).
  localStorage.setItem(SURVEY_SHOWN_ENTRY, String(Date.now()));
  doc.body.append(host);
  addEventListener('pagehide', sendScore);
  // Focus moves to the dialog only when nothing on the page holds it: someone typing in a form keeps their place.
  if (!opener || opener === doc.body || opener === doc.documentElement) dialog.focus();
}

/** Fetches the survey's widget description, waits for the page's body, and shows it; any failure leaves the page as it was. */
async function start(): Promise<void> {
  const id = script?.dataset.survey;
  if (!script || !id) return;
  const base = new URL(`/s/${encodeURIComponent(id)}/`, script.src);
  const response = await fetch(new URL('widget.json', base).href, { credentials: 'omit' });
  if (!response.ok) return;
  const description = (await response.json()) as WidgetDescription;
  if (doc.readyState === 'loading') await new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
  if (doc.querySelector('barometre-survey')) return;
  show(description, new URL(`/api/surveys/${encodeURIComponent(id)}/responses`, script.src).href);
}

start().catch(() => undefined);
