import type { Hono } from 'hono';
import type { AppEnv } from '../server/route.js';

/** A client of an app that keeps its cookies as a browser does (name=value only; a Max-Age=0 or expired cookie is forgotten). */
export interface Browser {
  /** Sends a request with the jar's cookies and keeps the cookies the answer sets. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Posts a form (application/x-www-form-urlencoded) from this server's own page. */
  postForm(path: string, fields: Record<string, string>): Promise<Response>;
  cookies: Map<string, string>;
}

/** A browser over `app`, at `origin` (http://localhost unless given). */
export function browser(app: Pick<Hono<AppEnv>, 'request'>, origin = 'http://localhost'): Browser {
  const cookies = new Map<string, string>();
  const request = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (cookies.size > 0) headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await app.request(`${origin}${path}`, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1] ?? '') < Date.now()));
      if (gone) cookies.delete(name);
      else cookies.set(name, pair.slice(pair.indexOf('=') + 1));
    }
    return response;
  };
  return {
    request,
    postForm: (path, fields) =>
      request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin }, body: new URLSearchParams(fields).toString() }),
    cookies,
  };
}

/** The value of the hidden csrf field of a page's form. */
export function csrfFieldOf(page: string): string {
  const token = /name="csrf" value="([^"]+)"/.exec(page)?.[1];
  if (token === undefined) throw new Error('The page has no csrf field.');
  return token;
}
