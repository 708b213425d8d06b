import { StateError } from '../../errors/errors.js';
import type { LoadedSurvey } from './loadSurvey.js';
import type { Translated } from './surveyDefinition.js';
import { refuseUnlessOpen } from './surveyState.js';

/** What the on-site widget needs of a survey (GET /s/:id/widget.json): its title, its first NPS question, and its first text question as the follow-up comment. */
export interface WidgetDescription {
  title: Translated;
  nps: { id: string; label: Translated };
  comment: { id: string; label: Translated; required: boolean } | null;
}

/**
 * The on-site widget's description of a survey at `now`, and nothing more of it: the title,
 * the first NPS question and the first text question (the comment the report reads), in both
 * languages. The widget answers those two questions alone, so a survey that requires any
 * other is refused, as is one that is not open, does not take the `widget` channel, or has no
 * NPS question.
 *
 * @throws StateError (HTTP 409) saying why the widget cannot show the survey
 */
export function widgetDescription(survey: LoadedSurvey, now: Date): WidgetDescription {
  const { definition } = survey;
  refuseUnlessOpen(definition, survey.closedAt, now);
  if (!definition.channels.includes('widget')) {
    throw new StateError(`The survey does not take answers from the on-site widget: its channels (${definition.channels.join(', ')}) do not include widget.`);
  }
  const nps = definition.questions.find((question) => question.type === 'nps');
  if (nps === undefined) throw new StateError('The survey has no NPS question for the on-site widget to ask.');
  const comment = definition.questions.find((question) => question.type === 'text');
  const unasked = definition.questions.find((question) => question.required && question !== nps && question !== comment);
  if (unasked !== undefined) {
    throw new StateError(
      `The survey requires an answer to question ${JSON.stringify(unasked.id)}, which the on-site widget does not ask (it asks the first NPS and text questions).`,
    );
  }
  return {
    title: definition.title,
    nps: { id: nps.id, label: nps.label },
    comment: comment === undefined ? null : { id: comment.id, label: comment.label, required: comment.required },
  };
}
