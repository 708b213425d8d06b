import type { Session } from '../../store/Store.js';
import { workspaceSecret } from '../../store/workspaceSecrets.js';
import { signSurveyToken, verifySurveyToken } from './signedToken.js';

/** The purpose of the workspace secret that signs continuation tokens (`workspace_secrets.purpose`). */
export const RESPONSE_LINKS = 'response-links';

/** An answer set's id as tokens carry it: letters, digits, `_` and `-` (ids are `r_` and 22 base64url characters). */
const RESPONSE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The continuation token of an answer set, which the survey page carries from one page to the
 * next: `<responseId>.<HMAC-SHA256 base64url>`, signed with the workspace's `response-links`
 * secret (made on first use) over the survey id and the answer set's id.
 */
export async function signResponseToken(session: Session, workspaceId: number, surveyId: string, responseId: string): Promise<string> {
  return signSurveyToken(await workspaceSecret(session, workspaceId, RESPONSE_LINKS), surveyId, responseId);
}

/**
 * The answer set's id a continuation token carries, or null when the token was not signed
 * by this workspace for this survey (forged, altered, another survey's or workspace's). The
 * signatures are compared in constant time.
 */
export async function verifyResponseToken(session: Session, workspaceId: number, surveyId: string, token: string): Promise<string | null> {
  return verifySurveyToken(await workspaceSecret(session, workspaceId, RESPONSE_LINKS), surveyId, token, RESPONSE_ID);
}
