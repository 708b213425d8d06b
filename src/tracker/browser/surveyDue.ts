/**
 * When the tracker loads the on-site survey widget (docs/surveys.md, "On-site widget"). Pure, so
 * that the tracker bundles it and a Node test checks it.
 */

/** The localStorage entry holding when this browser was last shown a survey, in milliseconds since 1970: one entry for all the site's surveys. */
export const SURVEY_SHOWN_ENTRY = 'barometre_survey';

/** The script tag's survey attributes: `data-survey`, `data-survey-share`, `data-survey-days`. */
export interface SurveySettings {
  survey?: string | undefined;
  surveyShare?: string | undefined;
  surveyDays?: string | undefined;
}

/**
 * Whether a survey is due on this page: the site names one, the browser's storage answers
 * (`shownAt` is the stored entry, null when there is none, undefined when storage is out of
 * reach, in which case a survey is never due, since it could not be kept from showing again),
 * no survey was shown within the period (`surveyDays`, default 90 days), and `draw`, uniform
 * in [0, 1), falls under the share (`surveyShare`, default 0.1; a share that is not a number
 * shows nothing).
 */
export function surveyDue(settings: SurveySettings, shownAt: string | null | undefined, now: number, draw: number): boolean {
  return (
    !!settings.survey &&
    shownAt !== undefined &&
    !(now - Number(shownAt) < (Number(settings.surveyDays) || 90) * 864e5) &&
    draw < Number(settings.surveyShare ?? 0.1)
  );
}
