import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { StateError, UsageError } from '../../errors/errors.js';
import { toSpreadsheetCsv } from '../../output/toCsv.js';
import { type Mailer, mailerFromEnvironment } from '../../services/mail/mailer.js';
import { createInvitations, invitationLines, parseRecipients } from '../../services/surveys/invitations.js';
import { parseRecipientsCsv } from '../../services/surveys/recipientsCsv.js';
import { DEFAULT_REMIND_AFTER_DAYS, remindInvitations, type SendOutcome, sendInvitations } from '../../services/surveys/sendInvitations.js';
import { mustBe, zodRefusal } from '../../services/validation/zodFields.js';
import { jsonObject } from '../auth/smallBody.js';
import { publicOrigin } from '../auth/publicOrigin.js';
import type { AppEnv, Route } from '../route.js';

/** The largest list of recipients a request may send: 4 MiB, room for 10,000 recipients of a few hundred bytes each. */
export const MAX_INVITATIONS_BODY_BYTES = 4 * 1024 * 1024;

const invitationsBodyLimit = bodyLimit({
  maxSize: MAX_INVITATIONS_BODY_BYTES,
  onError: (c) => c.json({ error: `The body is larger than ${MAX_INVITATIONS_BODY_BYTES} bytes (4 MiB): send the recipients in several requests.` }, 413),
});

/** The `:id` of the path. */
function surveyId(c: Context<AppEnv>): string {
  const id = c.req.param('id');
  if (id === undefined) throw new UsageError('The path names no survey.');
  return id;
}

/** The recipients of the body: JSON (`{"recipients": […]}`) or CSV (`text/csv`, a header and one line per recipient). */
async function recipientsOf(c: Context<AppEnv>) {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/csv') return parseRecipientsCsv(await c.req.text());
  if (type !== 'application/json') throw new UsageError('The body must be JSON (application/json) or CSV (text/csv).');
  let value: unknown;
  try {
    value = JSON.parse(await c.req.text());
  } catch {
    throw new UsageError('The body is not valid JSON.');
  }
  return parseRecipients(value);
}

const days = mustBe('a whole number of days from 0 to 365');
const remindSchema = z.strictObject(
  { afterDays: z.number({ error: days }).int({ error: days }).min(0, { error: days }).max(365, { error: days }).optional() },
  { error: mustBe('a JSON object') },
);

/** The reminder's delay in days: the body's `afterDays`, or {@link DEFAULT_REMIND_AFTER_DAYS} without a body. */
async function afterDaysOf(c: Context<AppEnv>): Promise<number> {
  if (c.req.header('content-type') === undefined) return DEFAULT_REMIND_AFTER_DAYS;
  const result = remindSchema.safeParse(await jsonObject(c));
  if (!result.success) throw zodRefusal(result.error.issues[0]!, 'The body', 'a reminder', () => 'afterDays');
  return result.data.afterDays ?? DEFAULT_REMIND_AFTER_DAYS;
}

/** Runs a send with the mailer the environment configures, closed afterwards; 409 when mail is not configured. */
async function withMailer(send: (mailer: Mailer) => Promise<SendOutcome>): Promise<SendOutcome> {
  let mailer: Mailer | null;
  try {
    mailer = mailerFromEnvironment();
  } catch (error) {
    throw error instanceof UsageError ? new StateError(`The server cannot send mail: ${error.message}`) : error;
  }
  if (mailer === null)
    throw new StateError(
      'The server sends no mail: set BAROMETRE_SMTP_URL and BAROMETRE_MAIL_FROM to send invitations, or export them as CSV for a mail merge.',
    );
  try {
    return await send(mailer);
  } finally {
    mailer.close();
  }
}

/**
 * The invitations of a survey (docs/surveys.md, "Invitations and personal links"), for its
 * editors: recipients added (JSON or CSV), exported as CSV with their personal links for a
 * mail merge, sent the invitation e-mail, and reminded once.
 */
export const invitationRoutes: readonly Route[] = [
  {
    method: 'POST',
    path: '/api/surveys/:id/invitations',
    access: 'editor',
    before: [invitationsBodyLimit],
    parameters: [],
    async handle(c) {
      const recipients = await recipientsOf(c);
      return c.json(await createInvitations(c.get('store'), c.get('workspaceId'), surveyId(c), recipients, new Date()), 201);
    },
  },
  {
    method: 'GET',
    path: '/api/surveys/:id/invitations.csv',
    access: 'editor',
    parameters: [],
    async handle(c) {
      const id = surveyId(c);
      const { columns, lines } = await invitationLines(c.get('store'), c.get('workspaceId'), id, publicOrigin(c));
      return c.body(toSpreadsheetCsv(lines, columns), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="invitations-${id}.csv"`,
      });
    },
  },
  {
    method: 'POST',
    path: '/api/surveys/:id/invitations/send',
    access: 'editor',
    parameters: [],
    handle: async (c) =>
      c.json(await withMailer((mailer) => sendInvitations(c.get('store'), mailer, c.get('workspaceId'), surveyId(c), publicOrigin(c), new Date()))),
  },
  {
    method: 'POST',
    path: '/api/surveys/:id/invitations/remind',
    access: 'editor',
    parameters: [],
    async handle(c) {
      const afterDays = await afterDaysOf(c);
      return c.json(
        await withMailer((mailer) => remindInvitations(c.get('store'), mailer, c.get('workspaceId'), surveyId(c), publicOrigin(c), afterDays, new Date())),
      );
    },
  },
];
