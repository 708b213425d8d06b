import { describe, expect, it, onTestFinished } from 'vitest';
import { browser, csrfFieldOf } from '../../test-support/cookieJar.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { createApp } from '../createApp.js';

const PASSWORD = 'correct horse battery staple';

describeEachEngine('the set-up, sign-in and sign-out pages', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  it('sets up the first admin once, signs them in, and signs them out for good', async () => {
    const app = createApp(test.store);
    const ana = browser(app);
    const setup = await ana.request('/');
    const setupPage = await setup.text();
    expect(setup.status).toBe(200);
    expect(setup.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(setupPage).toMatch(/<h1>Set up Baromètre<\/h1>/);
    expect(setupPage).toMatch(/<html lang="en">/);
    // Without the form's token (a cross-site form): refused, nothing created.
    const forged = await browser(app).postForm('/setup', { email: 'eve@evil.example', password: PASSWORD });
    expect(forged.status).toBe(403);
    expect(await test.read('select * from users')).toEqual([]);
    const fromElsewhere = await ana.request('/setup', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ csrf: csrfFieldOf(setupPage), email: 'eve@evil.example', password: PASSWORD }).toString(),
    });
    expect(fromElsewhere.status).toBe(403);
    const short = await ana.postForm('/setup', { csrf: csrfFieldOf(setupPage), email: 'ana@shop.fr', password: 'short' });
    expect(short.status).toBe(400);
    expect(await short.text()).toMatch(/role="alert">The password has 5 characters; it needs at least 15/);
    const created = await ana.postForm('/setup', { csrf: csrfFieldOf(setupPage), email: 'ana@shop.fr', password: PASSWORD, name: 'Ana <b>' });
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe('/');
    const cookie = created.headers.getSetCookie().find((line) => line.startsWith('brm_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    // Signed in, / is the dashboard, which reads who is signed in from /api/me.
    const landing = await (await ana.request('/')).text();
    expect(landing).toMatch(/<div id="app"><\/div>/);
    const me = (await (await ana.request('/api/me')).json()) as { user: { displayName: string }; workspaces: unknown; csrfToken: string };
    expect(me.user.displayName).toBe('Ana <b>');
    expect(me.workspaces).toEqual([{ workspace: 'shop', role: 'admin' }]);
    // A second set-up is refused, and the page now offers sign-in.
    const other = browser(app);
    const signInPage = await (await other.request('/')).text();
    expect(signInPage).toMatch(/<h1>Sign in<\/h1>/);
    expect((await other.postForm('/setup', { csrf: csrfFieldOf(signInPage), email: 'eve@shop.fr', password: PASSWORD })).status).toBe(409);
    // Sign-out without the session's CSRF token is refused; with it, the session row is gone.
    expect((await ana.postForm('/signout', {})).status).toBe(403);
    const token = ana.cookies.get('brm_session') as string;
    const signedOut = await ana.postForm('/signout', { csrf: me.csrfToken });
    expect(signedOut.status).toBe(303);
    expect(await test.read('select * from auth_sessions')).toEqual([]);
    const replayed = await app.request('/api/me', { headers: { cookie: `brm_session=${token}` } });
    expect(replayed.status).toBe(401);
  });

  it('signs in with the right password, answers a wrong one 401 and too many 429 with Retry-After, in French when asked', async () => {
    const app = createApp(test.store);
    const admin = browser(app);
    await admin.postForm('/setup', { csrf: csrfFieldOf(await (await admin.request('/')).text()), email: 'ana@shop.fr', password: PASSWORD });
    const bob = browser(app);
    const page = await (await bob.request('/?lang=fr')).text();
    expect(page).toMatch(/<html lang="fr">/);
    expect(page).toMatch(/action="\/signin\?lang=fr"/);
    const wrong = await bob.postForm('/signin?lang=fr', { csrf: csrfFieldOf(page), email: 'ANA@shop.fr', password: 'wrong password!' });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toMatch(/L&#39;adresse e-mail ou le mot de passe est incorrect/);
    const right = await bob.postForm('/signin', { csrf: csrfFieldOf(page), email: 'ANA@shop.fr', password: PASSWORD });
    expect(right.status).toBe(303);
    expect((await bob.request('/api/me')).status).toBe(200);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await bob.postForm('/signin', { csrf: csrfFieldOf(page), email: 'ana@shop.fr', password: 'wrong password!' })).status).toBe(401);
    }
    const limited = await bob.postForm('/signin', { csrf: csrfFieldOf(page), email: 'ana@shop.fr', password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
    const french = await browser(app).request('/', { headers: { 'accept-language': 'de-DE, fr;q=0.8, en;q=0.5' } });
    expect(await french.text()).toMatch(/<html lang="fr">/);
  });

  it('gives a new 256-bit session at each sign-in and ends the one the browser held (ASVS V3.2.1, V3.2.2)', async () => {
    const app = createApp(test.store);
    const ana = browser(app);
    const page = await (await ana.request('/')).text();
    await ana.postForm('/setup', { csrf: csrfFieldOf(page), email: 'ana@shop.fr', password: PASSWORD });
    const first = ana.cookies.get('brm_session') as string;
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Signing in again from the same browser (its form cookie still holds the set-up page's token).
    expect((await ana.postForm('/signin', { csrf: csrfFieldOf(page), email: 'ana@shop.fr', password: PASSWORD })).status).toBe(303);
    const second = ana.cookies.get('brm_session') as string;
    expect(second).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    expect((await app.request('/api/me', { headers: { cookie: `brm_session=${first}` } })).status).toBe(401);
    expect((await app.request('/api/me', { headers: { cookie: `brm_session=${second}` } })).status).toBe(200);
    expect(await test.read('select * from auth_sessions')).toHaveLength(1);
  });

  it('signs in and out through the JSON API, with the CSRF token /api/me gives', async () => {
    const app = createApp(test.store);
    const admin = browser(app);
    await admin.postForm('/setup', { csrf: csrfFieldOf(await (await admin.request('/')).text()), email: 'ana@shop.fr', password: PASSWORD });
    const client = browser(app);
    const form = await client.request('/api/session', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(400);
    const missing = await client.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":"ana@shop.fr"}' });
    expect(await missing.json()).toEqual({ error: 'password must be a non-empty string.' });
    const signedIn = await client.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ana@shop.fr', password: PASSWORD }),
    });
    expect(signedIn.status).toBe(200);
    const body = (await signedIn.json()) as { csrfToken: string; workspaces: unknown };
    expect(body.workspaces).toEqual([{ workspace: 'shop', role: 'admin' }]);
    const me = (await (await client.request('/api/me')).json()) as { csrfToken: string; user: unknown };
    expect(me.user).toEqual({ email: 'ana@shop.fr', displayName: 'ana' });
    expect(me.csrfToken).toBe(body.csrfToken);
    expect((await client.request('/api/session', { method: 'DELETE' })).status).toBe(403);
    expect((await client.request('/api/session', { method: 'DELETE', headers: { 'x-csrf-token': body.csrfToken } })).status).toBe(204);
    expect((await client.request('/api/me')).status).toBe(401);
  });
});

describe('the session cookie over TLS', () => {
  const test = workspaceStore('duckdb', { workspace: 'shop' });
  it('is Secure with the __Host- prefix', async () => {
    const app = createApp(test.store);
    const ana = browser(app, 'https://barometre.example');
    const page = await (await ana.request('/')).text();
    const created = await ana.postForm('/setup', { csrf: csrfFieldOf(page), email: 'ana@shop.fr', password: PASSWORD });
    const cookie = created.headers.getSetCookie().find((line) => line.startsWith('__Host-brm_session='));
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/HttpOnly/);
    expect((await ana.request('/api/me')).status).toBe(200);
  });

  it('is Secure with the __Host- prefix behind a trusted proxy that says https, whose forms pass the origin check', async () => {
    process.env.BAROMETRE_TRUST_PROXY = '1';
    onTestFinished(() => {
      delete process.env.BAROMETRE_TRUST_PROXY;
    });
    const app = createApp(test.store);
    // The proxy reaches the server over plain http and passes the browser's Host and Origin.
    const proxied = { 'x-forwarded-proto': 'https', origin: 'https://barometre.example' };
    const ana = browser(app, 'http://barometre.example');
    const page = await (await ana.request('/', { headers: proxied })).text();
    const created = await ana.request('/setup', {
      method: 'POST',
      headers: { ...proxied, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: csrfFieldOf(page), email: 'ana@shop.fr', password: PASSWORD }).toString(),
    });
    expect(created.status).toBe(303);
    expect(created.headers.getSetCookie().find((line) => line.startsWith('__Host-brm_session='))).toMatch(/Secure/);
  });

  it('counts failed sign-ins per client behind a trusted proxy, not per proxy', async () => {
    process.env.BAROMETRE_TRUST_PROXY = '1';
    onTestFinished(() => {
      delete process.env.BAROMETRE_TRUST_PROXY;
    });
    const app = createApp(test.store);
    const signIn = (email: string, client: string) =>
      app.request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.9, ${client}` },
        body: JSON.stringify({ email, password: 'wrong password!' }),
      });
    // 20 failures of one client over 20 accounts reach the per-address limit, for that client only.
    for (let attempt = 0; attempt < 20; attempt++) expect((await signIn(`n${attempt}@shop.fr`, '203.0.113.1')).status).toBe(401);
    expect((await signIn('other@shop.fr', '203.0.113.1')).status).toBe(429);
    expect((await signIn('other@shop.fr', '203.0.113.2')).status).toBe(401);
  });

  it('ignores X-Forwarded-Proto unless the proxy is trusted', async () => {
    const app = createApp(test.store);
    const page = await app.request('http://barometre.example/', { headers: { 'x-forwarded-proto': 'https' } });
    const cookie = page.headers.getSetCookie().find((line) => line.includes('brm_form='));
    expect(cookie).toMatch(/^brm_form=/);
    expect(cookie).not.toMatch(/Secure/);
  });
});
