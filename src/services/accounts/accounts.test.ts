import { describe, expect, it, onTestFinished } from 'vitest';
import { NotFoundError, StateError, UsageError } from '../../errors/errors.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { createFirstAdmin } from './firstAdmin.js';
import { checkPassword, hashPassword, verifyPassword } from './passwords.js';
import { endSession, findSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, startSession } from './sessions.js';
import { checkSignIn } from './signIn.js';
import { addUser, changePassword, listUsersWithRoles, removeUser } from './users.js';
import { createWorkspace, listWorkspaces } from './workspaces.js';

const PASSWORD = 'correct horse battery staple';
const password = async () => PASSWORD;

describe('passwords', () => {
  it('hashes with Argon2id at m=19456 KiB, t=2, p=1 and verifies', async () => {
    const hashed = await hashPassword(PASSWORD);
    expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hashed, PASSWORD)).toBe(true);
    expect(await verifyPassword(hashed, `${PASSWORD}!`)).toBe(false);
    expect(await verifyPassword('not a hash', PASSWORD)).toBe(false);
  });
  it('refuses fewer than 15 characters, counting code points', () => {
    expect(() => checkPassword('short')).toThrow(UsageError);
    expect(() => checkPassword('😀'.repeat(14))).toThrow(/14 characters/);
    expect(() => checkPassword('😀'.repeat(15))).not.toThrow();
  });
  it('takes 1,024 characters with spaces and emoji but not 1,025, and never truncates (ASVS V2.1.2–V2.1.4)', async () => {
    expect(() => checkPassword('x'.repeat(1024))).not.toThrow();
    expect(() => checkPassword('x'.repeat(1025))).toThrow(/1025 characters; at most 1024/);
    const long = `${'mon 🐈 dort   au soleil '.repeat(40)}A`;
    const hashed = await hashPassword(long);
    expect(await verifyPassword(hashed, long)).toBe(true);
    // Only the last of about a thousand characters differs: a hash of a truncated input would accept it.
    expect(await verifyPassword(hashed, `${long.slice(0, -1)}B`)).toBe(false);
  });
  it('takes a password typed with a combining accent as the same password', async () => {
    const hashed = await hashPassword('café crème au lait');
    expect(await verifyPassword(hashed, 'cafe\u0301 cre\u0300me au lait')).toBe(true);
  });
});

describeEachEngine('accounts', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  it('creates the first admin once, admin of every workspace, even when two set-ups race', async () => {
    await createWorkspace(test.store, 'other');
    const ids = await Promise.all([
      createFirstAdmin(test.store, { email: 'Ana@Shop.fr', password: PASSWORD }),
      createFirstAdmin(test.store, { email: 'bob@shop.fr', password: PASSWORD }),
    ]);
    expect(ids.filter((id) => id !== null)).toHaveLength(1);
    const users = await listUsersWithRoles(test.store);
    expect(users).toHaveLength(1);
    expect(users[0]?.workspaces.map((m) => [m.workspace, m.role])).toEqual([
      ['other', 'admin'],
      ['shop', 'admin'],
    ]);
    expect(await createFirstAdmin(test.store, { email: 'eve@shop.fr', password: PASSWORD })).toBeNull();
  });

  it('adds users, gives an existing one a role without asking a password, lists and removes them', async () => {
    await createWorkspace(test.store, 'other');
    const { created } = await addUser(test.store, { email: 'Ana@Shop.fr', role: 'editor', workspace: 'shop', password });
    expect(created).toBe(true);
    const again = await addUser(test.store, {
      email: 'ana@shop.fr',
      role: 'viewer',
      workspace: 'other',
      password: async () => {
        throw new Error('not asked');
      },
    });
    expect(again.created).toBe(false);
    expect(again.user.workspaces.map((m) => `${m.workspace}:${m.role}`)).toEqual(['other:viewer', 'shop:editor']);
    await addUser(test.store, { email: 'ana@shop.fr', role: 'admin', workspace: 'shop', password });
    const [ana] = await listUsersWithRoles(test.store);
    expect(ana?.email).toBe('Ana@Shop.fr');
    expect(ana?.displayName).toBe('Ana');
    expect(ana?.workspaces.find((m) => m.workspace === 'shop')?.role).toBe('admin');
    await expect(addUser(test.store, { email: 'x@y', role: 'viewer', workspace: 'nowhere', password })).rejects.toThrow(NotFoundError);
    await expect(addUser(test.store, { email: 'x@y', role: 'viewer', workspace: 'shop', password: async () => undefined })).rejects.toThrow(
      /BAROMETRE_PASSWORD/,
    );
    await expect(addUser(test.store, { email: 'not-an-address', role: 'viewer', workspace: 'shop', password })).rejects.toThrow(/e-mail/);
    await removeUser(test.store, 'ANA@shop.fr');
    expect(await listUsersWithRoles(test.store)).toEqual([]);
    await expect(removeUser(test.store, 'ana@shop.fr')).rejects.toThrow(NotFoundError);
  });

  it('refuses to remove the only admin of a workspace that has other members, and removes them once another is admin', async () => {
    await addUser(test.store, { email: 'boss@shop.fr', role: 'admin', workspace: 'shop', password });
    await addUser(test.store, { email: 'clerk@shop.fr', role: 'viewer', workspace: 'shop', password });
    await expect(removeUser(test.store, 'boss@shop.fr')).rejects.toThrow(/is the only admin of "shop", which has other members/);
    await expect(addUser(test.store, { email: 'boss@shop.fr', role: 'viewer', workspace: 'shop', password })).rejects.toThrow(/only admin of "shop"/);
    await addUser(test.store, { email: 'clerk@shop.fr', role: 'admin', workspace: 'shop', password });
    await removeUser(test.store, 'boss@shop.fr');
    // Alone in the workspace, the only admin still keeps the role: a lower one would leave the workspace without an admin.
    await expect(addUser(test.store, { email: 'clerk@shop.fr', role: 'viewer', workspace: 'shop', password })).rejects.toThrow(StateError);
    // The last member of a workspace may go: nobody is left without an admin.
    await removeUser(test.store, 'clerk@shop.fr');
    expect(await listUsersWithRoles(test.store)).toEqual([]);
  });

  it('changes a password: the old one no longer signs in, every session ends, a short or missing one is refused', async () => {
    const { user } = await addUser(test.store, { email: 'ana@shop.fr', role: 'viewer', workspace: 'shop', password });
    const { token } = await startSession(test.store, user.id);
    const renewed = 'another long pass phrase here';
    await changePassword(test.store, 'ANA@shop.fr', async () => renewed);
    expect(await checkSignIn(test.store, 'ana@shop.fr', PASSWORD)).toBeNull();
    expect((await checkSignIn(test.store, 'ana@shop.fr', renewed))?.email).toBe('ana@shop.fr');
    expect(await findSession(test.store, token)).toBeNull();
    await expect(changePassword(test.store, 'ana@shop.fr', async () => 'too short')).rejects.toThrow(/15/);
    await expect(changePassword(test.store, 'ana@shop.fr', async () => undefined)).rejects.toThrow(/BAROMETRE_PASSWORD/);
    await expect(changePassword(test.store, 'nobody@shop.fr', password)).rejects.toThrow(NotFoundError);
    expect((await checkSignIn(test.store, 'ana@shop.fr', renewed))?.email).toBe('ana@shop.fr');
  });

  it('signs in by e-mail in any case with the right password only', async () => {
    await addUser(test.store, { email: 'ana@shop.fr', role: 'viewer', workspace: 'shop', password });
    expect((await checkSignIn(test.store, ' ANA@shop.fr', PASSWORD))?.email).toBe('ana@shop.fr');
    expect(await checkSignIn(test.store, 'ana@shop.fr', 'wrong password!!')).toBeNull();
    expect(await checkSignIn(test.store, 'nobody@shop.fr', PASSWORD)).toBeNull();
  });

  it('keeps a session until sign-out, the idle timeout or the absolute timeout, whatever the server’s time zone', async () => {
    // The PostgreSQL client reads timestamps in the local time zone: west of UTC, a session
    // whose last-seen time crossed into JS would look seen in the future and never be touched.
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    onTestFinished(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    const { user } = await addUser(test.store, { email: 'ana@shop.fr', role: 'viewer', workspace: 'shop', password });
    const start = new Date('2026-12-05T10:00:00Z');
    const session = await startSession(test.store, user.id, start);
    const [stored] = await test.read('select token_hash from auth_sessions');
    expect(stored?.token_hash).not.toBe(session.token);
    expect((await findSession(test.store, session.token, new Date(start.getTime() + 60_000)))?.userId).toBe(user.id);
    expect(await findSession(test.store, 'x'.repeat(43), start)).toBeNull();
    // Seen every 20 minutes: alive until the absolute timeout.
    let now = start.getTime();
    while (now + 20 * 60_000 < start.getTime() + SESSION_ABSOLUTE_MS) {
      now += 20 * 60_000;
      expect(await findSession(test.store, session.token, new Date(now)), new Date(now).toISOString()).not.toBeNull();
    }
    expect(await findSession(test.store, session.token, new Date(start.getTime() + SESSION_ABSOLUTE_MS))).toBeNull();
    const idle = await startSession(test.store, user.id, start);
    expect(await findSession(test.store, idle.token, new Date(start.getTime() + SESSION_IDLE_MS + 1))).toBeNull();
    const ended = await startSession(test.store, user.id, start);
    await endSession(test.store, ended.token);
    expect(await findSession(test.store, ended.token, start)).toBeNull();
    expect(await test.read('select * from auth_sessions')).toHaveLength(2);
  });

  it('lists and creates workspaces, refusing a taken or empty name', async () => {
    await createWorkspace(test.store, 'Boutique Lyon');
    expect((await listWorkspaces(test.store)).map((w) => w.name)).toEqual(['Boutique Lyon', 'shop']);
    await expect(createWorkspace(test.store, 'shop')).rejects.toThrow(StateError);
    await expect(createWorkspace(test.store, '  ')).rejects.toThrow(UsageError);
  });
});
