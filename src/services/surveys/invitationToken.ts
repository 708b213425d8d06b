import { randomBytes } from 'node:crypto';
import { UsageError } from '../../errors/errors.js';
import type { Session } from '../../store/Store.js';
import { findSurveyAnywhere } from '../../store/surveys/surveyRows.js';
import { findInvitation, type InvitationAttributes } from '../../store/surveys/invitationRows.js';
import { workspaceSecret } from '../../store/workspaceSecrets.js';
import { isLanguage, type Language } from '../../output/language.js';
import type { AnswerSubmission } from './answerSurvey.js';
import { signSurveyToken, verifySurveyToken } from './signedToken.js';

/** The purpose of the workspace secret personal links are signed with. */
export const LINK_SECRET = 'invitation-links';

/** A personal link's token as it is written: the invitation id (16 characters), a dot, and the 43 characters of its HMAC-SHA256; anything else is refused before the store is asked. */
const TOKEN = /^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}$/;

/** A new invitation's id: 96 random bits in base64url (16 characters). */
export function newInvitationId(): string {
  return randomBytes(12).toString('base64url');
}

/** An invitation's id as its token carries it. */
const INVITATION_ID = /^[A-Za-z0-9_-]{16}$/;

/** The token of a recipient's personal link: `<invitationId>.<HMAC-SHA256 in base64url>`, over the survey and invitation ids, keyed with the workspace's secret. */
export function signInvitationToken(secret: string, surveyId: string, invitationId: string): string {
  return signSurveyToken(secret, surveyId, invitationId);
}

/** The invitation id a token names when its signature is this survey's under `secret` (compared in constant time), else null. */
export function verifyInvitationToken(secret: string, surveyId: string, token: string): string | null {
  return verifySurveyToken(secret, surveyId, token, INVITATION_ID);
}

/** The answer set of an invitation: one per personal link, so answering again replaces it. */
export function invitationResponseId(invitationId: string): string {
  return `i_${invitationId}`;
}

/** The personal link of a token: the survey's public page at `origin` (`https://host`) with the token as `t`. */
export function invitationLink(origin: string, surveyId: string, token: string): string {
  return `${origin}/s/${encodeURIComponent(surveyId)}?t=${token}`;
}

/** What a personal link gives the answers sent through it. */
export interface ResolvedInvitation {
  invitationId: string;
  workspaceId: number;
  /** The customer the link was made for (null for employees and for links by e-mail alone). */
  customerId: string | null;
  /** Attributes the answers take (team, site…). */
  attributes: InvitationAttributes;
  language: Language;
  /** The answer set of the link, {@link invitationResponseId}. */
  responseId: string;
}

/**
 * The invitation a personal link's token names, when the token was signed for this survey
 * with its workspace's secret and the invitation is one of the survey's; null for a forged,
 * altered or foreign token (nothing tells those apart).
 */
export async function findInvitationByToken(session: Session, surveyId: string, token: string): Promise<ResolvedInvitation | null> {
  if (!TOKEN.test(token)) return null;
  const survey = await findSurveyAnywhere(session, surveyId);
  if (survey === null) return null;
  const invitationId = verifyInvitationToken(await workspaceSecret(session, survey.workspaceId, LINK_SECRET), surveyId, token);
  return invitationId === null ? null : findSurveyInvitation(session, survey.workspaceId, surveyId, invitationId);
}

/**
 * The invitation of an answer set the survey page continues (its id `i_<invitationId>`, from a
 * continuation token already verified), so the later pages of a personal link keep its
 * customer, attributes and language; null for an answer set that came through no link.
 */
export async function invitationOfResponse(session: Session, workspaceId: number, surveyId: string, responseId: string): Promise<ResolvedInvitation | null> {
  const invitationId = responseId.startsWith('i_') ? responseId.slice(2) : '';
  return INVITATION_ID.test(invitationId) ? findSurveyInvitation(session, workspaceId, surveyId, invitationId) : null;
}

/** The workspace's invitation `invitationId` when it is one of the survey's, as a link resolves it. */
async function findSurveyInvitation(session: Session, workspaceId: number, surveyId: string, invitationId: string): Promise<ResolvedInvitation | null> {
  const invitation = await findInvitation(session, workspaceId, invitationId);
  if (invitation === null || invitation.surveyId !== surveyId) return null;
  return {
    invitationId,
    workspaceId,
    customerId: invitation.customerId,
    attributes: invitation.attributes,
    language: isLanguage(invitation.language) ? invitation.language : 'en',
    responseId: invitationResponseId(invitationId),
  };
}

/** The refusal of a personal link that is not one of the survey's. */
export const INVALID_LINK = { en: 'The personal link is not valid for this survey.', fr: 'Le lien personnel n’est pas valable pour cette enquête.' };

/**
 * The invitation of a personal link (the survey page's `?t=`), as {@link findInvitationByToken}.
 *
 * @throws UsageError "The personal link is not valid for this survey." for a forged or foreign token
 */
export async function resolveInvitation(session: Session, surveyId: string, token: string): Promise<ResolvedInvitation> {
  const invitation = await findInvitationByToken(session, surveyId, token);
  if (invitation === null) throw new UsageError(INVALID_LINK);
  return invitation;
}

/**
 * The fields of a submission sent through a personal link (the JSON API's `token`, the survey
 * page's `?t=`), to spread into {@link AnswerSubmission}: the link's own answer set (so a
 * second submission replaces the first), its invitation, its customer and its attributes,
 * which win over those the sender gives.
 */
export function linkSubmission(
  invitation: ResolvedInvitation,
  attributes?: Readonly<InvitationAttributes>,
): Required<Pick<AnswerSubmission, 'responseId' | 'invitationId' | 'attributes'>> & Pick<AnswerSubmission, 'customerId'> {
  return {
    responseId: invitation.responseId,
    invitationId: invitation.invitationId,
    customerId: invitation.customerId ?? undefined,
    attributes: { ...attributes, ...invitation.attributes },
  };
}
