import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors/errors.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { surveyFixture } from '../../test-support/surveyFixtures.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { listInvitations } from '../../store/surveys/invitationRows.js';
import { findWorkspace } from '../../store/workspaces.js';
import { workspaceSecret } from '../../store/workspaceSecrets.js';
import { createInvitations } from './invitations.js';
import { LINK_SECRET, linkSubmission, newInvitationId, resolveInvitation, signInvitationToken, verifyInvitationToken } from './invitationToken.js';

describe('personal link tokens', () => {
  const secret = randomBytes(32).toString('base64url');
  const invitation = newInvitationId();

  it('are the invitation id and its HMAC-SHA256, verified back to the id', () => {
    const token = signInvitationToken(secret, 'sabc', invitation);
    expect(token).toMatch(/^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(`${invitation}.`)).toBe(true);
    expect(verifyInvitationToken(secret, 'sabc', token)).toBe(invitation);
  });

  it('refuse a changed id or signature, another survey, another secret and anything malformed', () => {
    const token = signInvitationToken(secret, 'sabc', invitation);
    const [id, signature] = token.split('.') as [string, string];
    const flip = (text: string) => (text[0] === 'A' ? 'B' : 'A') + text.slice(1);
    // 256 bits take 43 characters with 2 bits to spare: the last one's other spellings decode to the same bytes.
    const base64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const respelled = `${signature.slice(0, 42)}${base64url[base64url.indexOf(signature.at(-1)!) + 1]}`;
    expect(Buffer.from(respelled, 'base64url').equals(Buffer.from(signature, 'base64url'))).toBe(true);
    for (const forged of [
      `${flip(id)}.${signature}`,
      `${id}.${flip(signature)}`,
      `${id}.${signature.slice(0, 42)}`,
      `${id}.${respelled}`,
      `${id}.${signature}x`,
      `${id}`,
      `${id}.${signature}.x`,
      '',
      'x'.repeat(60),
    ]) {
      expect(verifyInvitationToken(secret, 'sabc', forged), forged).toBeNull();
    }
    expect(verifyInvitationToken(secret, 'sother', token)).toBeNull();
    expect(verifyInvitationToken(randomBytes(32).toString('base64url'), 'sabc', token)).toBeNull();
  });
});

describeEachEngine('resolving a personal link', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });
  const now = new Date('2026-03-10T12:00:00Z');

  it('gives the invitation’s customer, attributes, language and answer set; refuses forged and foreign tokens', async () => {
    const survey = await surveyFixture(test.store, test.workspaceId);
    const other = await surveyFixture(test.store, test.workspaceId);
    await createInvitations(
      test.store,
      test.workspaceId,
      survey,
      [{ email: 'ada@client.example', customerId: 'c1', language: 'fr', attributes: { store: 'Lyon' } }],
      now,
    );
    const [stored] = await listInvitations(test.store, test.workspaceId, survey);
    const secret = await workspaceSecret(test.store, test.workspaceId, LINK_SECRET);
    const token = signInvitationToken(secret, survey, stored!.invitationId);
    const resolved = await resolveInvitation(test.store, survey, token);
    expect(resolved).toEqual({
      invitationId: stored!.invitationId,
      workspaceId: test.workspaceId,
      customerId: 'c1',
      attributes: { store: 'Lyon' },
      language: 'fr',
      responseId: `i_${stored!.invitationId}`,
    });
    expect(linkSubmission(resolved, { store: 'Paris', device: 'phone' })).toEqual({
      responseId: `i_${stored!.invitationId}`,
      invitationId: stored!.invitationId,
      customerId: 'c1',
      attributes: { store: 'Lyon', device: 'phone' },
    });
    // Signed for another survey of the workspace, signed by another workspace, or made up.
    const elsewhere = (await findWorkspace(test.store, 'elsewhere', { create: true })).id;
    for (const [surveyId, forged] of [
      [other, signInvitationToken(secret, other, stored!.invitationId)],
      [other, token],
      [survey, signInvitationToken(await workspaceSecret(test.store, elsewhere, LINK_SECRET), survey, stored!.invitationId)],
      [survey, signInvitationToken(secret, survey, newInvitationId())],
      [survey, `${token}x`],
      ['s000000000000', token],
    ] as const) {
      const refused = resolveInvitation(test.store, surveyId, forged);
      await expect(refused).rejects.toThrow(UsageError);
      await expect(refused).rejects.toThrow('The personal link is not valid for this survey.');
    }
  });
});
