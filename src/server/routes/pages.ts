import type { Context } from 'hono';
import { LocalisedError } from '../../errors/errors.js';
import type { Language } from '../../output/language.js';
import { createFirstAdmin } from '../../services/accounts/firstAdmin.js';
import { endSession, startSession } from '../../services/accounts/sessions.js';
import { hasUsers } from '../../store/accounts/users.js';
import { formToken, sendsFormToken } from '../auth/csrf.js';
import { clearSessionCookie, setSessionCookie } from '../auth/sessionCookie.js';
import { attemptSignIn } from '../auth/signInAttempt.js';
import { formFields } from '../auth/smallBody.js';
import { signedInCaller } from '../middleware/access.js';
import { setupPage, signInPage } from '../pages/accountPages.js';
import { pageLanguage } from '../pages/pageLanguage.js';
import type { AppEnv, Route } from '../route.js';
import { sendWebApp, VIEW_PARAMETERS } from './webApp.js';

/** The messages of the pages' refusals, in both languages. */
const MESSAGES = {
  expired: { en: 'The form expired; it has been reloaded: send it again.', fr: 'Le formulaire a expiré\u00A0; il a été rechargé\u00A0: envoyez-le à nouveau.' },
  setUp: { en: 'Baromètre is set up already: sign in.', fr: 'Baromètre est déjà installé\u00A0: connectez-vous.' },
  wrong: { en: 'The e-mail address or the password is wrong.', fr: "L'adresse e-mail ou le mot de passe est incorrect." },
  limited: (seconds: number) => ({
    en: `Too many failed attempts: try again in ${Math.ceil(seconds / 60)} minutes.`,
    fr: `Trop d'essais manqués\u00A0: réessayez dans ${Math.ceil(seconds / 60)} minutes.`,
  }),
} as const;

/** Where a form sends the browser once it succeeded: the landing page, in the language chosen with ?lang=. */
function home(c: Context): string {
  const lang = c.req.query('lang');
  return lang === 'fr' || lang === 'en' ? `/?lang=${lang}` : '/';
}

/** A message in the page's language (an error's French wording when it has one). */
function say(message: { en: string; fr: string } | LocalisedError, language: Language): string {
  if (message instanceof LocalisedError) return language === 'fr' ? message.inFrench() : message.message;
  return message[language];
}

/**
 * The server's own pages (docs/accounts.md): `GET /` offers the first-admin set-up on a
 * store with no user, else the sign-in form, else (signed in) the dashboard (routes/webApp.ts); the forms
 * post to `/setup`, `/signin` and `/signout` and answer 303 to `/` when they succeed.
 */
export const pageRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/',
    access: 'anyone',
    parameters: VIEW_PARAMETERS,
    async handle(c) {
      const language = pageLanguage(c);
      if ((await signedInCaller(c)) !== null) return sendWebApp(c);
      const page = { language, csrf: formToken(c) };
      return (await hasUsers(c.get('store'))) ? signInPage(c, page) : setupPage(c, page);
    },
  },
  {
    method: 'POST',
    path: '/setup',
    access: 'anyone',
    parameters: ['lang'],
    async handle(c) {
      const language = pageLanguage(c);
      const fields = await formFields(c);
      const page = { language, csrf: formToken(c), email: fields.email };
      if (!(await sendsFormToken(c))) return setupPage(c, { ...page, error: say(MESSAGES.expired, language) }, 403);
      const store = c.get('store');
      if (await hasUsers(store)) return signInPage(c, { ...page, error: say(MESSAGES.setUp, language) }, 409);
      let userId: number | null;
      try {
        userId = await createFirstAdmin(store, { email: fields.email ?? '', password: fields.password ?? '', displayName: fields.name || undefined });
      } catch (error) {
        if (error instanceof LocalisedError) return setupPage(c, { ...page, error: say(error, language) }, 400);
        throw error;
      }
      if (userId === null) return signInPage(c, { ...page, error: say(MESSAGES.setUp, language) }, 409);
      setSessionCookie(c, (await startSession(store, userId)).token);
      return c.redirect(home(c), 303);
    },
  },
  {
    method: 'POST',
    path: '/signin',
    access: 'anyone',
    parameters: ['lang'],
    async handle(c) {
      const language = pageLanguage(c);
      const fields = await formFields(c);
      const page = { language, csrf: formToken(c), email: fields.email };
      if (!(await sendsFormToken(c))) return signInPage(c, { ...page, error: say(MESSAGES.expired, language) }, 403);
      const outcome = await attemptSignIn(c as Context<AppEnv>, fields.email ?? '', fields.password ?? '');
      if ('user' in outcome) return c.redirect(home(c), 303);
      if (outcome.refused === 'wrong') return signInPage(c, { ...page, error: say(MESSAGES.wrong, language) }, 401);
      c.header('Retry-After', String(outcome.retryAfter));
      return signInPage(c, { ...page, error: say(MESSAGES.limited(outcome.retryAfter), language) }, 429);
    },
  },
  {
    method: 'POST',
    path: '/signout',
    access: 'signedIn',
    parameters: ['lang'],
    async handle(c) {
      const user = c.get('user');
      if (user !== undefined) await endSession(c.get('store'), user.token);
      clearSessionCookie(c);
      return c.redirect(home(c), 303);
    },
  },
];
