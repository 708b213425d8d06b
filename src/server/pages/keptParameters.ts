import type { Context } from 'hono';

/**
 * The URL parameters a signed-in page's links, forms and redirects keep: the language chosen
 * (`lang`), the workspace named (`workspace`) and any `more` a page carries along (the filters
 * of a list), as `?…`, or '' when there are none.
 */
export function keptParameters(c: Context, more: readonly string[] = []): string {
  const parameters = new URLSearchParams();
  for (const name of ['lang', 'workspace', ...more]) {
    const value = c.req.query(name);
    if (value !== undefined) parameters.set(name, value);
  }
  const text = parameters.toString();
  return text === '' ? '' : `?${text}`;
}
