import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_ABSOLUTE_MS } from '../../services/accounts/sessions.js';
import { publicOrigin } from './publicOrigin.js';

/**
 * Whether the browser reached the server over TLS (the server's own https, or a trusted proxy's:
 * {@link publicOrigin}), which makes cookies Secure.
 */
export function overTls(c: Context): boolean {
  return publicOrigin(c).startsWith('https:');
}

/**
 * The session cookie's name: `__Host-brm_session` over TLS (the prefix makes browsers
 * require Secure, Path=/ and no Domain, so no sibling host can set it), else `brm_session`
 * (a browser refuses `__Host-` cookies without Secure).
 */
function sessionCookieName(c: Context): string {
  return overTls(c) ? '__Host-brm_session' : 'brm_session';
}

/** The session token the request's cookie holds, if any. */
export function sessionToken(c: Context): string | undefined {
  return getCookie(c, sessionCookieName(c));
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Path=/, Secure over TLS, kept no longer than the session's absolute timeout. */
export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, sessionCookieName(c), token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: overTls(c),
    path: '/',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, sessionCookieName(c), { path: '/', secure: overTls(c), httpOnly: true, sameSite: 'Lax' });
}
