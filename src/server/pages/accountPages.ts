import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Language } from '../../output/language.js';
import { PASSWORD_MIN_LENGTH } from '../../services/accounts/passwords.js';
import type { Membership } from '../../store/accounts/memberships.js';
import { CSRF_FIELD } from '../auth/csrf.js';
import type { SignedInUser } from '../route.js';
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

/** A signed-in page of one workspace, keeping a language chosen with `?lang=`. */
function workspacePath(c: Context, path: string, workspace: string): string {
  const parameters = new URLSearchParams({ workspace });
  const lang = c.req.query('lang');
  if (lang === 'fr' || lang === 'en') parameters.set('lang', lang);
  return `${path}?${parameters.toString()}`;
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
    signedInTitle: 'Signed in',
    signedInAs: 'You are signed in as',
    workspaces: 'Your workspaces',
    none: 'You belong to no workspace yet: an admin adds you with barometre users add.',
    signOut: 'Sign out',
    surveys: 'surveys',
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
    signedInTitle: 'Connecté',
    signedInAs: 'Vous êtes connecté en tant que',
    workspaces: 'Vos espaces de travail',
    none: "Vous n'appartenez encore à aucun espace de travail\u00A0: un admin vous ajoute avec barometre users add.",
    signOut: 'Se déconnecter',
    surveys: 'enquêtes',
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

/** The signed-in landing (until the dashboard replaces it): who is signed in, their workspaces and roles with a link to each one's surveys, and sign-out. */
export function signedInPage(c: Context, language: Language, user: SignedInUser, memberships: readonly Membership[]) {
  const t = TEXT[language];
  return renderPage(c, {
    language,
    title: t.signedInTitle,
    body: html`<p>${t.signedInAs} <strong>${user.displayName}</strong> (${user.email}).</p>
<h2>${t.workspaces}</h2>
${memberships.length === 0 ? html`<p>${t.none}</p>` : html`<ul>${memberships.map((m) => html`<li>${m.workspace} — ${m.role} · <a href="${workspacePath(c, '/surveys', m.workspace)}">${t.surveys}</a></li>`)}</ul>`}
<form method="post" action="${action(c, '/signout')}">
<input type="hidden" name="${CSRF_FIELD}" value="${user.csrfToken}">
<button type="submit">${t.signOut}</button>
</form>`,
  });
}
