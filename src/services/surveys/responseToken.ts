import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Session } from '../../store/Store.js';
import { workspaceSecret } from '../../store/workspaceSecrets.js';

/** The purpose of the workspace secret that signs continuation tokens (`workspace_secrets.purpose`). */
export const RESPONSE_LINKS = 'response-links';

/** An answer set's id as tokens carry it: letters, digits, `_` and `-` (ids are `r_` and 22 base64url characters). */
const RESPONSE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The HMAC-SHA256 of a survey's answer set, base64url: the survey id is signed too, so a token opens one survey's set only. */
function mac(secret: string, surveyId: string, responseId: string): string {
  return createHmac('sha256', secret).update(`${surveyId}\n${responseId}`).digest('base64url');
}

/**
 * The continuation token of an answer set, which the survey page carries from one page to the
 * next: `<responseId>.<HMAC-SHA256 base64url>`, signed with the workspace's `response-links`
 * secret (made on first use) over the survey id and the answer set's id.
 */
export async function signResponseToken(session: Session, workspaceId: number, surveyId: string, responseId: string): Promise<string> {
  return `${responseId}.${mac(await workspaceSecret(session, workspaceId, RESPONSE_LINKS), surveyId, responseId)}`;
}

/**
 * The answer set's id a continuation token carries, or null when the token was not signed
 * by this workspace for this survey (forged, altered, another survey's or workspace's). The
 * signatures are compared in constant time.
 */
export async function verifyResponseToken(session: Session, workspaceId: number, surveyId: string, token: string): Promise<string | null> {
  const dot = token.lastIndexOf('.');
  const responseId = token.slice(0, dot);
  if (dot < 0 || !RESPONSE_ID.test(responseId)) return null;
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(await workspaceSecret(session, workspaceId, RESPONSE_LINKS), surveyId, responseId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? responseId : null;
}
