/** What the site chooses of the tracker's attributes (docs/privacy.md, "Installing the snippet"). */
export interface SnippetOptions {
  /** Send nothing from a browser that sends Do-Not-Track or Global Privacy Control (`data-respect-dnt`). */
  respectDnt: boolean;
  /** Seconds between engagement heartbeats (`data-heartbeat`); the default, 30, is not written. */
  heartbeat: number;
}

/** The heartbeat the tracker uses when the tag does not say. */
export const DEFAULT_HEARTBEAT = 30;

/** Escapes a text for a double-quoted HTML attribute. */
function attribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * The two lines a site pastes in its pages' `<head>` (docs/api.md, "The tracker"): the queue
 * that makes `barometre(…)` callable at once, and the script tag of `origin`'s /script.js with
 * the site key and the chosen attributes.
 */
export function trackerSnippet(origin: string, key: string, options: SnippetOptions): string {
  const attributes = [`defer`, `src="${attribute(`${origin}/script.js`)}"`, `data-key="${attribute(key)}"`];
  if (options.respectDnt) attributes.push('data-respect-dnt');
  if (Number.isFinite(options.heartbeat) && options.heartbeat >= 1 && options.heartbeat !== DEFAULT_HEARTBEAT) {
    attributes.push(`data-heartbeat="${Math.round(options.heartbeat)}"`);
  }
  return [
    '<script>window.barometre=window.barometre||function(){(barometre.q=barometre.q||[]).push(arguments)};</script>',
    `<script ${attributes.join(' ')}></script>`,
  ].join('\n');
}

/** The calls a site's consent banner makes in consented mode (docs/privacy.md, "Consented mode"). */
export const CONSENT_CALLS = [
  "barometre('consent');                 // the visitor said yes: a first-party visitor id from now on",
  "barometre('identify', 'customer-42'); // optional: the signed-in customer's id",
  "barometre('consent', false);          // consent withdrawn: the id is deleted",
].join('\n');

/** What stands for a site key whose text is no longer known (it is shown once): its prefix and id (`brm_site_<id>_…`). */
export function keyPlaceholder(id: string): string {
  return `brm_site_${id}_…`;
}
