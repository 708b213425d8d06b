import type { Language } from '../../../output/language.js';
import type { Translated } from '../../validation/translated.js';

/**
 * The question bank of the employee barometer (docs/surveys.md, "The employee barometer"):
 * its dimensions and their agreement items, written for Baromètre in French and English.
 * No item is taken from a proprietary or copyrighted instrument (Gallup Q12, the UWES,
 * commercial engagement surveys): each dimension follows a research construct, named in
 * `construct` with its source, and its items are our own wording of it.
 */

/** The dimensions' ids, in the order the survey asks them. */
export const BAROMETER_DIMENSION_IDS = ['engagement', 'management', 'recognition', 'workload', 'growth', 'pay', 'belonging', 'communication'] as const;
export type BarometerDimensionId = (typeof BAROMETER_DIMENSION_IDS)[number];

/** One dimension of the barometer: its id (the items' `dimension`), its name in both languages and the construct it follows. */
export interface BarometerDimension {
  id: BarometerDimensionId;
  label: Translated;
  /** The research construct the items follow, and where it is defined. */
  construct: string;
}

/** One agreement item (Likert 1–5, 5 = strongly agree) of the bank. */
export interface BarometerItem {
  /** The question id the template gives it (stable: answers of two waves compare by it). */
  id: string;
  dimension: BarometerDimensionId;
  label: Translated;
  /** Worded against the dimension: its answer counts as 6 − answer. */
  reverse?: true;
}

/** The dimensions, with their labels and constructs. */
export const BAROMETER_DIMENSIONS: readonly BarometerDimension[] = [
  {
    id: 'engagement',
    label: { fr: 'Engagement', en: 'Engagement' },
    construct:
      'Work engagement as vigour, dedication and absorption (Schaufeli, Salanova, González-Romá & Bakker 2002), with pride and the intention to stay of affective commitment (Meyer & Allen 1991)',
  },
  {
    id: 'management',
    label: { fr: 'Management', en: 'Management' },
    construct:
      "Perceived supervisor support (Kottke & Sharafinski 1988) and the quality of the leader–member exchange (Graen & Uhl-Bien 1995); the manager's fairness as interpersonal justice (Colquitt 2001)",
  },
  {
    id: 'recognition',
    label: { fr: 'Reconnaissance', en: 'Recognition' },
    construct: 'The esteem reward of the effort–reward imbalance model (Siegrist 1996) and perceived organisational support (Eisenberger et al. 1986)',
  },
  {
    id: 'workload',
    label: { fr: 'Charge de travail et bien-être', en: 'Workload and well-being' },
    construct:
      'Job demands and their strain in the job demands–resources model (Bakker & Demerouti 2007), exhaustion as the core of burnout (Maslach, Schaufeli & Leiter 2001), work–life balance',
  },
  {
    id: 'growth',
    label: { fr: 'Développement', en: 'Growth' },
    construct:
      'Development opportunities as a job resource (Bakker & Demerouti 2007) and perceived career opportunity (Kraimer, Seibert, Wayne, Liden & Bravo 2011)',
  },
  {
    id: 'pay',
    label: { fr: 'Rémunération et avantages', en: 'Pay and benefits' },
    construct: "Pay satisfaction's level, benefits and administration (Heneman & Schwab 1985), judged as equity (Adams 1965)",
  },
  {
    id: 'belonging',
    label: { fr: 'Appartenance', en: 'Belonging' },
    construct: 'The need to belong (Baumeister & Leary 1995) and inclusion as belonging while staying oneself (Shore et al. 2011); co-worker support',
  },
  {
    id: 'communication',
    label: { fr: 'Communication', en: 'Communication' },
    construct: 'Information adequacy of internal communication (Rosenfeld, Richman & May 2004) and employee voice (Morrison 2011)',
  },
];

/** The agreement items, dimension by dimension (3 to 5 each, at least one reverse-keyed). */
export const BAROMETER_ITEMS: readonly BarometerItem[] = [
  {
    id: 'eng_energy',
    dimension: 'engagement',
    label: { fr: 'La plupart des jours, je commence ma journée de travail avec énergie.', en: 'Most days, I start my working day with energy.' },
  },
  { id: 'eng_meaning', dimension: 'engagement', label: { fr: 'Ce que je fais au travail a du sens pour moi.', en: 'What I do at work matters to me.' } },
  {
    id: 'eng_absorbed',
    dimension: 'engagement',
    label: {
      fr: 'Quand je suis pris·e par une tâche, je ne vois pas le temps passer.',
      en: 'When I am caught up in a task, time goes by without my noticing.',
    },
  },
  { id: 'eng_pride', dimension: 'engagement', label: { fr: 'Je suis fier·ère de dire où je travaille.', en: 'I am proud to tell people where I work.' } },
  {
    id: 'eng_leave',
    dimension: 'engagement',
    label: { fr: 'Je pense souvent à quitter l’entreprise.', en: 'I often think about leaving the company.' },
    reverse: true,
  },
  {
    id: 'mgt_support',
    dimension: 'management',
    label: { fr: 'Mon ou ma manager m’aide quand je rencontre une difficulté.', en: 'My manager helps me when I run into a difficulty.' },
  },
  {
    id: 'mgt_feedback',
    dimension: 'management',
    label: { fr: 'Mon ou ma manager me fait des retours utiles sur mon travail.', en: 'My manager gives me useful feedback on my work.' },
  },
  {
    id: 'mgt_fair',
    dimension: 'management',
    label: { fr: 'Mon ou ma manager traite les membres de l’équipe avec équité.', en: 'My manager treats the members of the team fairly.' },
  },
  {
    id: 'mgt_unavailable',
    dimension: 'management',
    label: {
      fr: 'Il est difficile d’obtenir du temps de mon ou ma manager quand j’en ai besoin.',
      en: 'It is hard to get time with my manager when I need it.',
    },
    reverse: true,
  },
  {
    id: 'rec_noticed',
    dimension: 'recognition',
    label: { fr: 'Quand je fais du bon travail, cela se remarque.', en: 'When I do good work, it gets noticed.' },
  },
  {
    id: 'rec_thanked',
    dimension: 'recognition',
    label: { fr: 'Les personnes avec qui je travaille me remercient de ce que j’apporte.', en: 'The people I work with thank me for what I bring.' },
  },
  {
    id: 'rec_efforts',
    dimension: 'recognition',
    label: { fr: 'L’entreprise tient compte des efforts que je fournis.', en: 'The company takes the efforts I make into account.' },
  },
  {
    id: 'rec_taken_for_granted',
    dimension: 'recognition',
    label: { fr: 'J’ai le sentiment que mon travail va de soi pour tout le monde.', en: 'I feel my work is taken for granted.' },
    reverse: true,
  },
  {
    id: 'wl_manageable',
    dimension: 'workload',
    label: { fr: 'Ma charge de travail tient dans mon temps de travail.', en: 'My workload fits within my working hours.' },
  },
  {
    id: 'wl_rush',
    dimension: 'workload',
    label: { fr: 'Je dois régulièrement me presser pour finir mon travail.', en: 'I regularly have to rush to get my work done.' },
    reverse: true,
  },
  {
    id: 'wl_exhausted',
    dimension: 'workload',
    label: { fr: 'Je finis souvent ma journée de travail épuisé·e.', en: 'I often end my working day exhausted.' },
    reverse: true,
  },
  {
    id: 'wl_balance',
    dimension: 'workload',
    label: {
      fr: 'Mon travail me laisse assez de temps et d’énergie pour ma vie personnelle.',
      en: 'My job leaves me enough time and energy for my life outside work.',
    },
  },
  {
    id: 'gro_skills',
    dimension: 'growth',
    label: { fr: 'Mon poste me permet de développer de nouvelles compétences.', en: 'My job lets me build new skills.' },
  },
  {
    id: 'gro_training',
    dimension: 'growth',
    label: { fr: 'Je reçois la formation dont j’ai besoin pour bien faire mon travail.', en: 'I get the training I need to do my job well.' },
  },
  {
    id: 'gro_future',
    dimension: 'growth',
    label: { fr: 'Je vois un avenir pour ma carrière dans l’entreprise.', en: 'I can see a future for my career in the company.' },
  },
  {
    id: 'gro_stuck',
    dimension: 'growth',
    label: { fr: 'Je me sens bloqué·e dans mon poste actuel.', en: 'I feel stuck in my current position.' },
    reverse: true,
  },
  {
    id: 'pay_fair',
    dimension: 'pay',
    label: { fr: 'Ma rémunération est juste au regard du travail que je fais.', en: 'My pay is fair for the work I do.' },
  },
  {
    id: 'pay_market',
    dimension: 'pay',
    label: { fr: 'Ma rémunération soutient la comparaison avec des postes semblables ailleurs.', en: 'My pay compares well with similar jobs elsewhere.' },
  },
  {
    id: 'pay_benefits',
    dimension: 'pay',
    label: {
      fr: 'Les avantages (mutuelle, congés, avantages sociaux) répondent à mes besoins.',
      en: 'The benefits (health cover, leave, perks) meet my needs.',
    },
  },
  {
    id: 'pay_unclear',
    dimension: 'pay',
    label: { fr: 'Je ne comprends pas comment les augmentations sont décidées.', en: 'I do not understand how pay rises are decided.' },
    reverse: true,
  },
  { id: 'bel_team', dimension: 'belonging', label: { fr: 'Je me sens membre à part entière de mon équipe.', en: 'I feel a full member of my team.' } },
  { id: 'bel_myself', dimension: 'belonging', label: { fr: 'Je peux être moi-même au travail.', en: 'I can be myself at work.' } },
  {
    id: 'bel_mutual_help',
    dimension: 'belonging',
    label: { fr: 'Mes collègues s’entraident quand l’un ou l’une de nous est débordé·e.', en: 'My colleagues help each other when one of us is swamped.' },
  },
  {
    id: 'bel_left_out',
    dimension: 'belonging',
    label: { fr: 'Il m’arrive de me sentir mis·e à l’écart au travail.', en: 'I sometimes feel left out at work.' },
    reverse: true,
  },
  {
    id: 'com_informed',
    dimension: 'communication',
    label: { fr: 'Je suis informé·e à temps des décisions qui touchent mon travail.', en: 'I am told in good time about decisions that affect my work.' },
  },
  {
    id: 'com_direction',
    dimension: 'communication',
    label: { fr: 'Je comprends dans quelle direction va l’entreprise.', en: 'I understand which way the company is heading.' },
  },
  {
    id: 'com_voice',
    dimension: 'communication',
    label: { fr: 'Je peux faire remonter un problème ou une idée et être écouté·e.', en: 'I can raise a problem or an idea and be listened to.' },
  },
  {
    id: 'com_second_hand',
    dimension: 'communication',
    label: { fr: 'J’apprends souvent les nouvelles importantes par la bande.', en: 'I often hear important news second-hand.' },
    reverse: true,
  },
];

/** The barometer's eNPS question (0–10; Reichheld 2003's recommendation question, asked of the workplace). */
export const BAROMETER_ENPS_QUESTION = {
  id: 'enps',
  label: {
    fr: 'Recommanderiez-vous l’entreprise comme employeur à un ami ou un proche ?',
    en: 'How likely are you to recommend the company as a place to work to a friend or relative?',
  },
} as const;

/** The barometer's open comment, which the feedback analysis reads with the HR themes. */
export const BAROMETER_COMMENT_QUESTION = {
  id: 'comment',
  label: {
    fr: 'Qu’est-ce qui améliorerait le plus votre quotidien au travail ?',
    en: 'What would most improve your day-to-day at work?',
  },
} as const;

/** The dimension with this id, or undefined. */
export function barometerDimension(id: string): BarometerDimension | undefined {
  return BAROMETER_DIMENSIONS.find((dimension) => dimension.id === id);
}

/** How dimension `id` is named for people in `language`: the bank's label, else the id itself (a dimension a survey made up). */
export function dimensionName(id: string, language: Language): string {
  return barometerDimension(id)?.label[language] ?? id;
}
