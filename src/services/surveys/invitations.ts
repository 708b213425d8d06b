import { z } from 'zod';
import { UsageError } from '../../errors/errors.js';
import { LANGUAGES } from '../../output/language.js';
import type { Store } from '../../store/Store.js';
import { insertInvitations, listInvitations, type NewInvitation } from '../../store/surveys/invitationRows.js';
import { workspaceSecret } from '../../store/workspaceSecrets.js';
import { mustBe, quoted, storableText, zodRefusal } from '../validation/zodFields.js';
import { attributesSchema } from './answerBody.js';
import { invitationLink, LINK_SECRET, newInvitationId, signInvitationToken } from './invitationToken.js';
import { surveyOf } from './manageSurveys.js';

/** The most recipients one request invites. */
export const MAX_RECIPIENTS = 10_000;

/** The columns of the invitations' export, before the attributes' (an attribute may not take their names). */
export const INVITATION_COLUMNS = ['invitation_id', 'email', 'customer_id', 'language', 'link', 'sent_at', 'reminded_at', 'answered', 'last_error'] as const;

/**
 * An address mail can go to: one `@` with text on both sides, at most 254 characters, and none
 * of the characters that would make one address several or a display name (spaces, controls,
 * `, ; < > " ( ) [ ] \`).
 */
const emailSchema = storableText('an e-mail address', 3, 254).regex(/^[^\s@\p{Cc},;<>"()[\]\\]+@[^\s@\p{Cc},;<>"()[\]\\]+$/u, {
  error: mustBe('an e-mail address'),
});

const RECIPIENT_FIELDS = {
  email: emailSchema.optional(),
  customer_id: storableText('a text of 1 to 128 characters', 1, 128).optional(),
  language: z.enum(LANGUAGES, { error: mustBe(LANGUAGES.join(' or ')) }).optional(),
  attributes: attributesSchema
    .refine((value) => !Object.keys(value).some((name) => (INVITATION_COLUMNS as readonly string[]).includes(name)), {
      error: (issue) =>
        `${quoted(Object.keys(issue.input as object).find((name) => (INVITATION_COLUMNS as readonly string[]).includes(name)))} is a column of the invitations' export (${INVITATION_COLUMNS.join(', ')}).`,
    })
    .optional(),
};

const recipientSchema = z
  .strictObject(RECIPIENT_FIELDS, { error: mustBe('a recipient object') })
  .refine((recipient) => recipient.email !== undefined || recipient.customer_id !== undefined, { error: 'needs an email or a customer_id.' });

const FIELDS = {
  recipients: z
    .array(recipientSchema, { error: mustBe('a list of recipients') })
    .min(1, { error: 'is empty: give at least one recipient.' })
    .max(MAX_RECIPIENTS, {
      error: (issue) => `has ${(issue.input as unknown[]).length} recipients: at most ${MAX_RECIPIENTS.toLocaleString('en')} a request.`,
    }),
};

const bodySchema = z.strictObject(FIELDS, { error: mustBe('a JSON object') });

/** One recipient of a survey's invitations, checked. */
export interface Recipient {
  email?: string | undefined;
  customerId?: string | undefined;
  language?: 'fr' | 'en' | undefined;
  attributes?: Record<string, string | number | boolean> | undefined;
}

/**
 * The body of POST /api/surveys/:id/invitations, parsed from JSON:
 * `{"recipients": [{"email"?, "customer_id"?, "language"?, "attributes"?}, …]}`, each with an
 * e-mail address or a customer id, at most {@link MAX_RECIPIENTS}; an address given twice
 * is refused naming the second.
 *
 * @throws UsageError naming the first field at fault (`recipients[3].email …`)
 */
export function parseRecipients(value: unknown): Recipient[] {
  const result = bodySchema.safeParse(value);
  if (!result.success) {
    throw zodRefusal(result.error.issues[0]!, 'The body', 'an invitation list', (path) =>
      path.length === 0 ? Object.keys(FIELDS).join(', ') : Object.keys(RECIPIENT_FIELDS).join(', '),
    );
  }
  const seen = new Map<string, number>();
  return result.data.recipients.map((recipient, index) => {
    const address = recipient.email?.toLowerCase();
    if (address !== undefined) {
      const first = seen.get(address);
      if (first !== undefined) throw new UsageError(`recipients[${index}].email ${quoted(recipient.email)} is also recipients[${first}].email.`);
      seen.set(address, index);
    }
    return { email: recipient.email, customerId: recipient.customer_id, language: recipient.language, attributes: recipient.attributes };
  });
}

/** What an invitation request did: invitations made, and recipients left out because the survey already invites them (same address or customer id). */
export interface InvitationsCreated {
  created: number;
  alreadyInvited: number;
}

/**
 * Makes one invitation, and so one personal link, per recipient of a survey of the
 * workspace; a recipient the survey already invites (same address, whatever its case, or
 * same customer id) is left out. The language is the recipient's, else English.
 * An employee survey refuses customer ids: its answers stay anonymous.
 *
 * @throws NotFoundError when the workspace has no such survey, UsageError naming the recipient at fault
 */
export async function createInvitations(
  store: Store,
  workspaceId: number,
  surveyId: string,
  recipients: readonly Recipient[],
  now: Date,
): Promise<InvitationsCreated> {
  const survey = await surveyOf(store, workspaceId, surveyId);
  if (survey.audience === 'employees') {
    const index = recipients.findIndex((recipient) => recipient.customerId !== undefined);
    if (index >= 0) throw new UsageError(`recipients[${index}].customer_id is not taken by an employee survey: its answers are anonymous.`);
  }
  return store.transaction(async (session) => {
    const existing = await listInvitations(session, workspaceId, surveyId);
    const addresses = new Set(existing.flatMap((invitation) => (invitation.email === null ? [] : [invitation.email.toLowerCase()])));
    const customers = new Set(existing.flatMap((invitation) => (invitation.customerId === null ? [] : [invitation.customerId])));
    const fresh = recipients.filter(
      (recipient) =>
        !(recipient.email !== undefined && addresses.has(recipient.email.toLowerCase())) &&
        !(recipient.customerId !== undefined && customers.has(recipient.customerId)),
    );
    const invitations: NewInvitation[] = fresh.map((recipient) => ({
      invitationId: newInvitationId(),
      customerId: recipient.customerId ?? null,
      email: recipient.email ?? null,
      language: recipient.language ?? 'en',
      attributes: recipient.attributes ?? {},
    }));
    await insertInvitations(session, workspaceId, surveyId, invitations, now);
    return { created: invitations.length, alreadyInvited: recipients.length - invitations.length };
  });
}

/** One line of the invitations' export: the columns of {@link INVITATION_COLUMNS}, then the recipient's attributes. */
export type InvitationLine = Record<string, string | number | boolean | null>;

/**
 * Every invitation of a survey with its personal link at `origin` (for a mail merge), what
 * became of it (whether it was answered: never for an employee survey), and its attributes; the columns are {@link INVITATION_COLUMNS} and the
 * attribute names in alphabetical order.
 *
 * @throws NotFoundError when the workspace has no such survey
 */
export async function invitationLines(
  store: Store,
  workspaceId: number,
  surveyId: string,
  origin: string,
): Promise<{ columns: string[]; lines: InvitationLine[] }> {
  const survey = await surveyOf(store, workspaceId, surveyId);
  const secret = await workspaceSecret(store, workspaceId, LINK_SECRET);
  const invitations = await listInvitations(store, workspaceId, surveyId);
  // Who answered an employee survey is theirs to know: the export leaves it blank (the reminder alone uses it).
  const anonymous = survey.audience === 'employees';
  const attributeNames = [...new Set(invitations.flatMap((invitation) => Object.keys(invitation.attributes)))].sort();
  const lines = invitations.map((invitation) => ({
    ...Object.fromEntries(attributeNames.map((name) => [name, invitation.attributes[name] ?? null])),
    invitation_id: invitation.invitationId,
    email: invitation.email,
    customer_id: invitation.customerId,
    language: invitation.language,
    link: invitationLink(origin, surveyId, signInvitationToken(secret, surveyId, invitation.invitationId)),
    sent_at: invitation.sentAt,
    reminded_at: invitation.remindedAt,
    answered: anonymous ? null : invitation.answered,
    last_error: invitation.lastError,
  }));
  return { columns: [...INVITATION_COLUMNS, ...attributeNames], lines };
}
