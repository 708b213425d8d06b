import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Language } from '../../output/language.js';
import { PASSWORD_MIN_LENGTH } from '../../services/accounts/passwords.js';
import { CSRF_FIELD } from '../auth/csrf.js';
import { renderPage } from './renderPage.js';

/** What a form page shows: its language, its CSRF token, the error of the last attempt and the e-mail address typed. */
export interface FormPage {
  language: Language;
  csrf: string;
  error?: string | undefined;
  email?: string | undefined;
}

/** The form's action, keeping a language chosen with `?lang=`. */
function action(c: Context, path: string): string {
  const lang = c.req.query('lang');
  return lang === 'fr' || lang === 'en' ? `${path}?lang=${lang}` : path;
}

const TEXT = {
  en: {
    setupTitle: 'Set up Baromètre',
    setupIntro: 'No one can sign in yet. Create the first administrator: they will be admin of every workspace.',
    name: 'Your name',
    email: 'E-mail address',
    password: 'Password',
    passwordHint: `At least ${PASSWORD_MIN_LENGTH} characters; a few words make a good one.`,
    create: 'Create the administrator',
    signInTitle: 'Sign in',
    signIn: 'Sign in',
  },
  fr: {
    setupTitle: 'Installer Baromètre',
    setupIntro: 'Personne ne peut encore se connecter. Créez le premier administrateur\u00A0: il sera admin de tous les espaces de travail.',
    name: 'Votre nom',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    passwordHint: `Au moins ${PASSWORD_MIN_LENGTH} caractères\u00A0; quelques mots en font un bon.`,
    create: "Créer l'administrateur",
    signInTitle: 'Connexion',
    signIn: 'Se connecter',
  },
} as const;

/** The first-admin set-up form (GET / on a store with no user). */
export function setupPage(c: Context, page: FormPage, status: 200 | 400 | 409 | 403 = 200) {
  const t = TEXT[page.language];
  return renderPage(
    c,
    {
      language: page.language,
      title: t.setupTitle,
      error: page.error,
      body: html`<p>${t.setupIntro}</p>
<form method="post" action="${action(c, '/setup')}">
<input type="hidden" name="${CSRF_FIELD}" value="${page.csrf}">
<label for="name">${t.name}</label><input id="name" name="name" autocomplete="name" maxlength="100">
<label for="email">${t.email}</label><input id="email" name="email" type="email" autocomplete="username" required value="${page.email ?? ''}">
<label for="password">${t.password}</label><input id="password" name="password" type="password" autocomplete="new-password" required minlength="${PASSWORD_MIN_LENGTH}" aria-describedby="password-hint">
<small id="password-hint">${t.passwordHint}</small>
<button type="submit">${t.create}</button>
</form>`,
    },
    status,
  );
}

/** The sign-in form (GET / when users exist and the request is not signed in). */
export function signInPage(c: Context, page: FormPage, status: 200 | 400 | 401 | 403 | 409 | 429 = 200) {
  const t = TEXT[page.language];
  return renderPage(
    c,
    {
      language: page.language,
      title: t.signInTitle,
      error: page.error,
      body: html`<form method="post" action="${action(c, '/signin')}">
<input type="hidden" name="${CSRF_FIELD}" value="${page.csrf}">
<label for="email">${t.email}</label><input id="email" name="email" type="email" autocomplete="username" required value="${page.email ?? ''}">
<label for="password">${t.password}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">${t.signIn}</button>
</form>`,
    },
    status,
  );
}
