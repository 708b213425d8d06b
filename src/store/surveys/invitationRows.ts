import { sqlTimestamp } from '../sqlTimestamp.js';
import type { Session } from '../Store.js';
import { isoSeconds } from '../timestampText.js';

/** Free attributes an invitation carries to its answers (team, site…). */
export type InvitationAttributes = Record<string, string | number | boolean>;

/** One recipient's invitation as it is written: the customer id (never for employees), address, language and attributes its link carries. */
export interface NewInvitation {
  invitationId: string;
  customerId: string | null;
  email: string | null;
  language: string;
  attributes: InvitationAttributes;
}

/** An invitation as stored, with what happened to it. */
export interface StoredInvitation extends NewInvitation {
  surveyId: string;
  createdAt: string;
  /** When its e-mail was sent (ISO 8601 to the second), or null. */
  sentAt: string | null;
  remindedAt: string | null;
  /** The last failed send's sentence, or null. */
  lastError: string | null;
  /** Whether a finished answer set came through its link. */
  answered: boolean;
}

/** An invitation claimed for sending: where to, and in which language. */
export interface ClaimedInvitation {
  invitationId: string;
  email: string;
  language: string;
}

/** Rows per insert statement: 6 parameters each keeps a statement far below PostgreSQL's 65,535. */
const ROWS_PER_INSERT = 500;

/** Writes new invitations of a survey, in the caller's transaction. */
export async function insertInvitations(
  session: Session,
  workspaceId: number,
  surveyId: string,
  invitations: readonly NewInvitation[],
  now: Date,
): Promise<void> {
  const json = session.engine === 'duckdb' ? 'json' : 'jsonb';
  for (let start = 0; start < invitations.length; start += ROWS_PER_INSERT) {
    const values: Record<string, string | null> = {};
    const tuples = invitations.slice(start, start + ROWS_PER_INSERT).map((invitation, index) => {
      values[`i${index}`] = invitation.invitationId;
      values[`c${index}`] = invitation.customerId;
      values[`e${index}`] = invitation.email;
      values[`l${index}`] = invitation.language;
      values[`a${index}`] = JSON.stringify(invitation.attributes);
      return `($workspace, $i${index}, $survey, $c${index}, $e${index}, $l${index}, cast($a${index} as ${json}), cast($now as timestamp))`;
    });
    await session.query(
      'insert invitations',
      `insert into survey_invitations (workspace_id, invitation_id, survey_id, customer_id, email, language, attributes, created_at) values ${tuples.join(', ')}`,
      { workspace: workspaceId, survey: surveyId, now: sqlTimestamp(now), ...values },
    );
  }
}

type InvitationRow = {
  invitation_id: string;
  survey_id: string;
  customer_id: string | null;
  email: string | null;
  language: string;
  attributes: string | null;
  created_at: string;
  sent_at: string | null;
  reminded_at: string | null;
  last_error: string | null;
  answered: boolean;
};

/** Whether an invitation (`i`) has a finished answer set through its link. */
const ANSWERED = `exists (select 1 from survey_responses r where r.workspace_id = i.workspace_id and r.invitation_id = i.invitation_id and r.finished)`;

const SELECT_INVITATION = `select i.invitation_id, i.survey_id, i.customer_id, i.email, i.language, cast(i.attributes as text) as attributes,
  cast(i.created_at as text) as created_at, cast(i.sent_at as text) as sent_at, cast(i.reminded_at as text) as reminded_at, i.last_error,
  ${ANSWERED} as answered
from survey_invitations i`;

function invitationOf(row: InvitationRow): StoredInvitation {
  const time = (text: string | null) => (text === null ? null : isoSeconds(text));
  return {
    invitationId: row.invitation_id,
    surveyId: row.survey_id,
    customerId: row.customer_id,
    email: row.email,
    language: row.language,
    attributes: row.attributes === null ? {} : (JSON.parse(row.attributes) as InvitationAttributes),
    createdAt: isoSeconds(row.created_at),
    sentAt: time(row.sent_at),
    remindedAt: time(row.reminded_at),
    lastError: row.last_error,
    answered: Boolean(row.answered),
  };
}

/** The invitations of a survey, in the order they were made. */
export async function listInvitations(session: Session, workspaceId: number, surveyId: string): Promise<StoredInvitation[]> {
  const rows = await session.query<InvitationRow>(
    'list invitations',
    `${SELECT_INVITATION} where i.workspace_id = $workspace and i.survey_id = $survey order by i.created_at, i.email, i.customer_id, i.invitation_id`,
    { workspace: workspaceId, survey: surveyId },
  );
  return rows.map(invitationOf);
}

/** The invitation with this id in the workspace, or null. */
export async function findInvitation(session: Session, workspaceId: number, invitationId: string): Promise<StoredInvitation | null> {
  const [row] = await session.query<InvitationRow>(
    'find invitation',
    `${SELECT_INVITATION} where i.workspace_id = $workspace and i.invitation_id = $invitation`,
    {
      workspace: workspaceId,
      invitation: invitationId,
    },
  );
  return row === undefined ? null : invitationOf(row);
}

/** How many invitations a survey has. */
export async function countInvitations(session: Session, workspaceId: number, surveyId: string): Promise<number> {
  const [row] = await session.query<{ n: number }>(
    'count invitations',
    'select count(*) as n from survey_invitations where workspace_id = $workspace and survey_id = $survey',
    { workspace: workspaceId, survey: surveyId },
  );
  return Number(row?.n ?? 0);
}

/**
 * Claims the invitations of a survey whose e-mail is still to send: marks them sent at `now`
 * in one statement and returns them, so that a second caller at the same time claims none of
 * them. A failed send gives its claim back with {@link releaseClaim}.
 */
export async function claimUnsent(session: Session, workspaceId: number, surveyId: string, now: Date): Promise<ClaimedInvitation[]> {
  return claimed(
    session,
    'claim unsent invitations',
    `update survey_invitations set sent_at = cast($now as timestamp), last_error = null
where workspace_id = $workspace and survey_id = $survey and email is not null and sent_at is null
returning invitation_id, email, language`,
    { workspace: workspaceId, survey: surveyId, now: sqlTimestamp(now) },
  );
}

/**
 * Claims the invitations of a survey due for their one reminder: sent at or before
 * `sentBefore`, never reminded, and with no finished answer through their link; marks them
 * reminded at `now` and returns them, as {@link claimUnsent} does.
 */
export async function claimReminders(session: Session, workspaceId: number, surveyId: string, sentBefore: Date, now: Date): Promise<ClaimedInvitation[]> {
  return claimed(
    session,
    'claim reminders',
    `update survey_invitations i set reminded_at = cast($now as timestamp), last_error = null
where i.workspace_id = $workspace and i.survey_id = $survey and i.email is not null and i.reminded_at is null
  and i.sent_at <= cast($before as timestamp) and not ${ANSWERED}
returning i.invitation_id, i.email, i.language`,
    { workspace: workspaceId, survey: surveyId, before: sqlTimestamp(sentBefore), now: sqlTimestamp(now) },
  );
}

async function claimed(session: Session, name: string, sql: string, params: Record<string, string | number>): Promise<ClaimedInvitation[]> {
  const rows = await session.query<{ invitation_id: string; email: string; language: string }>(name, sql, params);
  return rows.map((row) => ({ invitationId: row.invitation_id, email: row.email, language: row.language }));
}

/** Gives back the claim of a send that failed: `sent_at` (or `reminded_at` for a reminder) cleared, and the failure's sentence kept. */
export async function releaseClaim(
  session: Session,
  workspaceId: number,
  invitationId: string,
  claim: 'sent_at' | 'reminded_at',
  error: string,
): Promise<void> {
  await session.query(
    'release invitation claim',
    `update survey_invitations set ${claim === 'sent_at' ? 'sent_at' : 'reminded_at'} = null, last_error = $error where workspace_id = $workspace and invitation_id = $invitation`,
    { workspace: workspaceId, invitation: invitationId, error },
  );
}
