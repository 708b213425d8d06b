import { UsageError } from '../../errors/errors.js';
import { isLanguage, LANGUAGES } from '../../output/language.js';
import type { Store } from '../../store/Store.js';
import { findSurveyResponse } from '../../store/surveys/answerRows.js';
import { quoted, storable } from '../validation/zodFields.js';
import { type AnswerReceipt, answerSurvey } from './answerSurvey.js';
import type { LoadedSurvey } from './loadSurvey.js';
import type { Channel, SurveyDefinition } from './surveyDefinition.js';

/** The channels an interviewer enters answers from: the phone and face to face. */
export const INTERVIEW_CHANNELS = ['phone', 'face-to-face'] as const satisfies readonly Channel[];

/** The survey's own channels an interviewer may choose from (none: the survey takes no interviews). */
export function interviewChannels(definition: SurveyDefinition): Channel[] {
  return definition.channels.filter((channel) => (INTERVIEW_CHANNELS as readonly Channel[]).includes(channel));
}

/** An answer set's id as {@link newResponseId} draws it: `r_` and 22 base64url characters (128 bits). */
const RESPONSE_ID = /^r_[A-Za-z0-9_-]{22}$/;

/** The longest customer id an answer carries, as the answer API takes it. */
const MAX_CUSTOMER_ID = 128;

/** One interview as the interviewer's form sends it, every field as text (a multichoice answer as a list). */
export interface InterviewEntry {
  /** The answer set's id, drawn when the form was shown: sending the form twice records one answer set. */
  responseId: string;
  channel: string;
  language: string;
  /** Empty: no customer id. */
  customerId: string;
  /** Question id → the value sent, as {@link answerSurvey} takes it ('' or [] leaves it unanswered). */
  answers: Readonly<Record<string, string | string[]>>;
}

/**
 * Records one phone or face-to-face interview (docs/surveys.md, "Interviews") through
 * {@link answerSurvey}: the channel one of the survey's interview channels, the interviewer's
 * e-mail address kept in `survey_responses.interviewer`, the customer id when given (never for
 * an employee survey). The answer set's id comes from the form, so the same form sent twice
 * replaces its own answers rather than counting twice; an id that already names an answer set
 * not entered by an interviewer is refused, so a form cannot overwrite a respondent's answers.
 *
 * @throws UsageError naming the field at fault (`response_id`, `channel`, `language`,
 *   `customer_id`, `answers.<id>`), StateError when the survey takes no answers
 */
export async function recordInterview(store: Store, survey: LoadedSurvey, entry: InterviewEntry, interviewer: string, now: Date): Promise<AnswerReceipt> {
  if (!RESPONSE_ID.test(entry.responseId)) {
    throw new UsageError({
      en: `response_id ${quoted(entry.responseId)} is not an answer set id drawn by the form: reload the form.`,
      fr: `response_id ${quoted(entry.responseId)} n'est pas un identifiant de réponse tiré par le formulaire : rechargez le formulaire.`,
    });
  }
  const channels = interviewChannels(survey.definition);
  const channel = channels.find((candidate) => candidate === entry.channel);
  if (channel === undefined) {
    throw new UsageError({
      en: `channel ${quoted(entry.channel)} is not an interview channel of this survey (${channels.join(', ') || 'it has none'}).`,
      fr: `channel ${quoted(entry.channel)} n'est pas un canal d'entretien de cette enquête (${channels.join(', ') || "elle n'en a aucun"}).`,
    });
  }
  if (!isLanguage(entry.language)) {
    throw new UsageError({
      en: `language ${quoted(entry.language)} is not ${LANGUAGES.join(' or ')}.`,
      fr: `language ${quoted(entry.language)} n'est pas ${LANGUAGES.join(' ou ')}.`,
    });
  }
  const customerId = entry.customerId.trim();
  if (customerId.length > MAX_CUSTOMER_ID || !storable(customerId)) {
    throw new UsageError({
      en: `customer_id is not a text of at most ${MAX_CUSTOMER_ID} characters.`,
      fr: `customer_id n'est pas un texte d'au plus ${MAX_CUSTOMER_ID} caractères.`,
    });
  }
  const earlier = await findSurveyResponse(store, survey.workspaceId, entry.responseId);
  if (earlier !== null && earlier.interviewer === null) {
    throw new UsageError({
      en: 'response_id names an answer set that was not entered in an interview: reload the form.',
      fr: "response_id désigne une réponse qui n'a pas été saisie en entretien : rechargez le formulaire.",
    });
  }
  return answerSurvey(
    store,
    survey,
    {
      answers: entry.answers,
      channel,
      language: entry.language,
      customerId: customerId === '' ? undefined : customerId,
      interviewer,
      responseId: entry.responseId,
    },
    now,
  );
}
