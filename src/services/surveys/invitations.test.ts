import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors/errors.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { CUSTOMER_SURVEY, surveyFixture } from '../../test-support/surveyFixtures.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { listInvitations } from '../../store/surveys/invitationRows.js';
import { workspaceSecret } from '../../store/workspaceSecrets.js';
import { buildReport } from '../report/buildReport.js';
import { parseReportQuery } from '../report/reportQuery.js';
import { answerSurvey } from './answerSurvey.js';
import { createInvitations, invitationLines, MAX_RECIPIENTS, parseRecipients } from './invitations.js';
import { LINK_SECRET, linkSubmission, resolveInvitation, signInvitationToken } from './invitationToken.js';
import { loadSurvey } from './loadSurvey.js';
import { surveyDetails } from './manageSurveys.js';
import { parseRecipientsCsv } from './recipientsCsv.js';

const NOW = new Date('2026-03-10T12:00:00Z');

/** The refusal's sentence of `parse` on `value`. */
function refusal(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('It was not refused.');
}

describe('the recipients of an invitation request', () => {
  it('takes e-mail addresses and customer ids, with languages and attributes', () => {
    expect(
      parseRecipients({
        recipients: [{ email: 'ada@client.example', language: 'fr', attributes: { team: 'Lyon', level: 2 } }, { customer_id: 'c2' }],
      }),
    ).toEqual([
      { email: 'ada@client.example', customerId: undefined, language: 'fr', attributes: { team: 'Lyon', level: 2 } },
      { email: undefined, customerId: 'c2', language: undefined, attributes: undefined },
    ]);
  });

  it('refuses each bad recipient naming its place and field', () => {
    const good = { email: 'a@b.example' };
    const at3 = (recipient: unknown) => ({ recipients: [good, { customer_id: 'x' }, { customer_id: 'y' }, recipient] });
    expect(refusal(() => parseRecipients(at3({ email: 'not an address' })))).toBe('recipients[3].email "not an address" is not an e-mail address.');
    expect(refusal(() => parseRecipients(at3({ email: 'a@b.example, c@d.example' })))).toMatch(/^recipients\[3\]\.email .* is not an e-mail address\.$/);
    expect(refusal(() => parseRecipients(at3({ language: 'de', email: 'x@y.example' })))).toBe('recipients[3].language "de" is not fr or en.');
    expect(refusal(() => parseRecipients(at3({ language: 'fr' })))).toBe('recipients[3] needs an email or a customer_id.');
    expect(refusal(() => parseRecipients(at3({ email: 'x@y.example', phone: '06' })))).toBe(
      'recipients[3].phone is not a field an invitation list takes (email, customer_id, language, attributes).',
    );
    expect(refusal(() => parseRecipients(at3({ email: 'x@y.example', attributes: { link: 'x' } })))).toMatch(
      /^recipients\[3\]\.attributes "link" is a column of the invitations' export/,
    );
    expect(refusal(() => parseRecipients(at3({ email: 'A@b.example' })))).toBe('recipients[3].email "A@b.example" is also recipients[0].email.');
    expect(refusal(() => parseRecipients({ recipients: [] }))).toBe('recipients is empty: give at least one recipient.');
    expect(refusal(() => parseRecipients({ recipients: Array.from({ length: MAX_RECIPIENTS + 1 }, (_, i) => ({ customer_id: `c${i}` })) }))).toBe(
      'recipients has 10001 recipients: at most 10,000 a request.',
    );
    expect(refusal(() => parseRecipients({ people: [] }))).toBe('recipients is missing.');
    expect(refusal(() => parseRecipients({ recipients: [good], people: [] }))).toBe('people is not a field an invitation list takes (recipients).');
  });

  it('reads a CSV list: empty cells absent, other columns attributes, a refusal naming the line', () => {
    expect(parseRecipientsCsv('\uFEFFemail,customer_id,language,team\nada@client.example,c1,fr,Lyon\n,c2,,\n')).toEqual([
      { email: 'ada@client.example', customerId: 'c1', language: 'fr', attributes: { team: 'Lyon' } },
      { email: undefined, customerId: 'c2', language: undefined, attributes: undefined },
    ]);
    expect(refusal(() => parseRecipientsCsv('email,language\nada@client.example,fr\nbob,en\n'))).toBe(
      'Line 3: recipients[1].email "bob" is not an e-mail address.',
    );
    expect(refusal(() => parseRecipientsCsv('name,team\nAda,Lyon\n'))).toMatch(/has neither an email nor a customer_id column\.$/);
    expect(refusal(() => parseRecipientsCsv('email,team\na@b.example,Lyon,extra\n'))).toMatch(/^The CSV body cannot be read: /);
  });
});

describeEachEngine('invitations', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  it('makes one invitation per new recipient, leaving out those the survey already invites', async () => {
    const id = await surveyFixture(test.store, test.workspaceId);
    const first = await createInvitations(test.store, test.workspaceId, id, [{ email: 'ada@client.example', customerId: 'c1' }, { customerId: 'c2' }], NOW);
    expect(first).toEqual({ created: 2, alreadyInvited: 0 });
    const again = await createInvitations(
      test.store,
      test.workspaceId,
      id,
      [{ email: 'ADA@client.example' }, { customerId: 'c2', email: 'bob@client.example' }, { email: 'cy@client.example', language: 'fr' }],
      NOW,
    );
    expect(again).toEqual({ created: 1, alreadyInvited: 2 });
    const stored = await listInvitations(test.store, test.workspaceId, id);
    expect(stored.map((invitation) => [invitation.email, invitation.customerId, invitation.language])).toEqual([
      ['ada@client.example', 'c1', 'en'],
      ['cy@client.example', null, 'fr'],
      [null, 'c2', 'en'],
    ]);
    expect(stored[0]).toMatchObject({ sentAt: null, remindedAt: null, lastError: null, answered: false, createdAt: '2026-03-10T12:00:00Z' });
  });

  it('refuses customer ids for an employee survey, and a survey of another workspace', async () => {
    const employees = await surveyFixture(test.store, test.workspaceId, { ...CUSTOMER_SURVEY, closesAt: undefined, audience: 'employees' });
    await expect(createInvitations(test.store, test.workspaceId, employees, [{ email: 'a@b.example' }, { customerId: 'c1' }], NOW)).rejects.toThrow(
      'recipients[1].customer_id is not taken by an employee survey: its answers are anonymous.',
    );
    await expect(createInvitations(test.store, test.workspaceId + 1, employees, [{ email: 'a@b.example' }], NOW)).rejects.toThrow(/has no survey/);
  });

  it('takes one answer set per link: answering again replaces it, and the report counts one', async () => {
    const id = await surveyFixture(test.store, test.workspaceId);
    await createInvitations(test.store, test.workspaceId, id, [{ email: 'ada@client.example', customerId: 'c1', attributes: { store: 'Lyon' } }], NOW);
    const [invitation] = await listInvitations(test.store, test.workspaceId, id);
    const token = signInvitationToken(await workspaceSecret(test.store, test.workspaceId, LINK_SECRET), id, invitation!.invitationId);
    const survey = (await loadSurvey(test.store, test.workspaceId, id))!;
    const link = linkSubmission(await resolveInvitation(test.store, id, token));
    const first = await answerSurvey(test.store, survey, { answers: { q1: 3 }, channel: 'email', language: 'fr', ...link }, NOW);
    const second = await answerSurvey(test.store, survey, { answers: { q1: 9 }, channel: 'email', language: 'fr', ...link }, NOW);
    expect([first.existed, second.existed, second.responseId]).toEqual([false, true, first.responseId]);
    const report = await buildReport(test.store, test.workspaceId, parseReportQuery({ where: [`survey_id=${id}`] }));
    expect(report.indicators.nps).toMatchObject({ n: 1, promoters: 1 });
    expect(await test.read('select customer_id, attributes from responses')).toEqual([
      { customer_id: 'c1', attributes: engine === 'duckdb' ? expect.stringContaining('"store":"Lyon"') : expect.objectContaining({ store: 'Lyon' }) },
    ]);
  });

  it('gives the response rate as finished answers through links ÷ invitations', async () => {
    const id = await surveyFixture(test.store, test.workspaceId);
    const recipients = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((name) => ({ email: `${name}@client.example` }));
    await createInvitations(test.store, test.workspaceId, id, recipients, NOW);
    const secret = await workspaceSecret(test.store, test.workspaceId, LINK_SECRET);
    const invitations = await listInvitations(test.store, test.workspaceId, id);
    const survey = (await loadSurvey(test.store, test.workspaceId, id))!;
    const through = async (index: number, page?: number) => {
      const link = linkSubmission(await resolveInvitation(test.store, id, signInvitationToken(secret, id, invitations[index]!.invitationId)));
      await answerSurvey(test.store, survey, { answers: page === 2 ? {} : { q1: 8 }, channel: 'link', language: 'en', page, ...link }, NOW);
    };
    expect((await surveyDetails(test.store, test.workspaceId, id, NOW)).responseRate).toBe(0);
    // Three links answered whole (one of them twice), one left at page 1 of 2, and two answers without a link.
    await through(0);
    await through(1);
    await through(1);
    await through(2, 1);
    await through(2, 2);
    await through(3, 1);
    for (let n = 0; n < 2; n += 1) await answerSurvey(test.store, survey, { answers: { q1: 7 }, channel: 'link', language: 'en' }, NOW);
    const details = await surveyDetails(test.store, test.workspaceId, id, NOW);
    expect(details).toMatchObject({ invitations: 8, answers: 6, finished: 5, responseRate: 37.5 });
    const lines = await invitationLines(test.store, test.workspaceId, id, 'https://barometre.example');
    expect(lines.lines.map((line) => line.answered)).toEqual([true, true, true, false, false, false, false, false]);
  });

  it('leaves blank whether each employee answered, in the export of an employee survey', async () => {
    const id = await surveyFixture(test.store, test.workspaceId, { ...CUSTOMER_SURVEY, audience: 'employees', closesAt: undefined });
    await createInvitations(test.store, test.workspaceId, id, [{ email: 'ana@shop.fr', attributes: { team: 'caisse' } }], NOW);
    const [invitation] = await listInvitations(test.store, test.workspaceId, id);
    const secret = await workspaceSecret(test.store, test.workspaceId, LINK_SECRET);
    const survey = (await loadSurvey(test.store, test.workspaceId, id))!;
    const link = linkSubmission(await resolveInvitation(test.store, id, signInvitationToken(secret, id, invitation!.invitationId)));
    await answerSurvey(test.store, survey, { answers: { q1: 9 }, channel: 'link', language: 'fr', ...link }, NOW);
    const { lines } = await invitationLines(test.store, test.workspaceId, id, 'https://barometre.example');
    expect(lines.map((line) => [line.email, line.team, line.answered])).toEqual([['ana@shop.fr', 'caisse', null]]);
  });
});
