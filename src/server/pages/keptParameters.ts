import type { Context } from 'hono';

/**
 * The URL parameters a signed-in page's links, forms and redirects keep: the language chosen
 * (`lang`) and the workspace named (`workspace`), as `?…`, or '' when there are none.
 */
export function keptParameters(c: Context): string {
  const parameters = new URLSearchParams();
  for (const name of ['lang', 'workspace']) {
    const value = c.req.query(name);
    if (value !== undefined) parameters.set(name, value);
  }
  const text = parameters.toString();
  return text === '' ? '' : `?${text}`;
}
