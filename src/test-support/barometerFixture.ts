import { FIRST_FAVOURABLE_ANSWER, respondentDimensionScores, scoredAnswer } from '../indicators/barometer/likertScores.js';
import type { PairSums } from '../indicators/stats/correlation.js';
import type { EmployeeEngagementStatistics, EngagementDimensionStatistics, ScoreSums } from '../indicators/statistics.js';

/**
 * A small employee barometer with hand-checked results, shared by the pure functions' tests and
 * the store's (both engines): two dimensions, `engagement` (e1, and e2 worded against it) and
 * `recognition` (r1–r3), an eNPS question, six employees, the sixth leaving r3 unanswered.
 */
export const BAROMETER_SURVEY = {
  title: { fr: 'Baromètre interne', en: 'Staff barometer' },
  audience: 'employees',
  channels: ['link'],
  opensAt: '2026-03-01',
  questions: [
    { id: 'q_enps', type: 'nps', label: { fr: 'Recommanderiez-vous l’entreprise ?', en: 'Would you recommend us as a place to work?' } },
    { id: 'e1', type: 'likert', dimension: 'engagement', label: { fr: 'Je suis fier de travailler ici', en: 'I am proud to work here' } },
    { id: 'e2', type: 'likert', dimension: 'engagement', reverse: true, label: { fr: 'Je pense souvent à partir', en: 'I often think of leaving' } },
    { id: 'r1', type: 'likert', dimension: 'recognition', label: { fr: 'Mon travail est reconnu', en: 'My work is recognised' } },
    { id: 'r2', type: 'likert', dimension: 'recognition', label: { fr: 'On me remercie', en: 'I am thanked' } },
    { id: 'r3', type: 'likert', dimension: 'recognition', label: { fr: 'Mes efforts comptent', en: 'My efforts count' } },
  ],
};

/** The six answer sets (raw answers, before e2's reversal). */
export const BAROMETER_ANSWERS: readonly Readonly<Record<string, number>>[] = [
  { q_enps: 10, e1: 5, e2: 1, r1: 4, r2: 4, r3: 5 },
  { q_enps: 8, e1: 4, e2: 2, r1: 3, r2: 4, r3: 3 },
  { q_enps: 6, e1: 3, e2: 3, r1: 2, r2: 2, r3: 3 },
  { q_enps: 3, e1: 2, e2: 4, r1: 2, r2: 1, r3: 2 },
  { q_enps: 9, e1: 4, e2: 1, r1: 4, r2: 3, r3: 4 },
  { q_enps: 2, e1: 1, e2: 5, r1: 1, r2: 2 },
];

/**
 * What the barometer of {@link BAROMETER_ANSWERS} is, worked out by hand (and checked with
 * Python's statistics module and scipy.stats.t):
 * - engagement scores 5, 4, 3, 2, 4.5, 1 (mean 3.25 → 56.25); 6 of 12 answers at 4–5 → 50 %;
 * - recognition scores 13/3, 10/3, 7/3, 5/3, 11/3, 1.5 (mean 2.80556 → 45.1389); 6 of 17 → 35.29 %;
 * - overall value (56.25 + 45.1389) / 2 = 50.6944; 12 of 29 answers favourable → 41.38 %;
 * - α engagement 0.98246 over 6 respondents; α recognition 0.91176 over the 5 who answered r1–r3.
 */
export const BAROMETER_EXPECTED = {
  value: 50.69444444444444,
  ci95: [15.640454729211726, 85.74843415967716],
  favourable: (100 * 12) / 29,
  favourableCi95: [25.5131773413224, 59.26216401212141],
  engagement: {
    value: 56.25,
    ci95: [15.817776538815536, 96.68222346118446],
    favourable: 50,
    favourableCi95: [25.37815976337061, 74.6218402366294],
    alpha: 0.9824561403508774,
    alphaN: 6,
    items: 2,
    answers: 12,
  },
  recognition: {
    value: 45.138888888888886,
    ci95: [15.044815267447031, 75.23296251033074],
    favourable: (100 * 6) / 17,
    favourableCi95: [17.30972039724375, 58.69963651478132],
    alpha: 0.9117647058823528,
    alphaN: 5,
    items: 3,
    answers: 17,
  },
  /** Pearson's r: recognition with engagement, engagement with eNPS, recognition with eNPS (n = 6), and the Fisher-z intervals. */
  recognitionWithEngagement: { r: 0.9758254290460399, ci95: [0.7895118446910576, 0.9974578279288308] },
  engagementWithEnps: { r: 0.9933992677987827, ci95: [0.93829772388062, 0.9993113550433274] },
  recognitionWithEnps: { r: 0.9817162082709976, ci95: [0.837058858154428, 0.9980824119222966] },
} as const;

/** The fixture's items: dimension and reversal by question id. */
const ITEMS: Readonly<Record<string, { dimension: string; reverse: boolean }>> = Object.fromEntries(
  BAROMETER_SURVEY.questions.flatMap((question) =>
    'dimension' in question && question.dimension !== undefined
      ? [[question.id, { dimension: question.dimension, reverse: 'reverse' in question && question.reverse === true }]]
      : [],
  ),
);

/** Σ, Σ² and count of values. */
function sums(values: readonly number[]): ScoreSums {
  return { n: values.length, sum: values.reduce((a, b) => a + b, 0), sumSquares: values.reduce((a, b) => a + b * b, 0) };
}

/** Pair sums of (x, y) pairs. */
function pairSums(pairs: readonly (readonly [number, number])[]): PairSums {
  const add = (f: (pair: readonly [number, number]) => number) => pairs.reduce((sum, pair) => sum + f(pair), 0);
  return {
    n: pairs.length,
    sumX: add(([x]) => x),
    sumY: add(([, y]) => y),
    sumXX: add(([x]) => x * x),
    sumYY: add(([, y]) => y * y),
    sumXY: add(([x, y]) => x * y),
  };
}

/**
 * The sufficient statistics of answer sets of {@link BAROMETER_SURVEY}, computed row by row in
 * TypeScript: the reference the store's SQL is checked against.
 */
export function barometerStatistics(answerSets: readonly Readonly<Record<string, number>>[]): EmployeeEngagementStatistics {
  const respondents = answerSets.map((answers) => ({
    enps: answers.q_enps ?? null,
    scores: respondentDimensionScores(Object.entries(answers).flatMap(([id, answer]) => (ITEMS[id] === undefined ? [] : [{ ...ITEMS[id]!, answer }]))),
    answers,
  }));
  const names = [...new Set(Object.values(ITEMS).map((item) => item.dimension))];
  const dimensions: Record<string, EngagementDimensionStatistics> = {};
  for (const name of names) {
    const ids = Object.keys(ITEMS)
      .filter((id) => ITEMS[id]!.dimension === name)
      .sort();
    const scored = (answers: Readonly<Record<string, number>>, id: string) => scoredAnswer(answers[id]!, ITEMS[id]!.reverse);
    const own = respondents.filter((respondent) => respondent.scores.has(name));
    const itemAnswers = own.flatMap(({ answers }) => ids.filter((id) => answers[id] !== undefined).map((id) => scored(answers, id)));
    const complete = own.filter(({ answers }) => ids.every((id) => answers[id] !== undefined));
    const withEngagement = own.filter((respondent) => respondent.scores.has('engagement'));
    dimensions[name] = {
      items: ids.length,
      scores: sums(own.map((respondent) => respondent.scores.get(name)!)),
      answers: itemAnswers.length,
      favourableAnswers: itemAnswers.filter((answer) => answer >= FIRST_FAVOURABLE_ANSWER).length,
      alpha: {
        respondents: complete.length,
        items: ids.map((id) => {
          const values = complete.map(({ answers }) => scored(answers, id));
          const { sum, sumSquares } = sums(values);
          return { sum, sumSquares };
        }),
        sumTotals: sums(complete.map(({ answers }) => ids.reduce((total, id) => total + scored(answers, id), 0))).sum,
        sumSquaredTotals: sums(complete.map(({ answers }) => ids.reduce((total, id) => total + scored(answers, id), 0))).sumSquares,
      },
      withEnps: pairSums(own.filter((respondent) => respondent.enps !== null).map((respondent) => [respondent.scores.get(name)!, respondent.enps!] as const)),
      ...(name === 'engagement'
        ? {}
        : { withEngagement: pairSums(withEngagement.map((respondent) => [respondent.scores.get(name)!, respondent.scores.get('engagement')!] as const)) }),
    };
  }
  const overall = respondents
    .filter((respondent) => respondent.scores.size > 0)
    .map((respondent) => [...respondent.scores.values()].reduce((a, b) => a + b, 0) / respondent.scores.size);
  return { scores: sums(overall), dimensions };
}

/** An employee survey with every employee figure: eNPS, CSAT, CES and two Likert items. */
export const EMPLOYEE_FIGURES_SURVEY = {
  title: { fr: 'Pulse', en: 'Pulse' },
  audience: 'employees',
  channels: ['link'],
  opensAt: '2026-03-01',
  questions: [
    { id: 'q_enps', type: 'nps', label: { fr: 'Recommanderiez-vous ?', en: 'Would you recommend?' } },
    { id: 'q_csat', type: 'csat', label: { fr: 'Satisfait ?', en: 'Satisfied?' } },
    { id: 'q_ces', type: 'ces', label: { fr: 'Facile ?', en: 'Easy?' } },
    { id: 'e1', type: 'likert', dimension: 'engagement', label: { fr: 'Fier', en: 'Proud' } },
    { id: 'r1', type: 'likert', dimension: 'recognition', label: { fr: 'Reconnu', en: 'Recognised' } },
  ],
};

/**
 * 22 employees answering every question of {@link EMPLOYEE_FIGURES_SURVEY}: team A 4, team B 12
 * (4 of them at the Lyon site), team C 6; everyone else in Paris. The adversarial cases of the
 * anonymity rules: a group of 4 (team A, Lyon), and filters whose difference with a wider report is 4
 * (site=paris against all: 18 of 22; team=B and site=paris against team=B: 8 of 12).
 */
export const EMPLOYEE_FIGURES_ANSWERS: readonly { answers: Record<string, number>; attributes: Record<string, string> }[] = [
  ...Array.from({ length: 4 }, (_, index) => ({ team: 'A', site: 'paris', index })),
  ...Array.from({ length: 12 }, (_, index) => ({ team: 'B', site: index < 4 ? 'lyon' : 'paris', index })),
  ...Array.from({ length: 6 }, (_, index) => ({ team: 'C', site: 'paris', index })),
].map(({ team, site, index }) => ({
  answers: { q_enps: (index * 3) % 11, q_csat: 1 + (index % 5), q_ces: 1 + (index % 7), e1: 1 + (index % 5), r1: 1 + ((index + 2) % 5) },
  attributes: { team, site },
}));
