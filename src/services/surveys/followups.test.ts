import { expect, it } from 'vitest';
import { NotFoundError, UsageError } from '../../errors/errors.js';
import { setMembership } from '../../store/accounts/memberships.js';
import { insertUser } from '../../store/accounts/users.js';
import { findWorkspace } from '../../store/workspaces.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { CUSTOMER_SURVEY, definitionOf } from '../../test-support/surveyFixtures.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { buildReport } from '../report/buildReport.js';
import { parseReportQuery } from '../report/reportQuery.js';
import { answerSurvey } from './answerSurvey.js';
import { followUpRate, listFollowups, parseFollowupFilter, updateFollowup } from './followups.js';
import { loadSurvey } from './loadSurvey.js';
import { createSurvey } from './manageSurveys.js';

/** When the report and the lists are made. */
const NOW = new Date('2026-03-10T12:00:00Z');

/**
 * The cases of the hand-computed fixture: each detractor's answer time, channel, and when
 * (if ever) its case left `open`. Judged at NOW:
 *
 * - A link, opened 03-02 10:00, contacted 23 h later → counted, in time
 * - B link, opened 03-02 12:00, contacted 49 h later → counted, late
 * - C link, opened 03-03 08:00, never contacted → counted (its 48 h are over), not contacted
 * - D link, opened 03-10 00:00, not contacted, 12 h old → not counted yet
 * - E link, opened 03-10 06:00, contacted 2 h later → counted, in time
 * - F phone, opened 03-05 10:00, resolved 23 h later without a "contacted" step → counted, in time
 *
 * Whole period: 3 of 5 = 60%. By channel: link 2 of 4 = 50%, phone 1 of 1 = 100%.
 * From 03-03 to 03-10: C, E, F counted (D not yet) → 2 of 3.
 */
const CASES = [
  { name: 'A', at: '2026-03-02T10:00:00Z', channel: 'link', nps: 3, moved: { at: '2026-03-03T09:00:00Z', status: 'contacted' } },
  { name: 'B', at: '2026-03-02T12:00:00Z', channel: 'link', nps: 6, moved: { at: '2026-03-04T13:00:00Z', status: 'contacted' } },
  { name: 'C', at: '2026-03-03T08:00:00Z', channel: 'link', nps: 0, moved: null },
  { name: 'D', at: '2026-03-10T00:00:00Z', channel: 'link', nps: 5, moved: null },
  { name: 'E', at: '2026-03-10T06:00:00Z', channel: 'link', nps: 2, moved: { at: '2026-03-10T08:00:00Z', status: 'contacted' } },
  { name: 'F', at: '2026-03-05T10:00:00Z', channel: 'phone', nps: 4, moved: { at: '2026-03-06T09:00:00Z', status: 'resolved' } },
] as const;

describeEachEngine('follow-up cases of detractors', (engine) => {
  const test = workspaceStore(engine);

  /** The fixture above, plus a promoter (no case); returns the survey id and each case's answer set id by name. */
  async function fixture(): Promise<{ surveyId: string; ids: Record<string, string> }> {
    const surveyId = (await createSurvey(test.store, test.workspaceId, definitionOf({ ...CUSTOMER_SURVEY, closesAt: undefined }), NOW)).id;
    const survey = (await loadSurvey(test.store, test.workspaceId, surveyId))!;
    const ids: Record<string, string> = {};
    for (const [index, entry] of CASES.entries()) {
      const receipt = await answerSurvey(
        test.store,
        survey,
        { answers: { q1: entry.nps, q4: `Avis ${entry.name}` }, channel: entry.channel, language: 'fr', customerId: `c${index}` },
        new Date(entry.at),
      );
      ids[entry.name] = receipt.responseId;
    }
    await answerSurvey(test.store, survey, { answers: { q1: 10 }, channel: 'link', language: 'fr' }, new Date('2026-03-04T10:00:00Z'));
    for (const entry of CASES) {
      if (entry.moved !== null) await updateFollowup(test.store, test.workspaceId, ids[entry.name]!, { status: entry.moved.status }, new Date(entry.moved.at));
    }
    return { surveyId, ids };
  }

  /** Adds a user with a role in the test workspace (or in another workspace); returns their id. */
  async function member(email: string, workspace = 'test'): Promise<number> {
    const id = await test.store.transaction((session) => insertUser(session, { email, displayName: email.split('@')[0]!, passwordHash: 'x' }, NOW));
    await setMembership(test.store, (await findWorkspace(test.store, workspace, { create: true })).id, id!, 'viewer', NOW);
    return id!;
  }

  it('reports the share contacted within 48 hours beside the NPS, split by channel, computed by hand', async () => {
    await fixture();
    const report = await buildReport(test.store, test.workspaceId, parseReportQuery({ by: 'channel' }), NOW);
    expect(Object.keys(report.indicators).slice(0, 2)).toEqual(['nps', 'detractorFollowUp']);
    const whole = report.indicators.detractorFollowUp!;
    expect(whole).toMatchObject({ value: 60, n: 5, contacted: 3 });
    // Wilson 3/5: centre (0.6 + 0.38415) / 1.76829 = 0.55656, half-width 1.95996 / 1.76829 × √(0.048 + 0.038415) = 0.32582.
    expect(whole.ci95?.[0]).toBeCloseTo(23.07, 1);
    expect(whole.ci95?.[1]).toBeCloseTo(88.24, 1);
    const byChannel = Object.fromEntries((report.groups ?? []).map((group) => [group.key, group.indicators.detractorFollowUp]));
    expect(byChannel.link).toMatchObject({ value: 50, n: 4, contacted: 2 });
    expect(byChannel.phone).toMatchObject({ value: 100, n: 1, contacted: 1 });
    const march = await buildReport(test.store, test.workspaceId, parseReportQuery({ from: '2026-03-03', to: '2026-03-10' }), NOW);
    expect(march.indicators.detractorFollowUp).toMatchObject({ n: 3, contacted: 2 });
    // Two days after D was opened (00:00 on the 10th) its 48 hours are over: it counts, not contacted.
    const later = await buildReport(test.store, test.workspaceId, parseReportQuery({}), new Date('2026-03-12T00:00:00Z'));
    expect(later.indicators.detractorFollowUp).toMatchObject({ n: 6, contacted: 3, value: 50 });
    expect(await followUpRate(test.store, test.workspaceId, parseFollowupFilter({ from: '2026-03-03', to: '2026-03-10' }), NOW)).toMatchObject({
      n: 3,
      contacted: 2,
    });
  });

  it('lists cases with their answer, newest opened first, narrowed by status, survey, period and owner', async () => {
    const { surveyId, ids } = await fixture();
    const list = async (input: Parameters<typeof parseFollowupFilter>[0]) =>
      (await listFollowups(test.store, test.workspaceId, parseFollowupFilter(input))).cases.map((found) => found.responseId);
    const all = await listFollowups(test.store, test.workspaceId, parseFollowupFilter({}));
    expect(all.truncated).toBe(false);
    expect(all.cases.map((found) => found.responseId)).toEqual(['E', 'D', 'F', 'C', 'B', 'A'].map((name) => ids[name]));
    expect(all.cases[2]).toMatchObject({
      surveyId,
      surveyTitle: { fr: 'Votre avis', en: 'Your opinion' },
      status: 'resolved',
      nps: 4,
      comment: 'Avis F',
      customerId: 'c5',
      channel: 'phone',
      submittedAt: '2026-03-05T10:00:00Z',
      openedAt: '2026-03-05T10:00:00Z',
      contactedAt: '2026-03-06T09:00:00Z',
      resolvedAt: '2026-03-06T09:00:00Z',
      owner: null,
      note: null,
    });
    expect(await list({ status: 'open' })).toEqual([ids.D, ids.C]);
    expect(await list({ from: '2026-03-03', to: '2026-03-05' })).toEqual([ids.F, ids.C]);
    expect(await list({ survey: surveyId, status: 'contacted', to: '2026-03-02' })).toEqual([ids.B, ids.A]);
    expect(await list({ survey: 'sother' })).toEqual([]);
    const ana = await member('ana@shop.fr');
    await updateFollowup(test.store, test.workspaceId, ids.C!, { owner: 'Ana@Shop.fr' }, NOW);
    expect(await list({ owner: 'ana@shop.fr' })).toEqual([ids.C]);
    expect(await list({ owner: String(ana) })).toEqual([ids.C]);
  });

  it('moves a case forward and back: contacted_at kept from the first move, resolved_at only while resolved', async () => {
    const { ids } = await fixture();
    const id = ids.C!;
    const at = (hour: number) => new Date(`2026-03-11T${String(hour).padStart(2, '0')}:00:00Z`);
    expect(await updateFollowup(test.store, test.workspaceId, id, { note: 'Rappel prévu' }, at(8))).toMatchObject({
      status: 'open',
      contactedAt: null,
      note: 'Rappel prévu',
      updatedAt: '2026-03-11T08:00:00Z',
    });
    expect(await updateFollowup(test.store, test.workspaceId, id, { status: 'contacted' }, at(9))).toMatchObject({
      contactedAt: '2026-03-11T09:00:00Z',
      resolvedAt: null,
      note: 'Rappel prévu',
    });
    expect(await updateFollowup(test.store, test.workspaceId, id, { status: 'resolved' }, at(10))).toMatchObject({
      contactedAt: '2026-03-11T09:00:00Z',
      resolvedAt: '2026-03-11T10:00:00Z',
    });
    // Resolved again: it keeps the time it was resolved at.
    expect(await updateFollowup(test.store, test.workspaceId, id, { status: 'resolved', note: '' }, at(11))).toMatchObject({
      resolvedAt: '2026-03-11T10:00:00Z',
      note: null,
      updatedAt: '2026-03-11T11:00:00Z',
    });
    expect(await updateFollowup(test.store, test.workspaceId, id, { status: 'open' }, at(12))).toMatchObject({
      status: 'open',
      contactedAt: '2026-03-11T09:00:00Z',
      resolvedAt: null,
    });
  });

  it('gives a case an owner among the workspace members only, by id or e-mail, and takes it back with null', async () => {
    const { ids } = await fixture();
    const bea = await member('bea@shop.fr');
    const stranger = await member('eve@other.fr', 'other');
    const id = ids.A!;
    expect((await updateFollowup(test.store, test.workspaceId, id, { owner: bea }, NOW)).owner).toEqual({ id: bea, email: 'bea@shop.fr', displayName: 'bea' });
    await expect(updateFollowup(test.store, test.workspaceId, id, { owner: stranger }, NOW)).rejects.toThrow(
      new UsageError(`owner ${stranger} is not a member of this workspace (give a member's user id or e-mail address).`),
    );
    await expect(updateFollowup(test.store, test.workspaceId, id, { owner: 'eve@other.fr' }, NOW)).rejects.toThrow(/^owner "eve@other.fr" is not a member/);
    expect((await updateFollowup(test.store, test.workspaceId, id, { owner: null }, NOW)).owner).toBeNull();
  });

  it('refuses a bad change naming the field, and an unknown case', async () => {
    const { ids } = await fixture();
    const refusal = (body: unknown, id = ids.A!) =>
      updateFollowup(test.store, test.workspaceId, id, body, NOW).then(
        () => 'changed',
        (error: Error) => (error instanceof UsageError || error instanceof NotFoundError ? `${error.name}: ${error.message}` : `unexpected ${error}`),
      );
    expect(await refusal({ status: 'closed' })).toBe('UsageError: status "closed" is not open, contacted, resolved.');
    expect(await refusal({ note: 'x'.repeat(2001) })).toMatch(/^UsageError: note "x+… is not a text of at most 2000 characters, or null\.$/);
    expect(await refusal({ owner: 1.5 })).toBe("UsageError: owner 1.5 is not a member's user id or e-mail address, or null.");
    expect(await refusal({ colour: 'red' })).toBe('UsageError: colour is not a field a follow-up change takes (status, owner, note).');
    expect(await refusal({})).toBe('UsageError: The body changes nothing: give status, owner or note.');
    expect(await refusal({ status: 'contacted' }, 'r_unknown')).toBe('NotFoundError: The workspace has no follow-up case on the answer set "r_unknown".');
    expect(await refusal({ note: 'x'.repeat(2000) })).toBe('changed');
  });

  it('refuses a bad list filter naming the field', () => {
    expect(() => parseFollowupFilter({ status: 'done' })).toThrow('status "done" is not one of open, contacted, resolved.');
    expect(() => parseFollowupFilter({ survey: 'a b' })).toThrow('survey "a b" is not a survey id.');
    expect(() => parseFollowupFilter({ from: '2026-02-30' })).toThrow('from "2026-02-30" is not a calendar date written YYYY-MM-DD.');
    expect(() => parseFollowupFilter({ from: '2026-03-05', to: '2026-03-01' })).toThrow('from 2026-03-05 is after to 2026-03-01.');
    expect(parseFollowupFilter({ status: '', owner: ' ' })).toEqual({ status: null, surveyId: null, from: null, to: null, owner: null });
  });
});
