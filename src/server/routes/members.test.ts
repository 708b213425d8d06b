import { expect, it } from 'vitest';
import { StateError } from '../../errors/errors.js';
import { changeMemberRole } from '../../services/accounts/members.js';
import { checkSignIn } from '../../services/accounts/signIn.js';
import { addUser } from '../../services/accounts/users.js';
import { createApiKey } from '../../store/apiKeys.js';
import { findWorkspace } from '../../store/workspaces.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { type SignedIn, signedIn } from '../../test-support/signedIn.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';

const PASSWORD = 'correct horse battery staple';

/** What a route answers: its status and JSON body (null for none). */
async function answer(response: Response): Promise<{ status: number; body: unknown }> {
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

describeEachEngine('the members and workspaces API', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  /** Calls `path` as `as` (a signed-in user's headers, CSRF token included), with a JSON body when given. */
  async function call(as: SignedIn, method: string, path: string, body?: unknown) {
    return answer(await as.app.request(path, { method, headers: as.headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }));
  }

  /** Adds `email` to workspace shop with `role`, a new user with the test password. */
  async function member(email: string, role: 'admin' | 'editor' | 'viewer'): Promise<number> {
    return (await addUser(test.store, { email, role, workspace: 'shop', password: async () => PASSWORD })).user.id;
  }

  it('lists the members, adds an existing user and a new one, changes a role and takes a member out', async () => {
    const admin = await signedIn(test.store, 'admin', { displayName: 'Ana' });
    await findWorkspace(test.store, 'other', { create: true });
    await addUser(test.store, { email: 'bob@other.fr', role: 'viewer', workspace: 'other', password: async () => PASSWORD });

    const listed = await call(admin, 'GET', '/api/members');
    expect(listed).toEqual({
      status: 200,
      body: {
        members: [
          {
            userId: admin.userId,
            email: 'admin@shop.fr',
            displayName: 'Ana',
            role: 'admin',
            addedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
          },
        ],
      },
    });

    const existing = await call(admin, 'POST', '/api/members', { email: 'BOB@other.fr', role: 'editor' });
    expect(existing).toMatchObject({ status: 201, body: { email: 'bob@other.fr', displayName: 'bob', role: 'editor' } });
    const created = await call(admin, 'POST', '/api/members', { email: 'cleo@shop.fr', role: 'viewer', displayName: 'Cléo', password: PASSWORD });
    expect(created).toMatchObject({ status: 201, body: { email: 'cleo@shop.fr', displayName: 'Cléo', role: 'viewer' } });
    expect((await checkSignIn(test.store, 'cleo@shop.fr', PASSWORD))?.displayName).toBe('Cléo');
    const cleo = (created.body as { userId: number }).userId;

    expect(await call(admin, 'PATCH', `/api/members/${cleo}`, { role: 'admin' })).toMatchObject({ status: 200, body: { userId: cleo, role: 'admin' } });
    expect(await call(admin, 'DELETE', `/api/members/${cleo}`)).toEqual({ status: 204, body: null });
    const after = (await call(admin, 'GET', '/api/members')).body as { members: { email: string; role: string }[] };
    expect(after.members.map((m) => [m.email, m.role])).toEqual([
      ['admin@shop.fr', 'admin'],
      ['bob@other.fr', 'editor'],
    ]);
    // Taken out of the workspace, not deleted: the account still signs in.
    expect(await checkSignIn(test.store, 'cleo@shop.fr', PASSWORD)).not.toBeNull();
  });

  it('refuses an existing member (409), a password for an existing account (409), and a new user without a password (400)', async () => {
    const admin = await signedIn(test.store, 'admin');
    await member('bob@shop.fr', 'viewer');
    expect(await call(admin, 'POST', '/api/members', { email: 'bob@shop.fr', role: 'editor' })).toEqual({
      status: 409,
      body: { error: 'bob@shop.fr is already a member of "shop" (viewer): change their role instead.' },
    });
    expect((await call(admin, 'DELETE', `/api/members/${await member('eve@shop.fr', 'viewer')}`)).status).toBe(204);
    expect(await call(admin, 'POST', '/api/members', { email: 'eve@shop.fr', role: 'viewer', password: 'another long pass phrase' })).toEqual({
      status: 409,
      body: { error: 'eve@shop.fr has an account already: add them without a password (they keep their own).' },
    });
    // Her password is unchanged.
    expect(await checkSignIn(test.store, 'eve@shop.fr', PASSWORD)).not.toBeNull();
    expect(await call(admin, 'POST', '/api/members', { email: 'new@shop.fr', role: 'viewer' })).toEqual({
      status: 400,
      body: { error: 'password is required: new@shop.fr has no account yet.' },
    });
  });

  it('never demotes nor removes the only admin of a workspace, and does once another member is admin', async () => {
    const admin = await signedIn(test.store, 'admin');
    const refusal = { status: 409, body: { error: 'admin@shop.fr is the only admin of "shop": make another member admin first.' } };
    // Alone in the workspace too: the app would have nobody left to manage it.
    expect(await call(admin, 'PATCH', `/api/members/${admin.userId}`, { role: 'viewer' })).toEqual(refusal);
    expect(await call(admin, 'DELETE', `/api/members/${admin.userId}`)).toEqual(refusal);
    const bob = await member('bob@shop.fr', 'editor');
    expect(await call(admin, 'PATCH', `/api/members/${admin.userId}`, { role: 'editor' })).toEqual(refusal);
    expect(await call(admin, 'DELETE', `/api/members/${admin.userId}`)).toEqual(refusal);
    expect(await call(admin, 'PATCH', `/api/members/${admin.userId}`, { role: 'admin' })).toMatchObject({ status: 200 });
    expect((await call(admin, 'PATCH', `/api/members/${bob}`, { role: 'admin' })).status).toBe(200);
    expect(await call(admin, 'PATCH', `/api/members/${admin.userId}`, { role: 'viewer' })).toMatchObject({ status: 200, body: { role: 'viewer' } });
    // Now a viewer: the admin routes are closed to them.
    expect((await call(admin, 'GET', '/api/members')).status).toBe(403);
  });

  it('keeps an admin when admins demote each other at once', async () => {
    const admins = await Promise.all(['ana', 'bob', 'cleo', 'dan', 'eve', 'fay'].map((name) => member(`${name}@shop.fr`, 'admin')));
    // Past the access check all are admins: the membership lock alone keeps one.
    const all = await Promise.allSettled(
      admins.map((_, index) => changeMemberRole(test.store, test.workspaceId, String(admins[(index + 1) % admins.length]), { role: 'viewer' })),
    );
    expect(all.filter((one) => one.status === 'fulfilled')).toHaveLength(admins.length - 1);
    expect(all.find((one) => one.status === 'rejected')?.reason).toBeInstanceOf(StateError);
    const [row] = await test.read("select cast(count(*) as integer) as admins from memberships where role = 'admin'");
    expect(row?.admins).toBe(1);
  });

  it('refuses bad input with 400 naming the field, and an unknown member with 404', async () => {
    const admin = await signedIn(test.store, 'admin');
    const bob = await member('bob@shop.fr', 'viewer');
    for (const [body, error] of [
      [{ role: 'viewer' }, 'email is missing.'],
      [{ email: 3, role: 'viewer' }, 'email 3 is not an e-mail address.'],
      [{ email: 'nobody', role: 'viewer' }, 'email: "nobody" is not an e-mail address.'],
      [{ email: 'x@shop.fr' }, 'role is missing.'],
      [{ email: 'x@shop.fr', role: 'owner' }, 'role: The role "owner" is not one of admin, editor, viewer.'],
      [
        { email: 'x@shop.fr', role: 'viewer', password: 'short' },
        'password: The password has 5 characters; it needs at least 15 (a few words make a good one).',
      ],
      [
        { email: 'x@shop.fr', role: 'viewer', password: PASSWORD, displayName: 'x'.repeat(101) },
        'displayName: The display name must have 1 to 100 characters, without control characters.',
      ],
      [{ email: 'x@shop.fr', role: 'viewer', workspace: 'other' }, 'workspace is not a field a new member takes (email, role, displayName, password).'],
    ] as const) {
      expect(await call(admin, 'POST', '/api/members', body), JSON.stringify(body)).toEqual({ status: 400, body: { error } });
    }
    expect(await call(admin, 'PATCH', `/api/members/${bob}`, { role: 'boss' })).toEqual({
      status: 400,
      body: { error: 'role: The role "boss" is not one of admin, editor, viewer.' },
    });
    expect(await call(admin, 'PATCH', `/api/members/${bob}`, {})).toEqual({ status: 400, body: { error: 'role is missing.' } });
    expect(await call(admin, 'PATCH', `/api/members/${bob}`, { role: 'editor', email: 'x@y' })).toEqual({
      status: 400,
      body: { error: 'email is not a field a role change takes (role).' },
    });
    for (const id of ['999', 'abc']) {
      expect(await call(admin, 'DELETE', `/api/members/${id}`)).toEqual({ status: 404, body: { error: `The workspace has no member with user id "${id}".` } });
      expect((await call(admin, 'PATCH', `/api/members/${id}`, { role: 'viewer' })).status).toBe(404);
    }
    // Nothing was written by the refusals.
    expect(await test.read("select email from users where email = 'x@shop.fr'")).toEqual([]);
  });

  it('answers the admin routes 403 to viewers, editors and read keys, 404 to another workspace’s admin, and 403 without the CSRF token', async () => {
    const bob = await member('bob@shop.fr', 'viewer');
    const shop = (await findWorkspace(test.store, 'shop')).id;
    await findWorkspace(test.store, 'other', { create: true });
    const readKey = (await createApiKey(test.store, shop, 'read')).key;
    const viewer = await signedIn(test.store, 'viewer');
    const editor = await signedIn(test.store, 'editor');
    const stranger = await signedIn(test.store, 'admin', { email: 'stranger@other.fr', workspace: 'other' });
    const admin = await signedIn(test.store, 'admin');
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/members'],
      ['POST', '/api/members', { email: 'x@shop.fr', role: 'viewer', password: PASSWORD }],
      ['PATCH', `/api/members/${bob}`, { role: 'editor' }],
      ['DELETE', `/api/members/${bob}`],
    ];
    for (const [method, path, body] of routes) {
      const json = body === undefined ? {} : { body: JSON.stringify(body) };
      for (const role of [viewer, editor]) {
        const refused = await call(role, method, path, body);
        expect(refused.status, `${method} ${path}`).toBe(403);
        expect((refused.body as { error: string }).error).toMatch(/^This route needs the role admin or above in workspace "shop"; you are (viewer|editor)\.$/);
      }
      const byKey = await answer(
        await admin.app.request(path, { method, headers: { authorization: `Bearer ${readKey}`, 'content-type': 'application/json' }, ...json }),
      );
      expect(byKey).toEqual({ status: 403, body: { error: 'A key cannot call this route: it needs a signed-in user.' } });
      expect(await call(stranger, method, `${path}?workspace=shop`, body)).toEqual({
        status: 404,
        body: { error: 'There is no workspace "shop" you can reach.' },
      });
      const forged = await answer(await admin.app.request(path, { method, headers: { ...admin.headers, 'x-csrf-token': 'forged' }, ...json }));
      expect(forged.status, `${method} ${path}`).toBe(method === 'GET' ? 200 : 403);
    }
    // None of the refused calls changed anything.
    expect((await call(admin, 'GET', '/api/members')).body).toMatchObject({
      members: expect.arrayContaining([expect.objectContaining({ email: 'bob@shop.fr', role: 'viewer' })]),
    });
  });

  it('creates a workspace whose admin the caller becomes, refusing a taken name (409) and a bad one (400); only admins may', async () => {
    const admin = await signedIn(test.store, 'admin');
    expect(await call(admin, 'POST', '/api/workspaces', { name: ' Boutique Lyon ' })).toEqual({
      status: 201,
      body: { workspace: 'Boutique Lyon', role: 'admin' },
    });
    expect((await call(admin, 'GET', '/api/me')).body).toMatchObject({
      workspaces: [
        { workspace: 'Boutique Lyon', role: 'admin' },
        { workspace: 'shop', role: 'admin' },
      ],
    });
    expect(await call(admin, 'GET', '/api/members?workspace=Boutique%20Lyon')).toMatchObject({
      status: 200,
      body: { members: [{ email: 'admin@shop.fr', role: 'admin' }] },
    });
    expect(await call(admin, 'POST', '/api/workspaces', { name: 'shop' })).toEqual({ status: 409, body: { error: 'The workspace "shop" exists already.' } });
    for (const [body, error] of [
      [{}, 'name is missing.'],
      [{ name: 7 }, 'name 7 is not a workspace name.'],
      [{ name: '  ' }, 'name: The workspace name "  " must have 1 to 64 characters, without control characters.'],
      [{ name: 'x', demo: true }, 'demo is not a field a new workspace takes (name).'],
    ] as const) {
      expect(await call(admin, 'POST', '/api/workspaces', body), JSON.stringify(body)).toEqual({ status: 400, body: { error } });
    }
    // Two admins asking for the same name at once: one gets it, the other is told it is taken.
    const other = await signedIn(test.store, 'admin', { email: 'bob@shop.fr' });
    const both = await Promise.all([admin, other].map((who) => call(who, 'POST', '/api/workspaces', { name: 'Paris' })));
    expect(both.map((one) => one.status).sort()).toEqual([201, 409]);
    const paris = await test.read("select m.user_id from memberships m join workspaces w on w.workspace_id = m.workspace_id where w.name = 'Paris'");
    expect(paris).toHaveLength(1);

    const viewer = await signedIn(test.store, 'viewer');
    expect(await call(viewer, 'POST', '/api/workspaces', { name: 'Mine' })).toEqual({
      status: 403,
      body: { error: 'This route needs the role admin in at least one workspace; you are admin of none.' },
    });
    const readKey = (await createApiKey(test.store, (await findWorkspace(test.store, 'shop')).id, 'read')).key;
    const byKey = await admin.app.request('/api/workspaces', {
      method: 'POST',
      headers: { authorization: `Bearer ${readKey}`, 'content-type': 'application/json' },
      body: '{"name":"Mine"}',
    });
    expect(byKey.status).toBe(403);
    expect(await test.read("select name from workspaces where name = 'Mine'")).toEqual([]);
  });
});
