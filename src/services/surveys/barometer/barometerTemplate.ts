import type { Translated } from '../../validation/translated.js';
import { BAROMETER_COMMENT_QUESTION, BAROMETER_DIMENSION_IDS, BAROMETER_ENPS_QUESTION, BAROMETER_ITEMS, type BarometerDimensionId } from './barometerBank.js';

/** One question of the template, as the survey file writes it. */
export interface TemplateQuestion {
  id: string;
  type: 'nps' | 'likert' | 'text';
  label: Translated;
  required?: true;
  page: number;
  dimension?: BarometerDimensionId;
  reverse?: true;
}

/** The employee barometer as a survey file (docs/surveys.md), to edit and give to `barometre surveys create`. */
export interface BarometerTemplate {
  title: Translated;
  theme: string;
  introduction: Translated;
  audience: 'employees';
  channels: ['link', 'email'];
  questions: TemplateQuestion[];
}

/** How many dimensions share a page after the first (which holds the eNPS question and the first dimension). */
const DIMENSIONS_PER_PAGE = 2;

/** The page a dimension's items are on: the first with the eNPS question, then two dimensions a page. */
function pageOfDimension(dimension: BarometerDimensionId): number {
  const index = BAROMETER_DIMENSION_IDS.indexOf(dimension);
  return index === 0 ? 1 : 2 + Math.floor((index - 1) / DIMENSIONS_PER_PAGE);
}

/**
 * The bank's questions in survey order, with their pages: the eNPS question (required) and the
 * engagement items on page 1, the other dimensions two a page, the open comment on the last
 * page with the last dimension (five pages for eight dimensions).
 */
export function barometerQuestions(): TemplateQuestion[] {
  const items: TemplateQuestion[] = BAROMETER_ITEMS.map((item) => ({
    id: item.id,
    type: 'likert',
    label: { ...item.label },
    page: pageOfDimension(item.dimension),
    dimension: item.dimension,
    ...(item.reverse ? { reverse: true as const } : {}),
  }));
  const lastPage = Math.max(...items.map((item) => item.page));
  return [
    { id: BAROMETER_ENPS_QUESTION.id, type: 'nps', label: { ...BAROMETER_ENPS_QUESTION.label }, required: true, page: 1 },
    ...items,
    { id: BAROMETER_COMMENT_QUESTION.id, type: 'text', label: { ...BAROMETER_COMMENT_QUESTION.label }, page: lastPage },
  ];
}

/**
 * The employee barometer survey file built from the bank (`barometre surveys template
 * barometer`): audience `employees`, public and personal links, an introduction that states
 * the anonymity rule, and {@link barometerQuestions}. `parseSurveyDefinition` accepts it as it is.
 */
export function barometerTemplate(): BarometerTemplate {
  return {
    title: { fr: 'Baromètre interne', en: 'Employee barometer' },
    theme: 'Engagement and working life of the staff',
    introduction: {
      fr: 'Dix minutes pour dire comment vous vivez votre travail. Vos réponses sont anonymes : elles ne sont montrées que par groupes d’au moins 5 personnes.',
      en: 'Ten minutes to say how your work is going. Your answers are anonymous: they are only shown for groups of 5 people or more.',
    },
    audience: 'employees',
    channels: ['link', 'email'],
    questions: barometerQuestions(),
  };
}
