import { listMembers, type Member } from '../accounts/memberships.js';
import type { Session, SqlValue } from '../Store.js';
import { sqlTimestamp } from '../sqlTimestamp.js';
import { isoSeconds } from '../timestampText.js';

/** Where a follow-up case stands: opened on the answer, the customer contacted, the matter resolved. */
export const FOLLOWUP_STATUSES = ['open', 'contacted', 'resolved'] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];

/** A member of a workspace, as a case's owner is shown. */
export interface CaseOwner {
  id: number;
  email: string;
  displayName: string;
}

/** A follow-up case with what its answer says (from `responses`) and who owns it. */
export interface StoredFollowupCase {
  responseId: string;
  surveyId: string;
  status: FollowupStatus;
  owner: CaseOwner | null;
  note: string | null;
  /** ISO 8601 to the second, UTC. */
  openedAt: string;
  contactedAt: string | null;
  resolvedAt: string | null;
  updatedAt: string;
  nps: number | null;
  comment: string | null;
  customerId: string | null;
  channel: string | null;
  submittedAt: string | null;
}

/** Which cases a list takes: each field set narrows it; `start` and `end` bound `opened_at` as [start, end). */
export interface FollowupCaseFilter {
  status?: FollowupStatus | undefined;
  surveyId?: string | undefined;
  ownerUserId?: number | undefined;
  responseId?: string | undefined;
  /** SQL timestamp texts (src/store/sqlTimestamp.ts). */
  start?: string | undefined;
  end?: string | undefined;
}

type CaseRow = {
  response_id: string;
  survey_id: string;
  status: FollowupStatus;
  owner_user_id: number | null;
  owner_email: string | null;
  owner_name: string | null;
  note: string | null;
  opened_at: string;
  contacted_at: string | null;
  resolved_at: string | null;
  updated_at: string;
  nps: number | null;
  comment: string | null;
  customer_id: string | null;
  channel: string | null;
  submitted_at: string | null;
};

const at = (text: string | null) => (text === null ? null : isoSeconds(text));

function caseOf(row: CaseRow): StoredFollowupCase {
  return {
    responseId: row.response_id,
    surveyId: row.survey_id,
    status: row.status,
    owner: row.owner_user_id === null ? null : { id: row.owner_user_id, email: row.owner_email ?? '', displayName: row.owner_name ?? '' },
    note: row.note,
    openedAt: isoSeconds(row.opened_at),
    contactedAt: at(row.contacted_at),
    resolvedAt: at(row.resolved_at),
    updatedAt: isoSeconds(row.updated_at),
    nps: row.nps === null ? null : Number(row.nps),
    comment: row.comment,
    customerId: row.customer_id,
    channel: row.channel,
    submittedAt: at(row.submitted_at),
  };
}

/**
 * The workspace's follow-up cases the filter keeps, newest opened first, at most `limit`:
 * each with its answer's NPS, comment, customer, channel and time (a case whose answer has
 * left `responses` keeps them null) and its owner's address and name.
 */
export async function listFollowupCases(session: Session, workspaceId: number, filter: FollowupCaseFilter, limit: number): Promise<StoredFollowupCase[]> {
  const params: Record<string, SqlValue> = { workspace: workspaceId, limit };
  const conditions: string[] = [];
  const narrow = (name: string, value: SqlValue | undefined, condition: string) => {
    if (value === undefined) return;
    params[name] = value;
    conditions.push(` and ${condition}`);
  };
  narrow('status', filter.status, 'f.status = $status');
  narrow('survey', filter.surveyId, 'f.survey_id = $survey');
  narrow('owner', filter.ownerUserId, 'f.owner_user_id = $owner');
  narrow('response', filter.responseId, 'f.response_id = $response');
  narrow('start', filter.start, 'f.opened_at >= cast($start as timestamp)');
  narrow('end', filter.end, 'f.opened_at < cast($end as timestamp)');
  const rows = await session.query<CaseRow>(
    'list follow-up cases',
    `select f.response_id, f.survey_id, f.status, f.owner_user_id, u.email as owner_email, u.display_name as owner_name, f.note,
  cast(f.opened_at as text) as opened_at, cast(f.contacted_at as text) as contacted_at, cast(f.resolved_at as text) as resolved_at,
  cast(f.updated_at as text) as updated_at, r.nps, r.comment, r.customer_id, r.channel, cast(r.submitted_at as text) as submitted_at
from followup_cases f
left join responses r on r.workspace_id = f.workspace_id and r.response_id = f.response_id
left join users u on u.user_id = f.owner_user_id
where f.workspace_id = $workspace${conditions.join('')}
order by f.opened_at desc, f.response_id
limit $limit`,
    params,
  );
  return rows.map(caseOf);
}

/** What an update changes: each field given is set (`ownerUserId` and `note` null to clear them), the others kept. */
export interface FollowupCaseChange {
  status?: FollowupStatus | undefined;
  ownerUserId?: number | null | undefined;
  note?: string | null | undefined;
}

/**
 * Changes a case in one statement, so that two changes at once cannot lose a time:
 * `contacted_at` is set the first time the case leaves `open` (and kept after), `resolved_at`
 * when it becomes `resolved` (cleared if it leaves that status), `updated_at` always.
 * Returns false when the workspace has no case on that answer set.
 */
export async function updateFollowupCase(session: Session, workspaceId: number, responseId: string, change: FollowupCaseChange, now: Date): Promise<boolean> {
  const status = 'coalesce(cast($status as text), status)';
  const updated = await session.query(
    'update follow-up case',
    `update followup_cases set
  status = ${status},
  contacted_at = case when ${status} <> 'open' then coalesce(contacted_at, cast($now as timestamp)) else contacted_at end,
  resolved_at = case when ${status} <> 'resolved' then null when status = 'resolved' then resolved_at else cast($now as timestamp) end,
  owner_user_id = case when $set_owner then cast($owner as integer) else owner_user_id end,
  note = case when $set_note then cast($note as text) else note end,
  updated_at = cast($now as timestamp)
where workspace_id = $workspace and response_id = $response
returning response_id`,
    {
      workspace: workspaceId,
      response: responseId,
      status: change.status ?? null,
      set_owner: change.ownerUserId !== undefined,
      owner: change.ownerUserId ?? null,
      set_note: change.note !== undefined,
      note: change.note ?? null,
      now: sqlTimestamp(now),
    },
  );
  return updated.length > 0;
}

/** The workspace's members (any role), by e-mail address: who may own a case. */
export async function listWorkspaceMembers(session: Session, workspaceId: number): Promise<CaseOwner[]> {
  return (await listMembers(session, workspaceId)).map(asOwner);
}

/** The member of the workspace with this user id or e-mail address (in any case), or null when nobody by that is a member. */
export async function findWorkspaceMember(session: Session, workspaceId: number, who: { id: number } | { email: string }): Promise<CaseOwner | null> {
  const [member] = await listMembers(session, workspaceId, who);
  return member === undefined ? null : asOwner(member);
}

function asOwner(member: Member): CaseOwner {
  return { id: member.userId, email: member.email, displayName: member.displayName };
}
