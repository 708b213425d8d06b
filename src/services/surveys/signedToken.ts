import { createHmac, timingSafeEqual } from 'node:crypto';

/** The HMAC-SHA256 of an id of a survey, base64url: the survey id is signed too, so a token fits one survey only. */
function mac(secret: string, surveyId: string, id: string): string {
  return createHmac('sha256', secret).update(`${surveyId}\n${id}`).digest('base64url');
}

/** A token carrying an id of a survey (an answer set's, an invitation's): `<id>.<HMAC-SHA256 base64url>` keyed with a workspace secret. */
export function signSurveyToken(secret: string, surveyId: string, id: string): string {
  return `${id}.${mac(secret, surveyId, id)}`;
}

/**
 * The id a token carries when `idPattern` matches it and the token was signed with `secret`
 * for this survey, else null. The signature's text is compared, in constant time: its last
 * character has unused bits, and decoding would take other spellings of it.
 */
export function verifySurveyToken(secret: string, surveyId: string, token: string, idPattern: RegExp): string | null {
  const dot = token.lastIndexOf('.');
  const id = token.slice(0, dot);
  if (dot < 0 || !idPattern.test(id)) return null;
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(secret, surveyId, id));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
