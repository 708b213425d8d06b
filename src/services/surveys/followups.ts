import { z } from 'zod';
import { NotFoundError, UsageError } from '../../errors/errors.js';
import { type DetractorFollowUpResult, detractorFollowUp } from '../../indicators/recommendation/detractorFollowUp.js';
import { dataExtent } from '../../store/queries/dataExtent.js';
import { loadFieldCatalog } from '../../store/queries/fieldCatalog.js';
import { followUpCounts } from '../../store/queries/followUpCounts.js';
import { rowScope } from '../../store/queries/rowScope.js';
import type { Store } from '../../store/Store.js';
import {
  type CaseOwner,
  FOLLOWUP_STATUSES,
  type FollowupCaseChange,
  type FollowupStatus,
  findWorkspaceMember,
  listFollowupCases,
  listWorkspaceMembers,
  type StoredFollowupCase,
  updateFollowupCase,
} from '../../store/surveys/followupCases.js';
import { listStoredSurveys } from '../../store/surveys/surveyRows.js';
import { optionalDay, parseQuery, refuseBackwardsPeriod } from '../queryFields.js';
import { boundPeriod } from '../report/boundPeriod.js';
import { parseReportQuery } from '../report/reportQuery.js';
import { mustBe, quoted, storableText, zodRefusal } from '../validation/zodFields.js';
import { loadedSurvey } from './loadSurvey.js';
import type { Translated } from './surveyDefinition.js';

export { type CaseOwner, FOLLOWUP_STATUSES, type FollowupStatus };

/** The most cases one list gives (the newest opened); `truncated` says when more match. */
export const MAX_LISTED_CASES = 500;

/** The longest note on a case, in characters. */
export const MAX_NOTE = 2000;

/** A follow-up case as the API and the page show it: the case, its answer and its survey's title. */
export interface FollowupCase extends StoredFollowupCase {
  /** The survey's title in French and English (null when the survey is gone). */
  surveyTitle: Translated | null;
}

/** Which cases to list, checked: each field given narrows the list. */
export interface FollowupFilter {
  status: FollowupStatus | null;
  surveyId: string | null;
  /** Calendar days (UTC) the cases were opened within, both included. */
  from: string | null;
  to: string | null;
  /** The owner, as given: a user id or an e-mail address of a member. */
  owner: string | null;
}

/** The filter fields as a URL or a form carries them (absent or empty: not narrowed). */
export type FollowupFilterInput = Partial<Record<'status' | 'survey' | 'from' | 'to' | 'owner', string | undefined>>;

const SURVEY_ID = /^[A-Za-z0-9_-]{1,64}$/;
const periodSchema = z.object({ from: optionalDay, to: optionalDay });

/**
 * Checks a list's filter: `status` one of open, contacted, resolved; `survey` a survey id;
 * `from` and `to` calendar days (YYYY-MM-DD, from ≤ to); `owner` a user id or an e-mail
 * address (checked against the members when listing). Empty fields narrow nothing.
 *
 * @throws UsageError naming the field at fault
 */
export function parseFollowupFilter(input: FollowupFilterInput): FollowupFilter {
  const given = (name: keyof FollowupFilterInput) => {
    const value = input[name]?.trim();
    return value === undefined || value === '' ? null : value;
  };
  const status = given('status');
  if (status !== null && !(FOLLOWUP_STATUSES as readonly string[]).includes(status)) {
    throw new UsageError({
      en: `status ${quoted(status)} is not one of ${FOLLOWUP_STATUSES.join(', ')}.`,
      fr: `status ${quoted(status)} n'est pas l'une des valeurs ${FOLLOWUP_STATUSES.join(', ')}.`,
    });
  }
  const surveyId = given('survey');
  if (surveyId !== null && !SURVEY_ID.test(surveyId)) {
    throw new UsageError({ en: `survey ${quoted(surveyId)} is not a survey id.`, fr: `survey ${quoted(surveyId)} n'est pas un identifiant d'enquête.` });
  }
  const period = parseQuery(periodSchema, { from: given('from') ?? undefined, to: given('to') ?? undefined });
  refuseBackwardsPeriod(period);
  return { status: status as FollowupStatus | null, surveyId, ...period, owner: given('owner') };
}

/** The member an owner field names, by user id (digits) or e-mail address; a UsageError naming `field` when nobody by that is a member of the workspace. */
async function memberNamed(store: Store, workspaceId: number, owner: string | number, field: string): Promise<CaseOwner> {
  const who = typeof owner === 'number' ? { id: owner } : /^\d{1,9}$/.test(owner) ? { id: Number(owner) } : { email: owner };
  const member = await findWorkspaceMember(store, workspaceId, who);
  if (member === null) {
    throw new UsageError({
      en: `${field} ${quoted(owner)} is not a member of this workspace (give a member's user id or e-mail address).`,
      fr: `${field} ${quoted(owner)} n'est pas membre de cet espace de travail (donnez l'identifiant ou l'adresse e-mail d'un membre).`,
    });
  }
  return member;
}

/** The SQL timestamp of a day's midnight (UTC), `days` days later. */
function midnight(day: string, days = 0): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().replace('T', ' ').slice(0, 19);
}

/** The workspace's surveys with their titles, newest first: what a list's survey filter offers. */
export async function surveyChoices(store: Store, workspaceId: number): Promise<{ id: string; title: Translated }[]> {
  const surveys = await listStoredSurveys(store, workspaceId);
  return surveys.map((stored) => ({ id: stored.surveyId, title: loadedSurvey(stored).definition.title }));
}

/** The survey titles of the workspace by survey id. */
async function surveyTitles(store: Store, workspaceId: number): Promise<Map<string, Translated>> {
  return new Map((await surveyChoices(store, workspaceId)).map((choice) => [choice.id, choice.title]));
}

/** The members of the workspace (any role), by e-mail address: who may own a case. */
export function caseOwners(store: Store, workspaceId: number): Promise<CaseOwner[]> {
  return listWorkspaceMembers(store, workspaceId);
}

/**
 * The workspace's follow-up cases the filter keeps, newest opened first (at most
 * {@link MAX_LISTED_CASES}; `truncated` when more match), each with its answer's NPS,
 * comment, customer id, channel and time, its owner and its survey's title.
 *
 * @throws UsageError when the owner filter names nobody of the workspace
 */
export async function listFollowups(store: Store, workspaceId: number, filter: FollowupFilter): Promise<{ cases: FollowupCase[]; truncated: boolean }> {
  const owner = filter.owner === null ? undefined : (await memberNamed(store, workspaceId, filter.owner, 'owner')).id;
  const stored = await listFollowupCases(
    store,
    workspaceId,
    {
      status: filter.status ?? undefined,
      surveyId: filter.surveyId ?? undefined,
      ownerUserId: owner,
      start: filter.from === null ? undefined : midnight(filter.from),
      end: filter.to === null ? undefined : midnight(filter.to, 1),
    },
    MAX_LISTED_CASES + 1,
  );
  const titles = await surveyTitles(store, workspaceId);
  return {
    cases: stored.slice(0, MAX_LISTED_CASES).map((found) => ({ ...found, surveyTitle: titles.get(found.surveyId) ?? null })),
    truncated: stored.length > MAX_LISTED_CASES,
  };
}

const OWNER = "a member's user id or e-mail address, or null";
const NOTE = `a text of at most ${MAX_NOTE} characters, or null`;

const changeSchema = z.strictObject(
  {
    status: z.enum(FOLLOWUP_STATUSES, { error: mustBe(FOLLOWUP_STATUSES.join(', ')) }).optional(),
    owner: z
      .union(
        [
          z
            .number({ error: mustBe(OWNER) })
            .int({ error: mustBe(OWNER) })
            .positive({ error: mustBe(OWNER) }),
          storableText(OWNER, 1, 254),
          z.null(),
        ],
        {
          error: mustBe(OWNER),
        },
      )
      .optional(),
    note: z.union([storableText(NOTE, 0, MAX_NOTE), z.null()], { error: mustBe(NOTE) }).optional(),
  },
  { error: mustBe('a JSON object') },
);

/**
 * Changes a follow-up case (docs/surveys.md): `status` open, contacted or resolved (forward or
 * back; `contacted_at` is set the first time it leaves open, `resolved_at` when it is
 * resolved), `owner` a member of the workspace by user id or e-mail address (null: nobody),
 * `note` at most 2000 characters (null or empty: none). Returns the case as it is after.
 *
 * @throws UsageError naming the field at fault, NotFoundError when the workspace has no case on that answer set
 */
export async function updateFollowup(store: Store, workspaceId: number, responseId: string, body: unknown, now: Date): Promise<FollowupCase> {
  const parsed = changeSchema.safeParse(body);
  if (!parsed.success) throw zodRefusal(parsed.error.issues[0]!, 'The body', 'a follow-up change', () => Object.keys(changeSchema.shape).join(', '));
  const { status, owner, note } = parsed.data;
  if (status === undefined && owner === undefined && note === undefined) {
    throw new UsageError({ en: 'The body changes nothing: give status, owner or note.', fr: 'Le corps ne change rien : donnez status, owner ou note.' });
  }
  const change: FollowupCaseChange = { status };
  if (owner !== undefined) change.ownerUserId = owner === null ? null : (await memberNamed(store, workspaceId, owner, 'owner')).id;
  if (note !== undefined) change.note = note === null || note.trim() === '' ? null : note;
  const found = await store.transaction((session) => updateFollowupCase(session, workspaceId, responseId, change, now));
  if (!found) {
    throw new NotFoundError({
      en: `The workspace has no follow-up case on the answer set ${quoted(responseId)}.`,
      fr: `L'espace de travail n'a pas de cas de suivi sur la réponse ${quoted(responseId)}.`,
    });
  }
  const [updated] = await listFollowupCases(store, workspaceId, { responseId }, 1);
  const titles = await surveyTitles(store, workspaceId);
  return { ...updated!, surveyTitle: titles.get(updated!.surveyId) ?? null };
}

/**
 * The share of detractors contacted within 48 hours (the report's `detractorFollowUp`) over
 * the cases of a list's period and survey: the period as the report takes it (all the
 * activity when no day is given), the cases judged at `now`.
 */
export async function followUpRate(store: Store, workspaceId: number, filter: FollowupFilter, now: Date): Promise<DetractorFollowUpResult> {
  const query = parseReportQuery({
    from: filter.from ?? undefined,
    to: filter.to ?? undefined,
    where: filter.surveyId === null ? [] : [`survey_id=${filter.surveyId}`],
  });
  const scope = rowScope('responses', query, await loadFieldCatalog(store, workspaceId));
  const period = boundPeriod(query, await dataExtent(store, workspaceId));
  const counts = scope === null || period === null ? undefined : (await followUpCounts({ session: store, workspaceId, period, scope }, now)).get(null);
  return detractorFollowUp(counts ?? { cases: 0, contacted: 0 });
}
