import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { publicOrigin } from './publicOrigin.js';
import { overTls } from './sessionCookie.js';
import { formFields } from './smallBody.js';

/** The header a script sends a CSRF token in. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** The form field a page sends a CSRF token in. */
export const CSRF_FIELD = 'csrf';

/** Whether two tokens are equal, compared in constant time. */
function sameToken(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const [left, right] = [Buffer.from(a), Buffer.from(b)];
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The CSRF token a state-changing request sends: the X-CSRF-Token header, else the `csrf` field of its form. */
async function sentToken(c: Context): Promise<string | undefined> {
  return c.req.header(CSRF_HEADER) ?? (await formFields(c))[CSRF_FIELD];
}

/**
 * Whether a state-changing request authenticated by its session cookie sends back the
 * session's CSRF token (OWASP CSRF Prevention Cheat Sheet, "Synchronizer Token Pattern").
 */
export async function sendsSessionToken(c: Context, expected: string): Promise<boolean> {
  return sameToken(await sentToken(c), expected);
}

/** The key of the pre-session form tokens: random per process, so a restart only makes an open form be sent again. */
const FORM_KEY = randomBytes(32);

function formTokenCookieName(c: Context): string {
  return overTls(c) ? '__Host-brm_form' : 'brm_form';
}

function signature(nonce: string): string {
  return createHmac('sha256', FORM_KEY).update(nonce).digest('base64url');
}

/**
 * The token of a form shown before sign-in (set-up, sign-in): a random nonce and its HMAC,
 * set as a cookie and returned for the form's hidden field (OWASP CSRF Prevention Cheat
 * Sheet, "Signed Double-Submit Cookie"). An existing valid cookie is reused, so two open tabs
 * both work.
 */
export function formToken(c: Context): string {
  const existing = getCookie(c, formTokenCookieName(c));
  if (existing !== undefined && validFormToken(existing)) return existing;
  const nonce = randomBytes(16).toString('base64url');
  const token = `${nonce}.${signature(nonce)}`;
  setCookie(c, formTokenCookieName(c), token, { httpOnly: true, sameSite: 'Lax', secure: overTls(c), path: '/' });
  return token;
}

function validFormToken(token: string): boolean {
  const [nonce, signed, ...rest] = token.split('.');
  return nonce !== undefined && signed !== undefined && rest.length === 0 && sameToken(signed, signature(nonce));
}

/**
 * Whether a request made before sign-in comes from this site's own page: an Origin header,
 * when sent, naming this server as the browser reached it ({@link publicOrigin}) (OWASP,
 * "Verifying Origin With Standard Headers").
 */
export function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  return origin === undefined || origin === publicOrigin(c);
}

/** Whether a pre-session form sends back the signed token of its cookie, from this site's own origin. */
export async function sendsFormToken(c: Context): Promise<boolean> {
  const cookie = getCookie(c, formTokenCookieName(c));
  if (cookie === undefined || !validFormToken(cookie) || !sameOrigin(c)) return false;
  return sameToken(await sentToken(c), cookie);
}
