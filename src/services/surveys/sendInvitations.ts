import { StateError } from '../../errors/errors.js';
import { isLanguage } from '../../output/language.js';
import type { Store } from '../../store/Store.js';
import { type ClaimedInvitation, claimReminders, claimUnsent, countInvitations, releaseClaim } from '../../store/surveys/invitationRows.js';
import { workspaceSecret } from '../../store/workspaceSecrets.js';
import { MailError, type Mailer } from '../mail/mailer.js';
import { type InvitationMailKind, invitationMail } from './invitationMail.js';
import { invitationLink, LINK_SECRET, signInvitationToken } from './invitationToken.js';
import type { LoadedSurvey } from './loadSurvey.js';
import { surveyOf } from './manageSurveys.js';
import { surveyState } from './surveyState.js';

/** What a send did: messages the mail server took, those it did not (recorded on their invitation), and the survey's other invitations, left alone. */
export interface SendOutcome {
  sent: number;
  failed: number;
  skipped: number;
}

/** The reminder's default delay: invitations sent at least 3 days before. */
export const DEFAULT_REMIND_AFTER_DAYS = 3;

/** How many messages are handed to the mailer at once (its pool keeps two connections). */
const PARALLEL_SENDS = 2;

/**
 * Sends the invitation e-mail of every invitation of the survey that has an address and was
 * not sent yet, each in its recipient's language with its personal link at `origin`. The
 * invitations are claimed first, in one statement (marked sent), so that two calls at once
 * send each message once; no transaction stays open while the mail server is talked to. A
 * message the server does not take gives its claim back and records the server's sentence
 * in `last_error`; the others are still sent, and a later call tries it again.
 *
 * @throws NotFoundError when the workspace has no such survey, StateError when it is not open
 */
export async function sendInvitations(store: Store, mailer: Mailer, workspaceId: number, surveyId: string, origin: string, now: Date): Promise<SendOutcome> {
  const survey = await openSurvey(store, workspaceId, surveyId, now);
  const { claims, total } = await store.transaction(async (session) => ({
    claims: await claimUnsent(session, workspaceId, surveyId, now),
    total: await countInvitations(session, workspaceId, surveyId),
  }));
  return deliver(store, mailer, survey, 'invitation', claims, total, origin);
}

/**
 * Sends the one reminder of every invitation of the survey sent at least `afterDays` days
 * before `now`, never reminded, and with no finished answer through its link, as
 * {@link sendInvitations} sends invitations (claimed first, a failure recorded and tried again
 * by a later call).
 *
 * @throws NotFoundError when the workspace has no such survey, StateError when it is not open
 */
export async function remindInvitations(
  store: Store,
  mailer: Mailer,
  workspaceId: number,
  surveyId: string,
  origin: string,
  afterDays: number,
  now: Date,
): Promise<SendOutcome> {
  const survey = await openSurvey(store, workspaceId, surveyId, now);
  const sentBefore = new Date(now.getTime() - afterDays * 86_400_000);
  const { claims, total } = await store.transaction(async (session) => ({
    claims: await claimReminders(session, workspaceId, surveyId, sentBefore, now),
    total: await countInvitations(session, workspaceId, surveyId),
  }));
  return deliver(store, mailer, survey, 'reminder', claims, total, origin);
}

/** The survey, when it takes answers: nobody is invited to a survey that is closed or not open yet. */
async function openSurvey(store: Store, workspaceId: number, surveyId: string, now: Date): Promise<LoadedSurvey> {
  const survey = await surveyOf(store, workspaceId, surveyId);
  const state = surveyState(survey.definition, survey.closedAt, now);
  if (state.status === 'closed') throw new StateError(`The survey closed on ${state.closedOn}: its invitations are no longer sent.`);
  if (state.status === 'scheduled') throw new StateError(`The survey opens on ${state.opensAt}: its invitations are sent once it is open.`);
  return survey;
}

/** Sends the claimed messages, {@link PARALLEL_SENDS} at a time, giving back the claim of each one that fails. */
async function deliver(
  store: Store,
  mailer: Mailer,
  survey: LoadedSurvey,
  kind: InvitationMailKind,
  claims: readonly ClaimedInvitation[],
  total: number,
  origin: string,
): Promise<SendOutcome> {
  const secret = await workspaceSecret(store, survey.workspaceId, LINK_SECRET);
  const outcome: SendOutcome = { sent: 0, failed: 0, skipped: total - claims.length };
  const queue = [...claims];
  const sendNext = async (): Promise<void> => {
    for (let claim = queue.shift(); claim !== undefined; claim = queue.shift()) {
      const link = invitationLink(origin, survey.surveyId, signInvitationToken(secret, survey.surveyId, claim.invitationId));
      const language = isLanguage(claim.language) ? claim.language : 'en';
      try {
        await mailer.sendMail(invitationMail(kind, language, survey.definition.title, link, claim.email));
        outcome.sent += 1;
      } catch (error) {
        if (!(error instanceof MailError)) throw error;
        outcome.failed += 1;
        await releaseClaim(store, survey.workspaceId, claim.invitationId, kind === 'invitation' ? 'sent_at' : 'reminded_at', error.message);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_SENDS }, sendNext));
  return outcome;
}
