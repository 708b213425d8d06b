import type { DemoAudit, StoreCity } from './demoRecords.js';
import { DEMO_MONTHS, DAY_MS, startOfUtcDay, wholeSecond } from './demoPeriod.js';
import { STORE_CITIES } from './places.js';
import type { Prng } from './prng.js';
import { STORE_HOURS, drawTimeOfDay } from './timeOfDay.js';

/** One item of the mystery shopper's grid. */
interface AuditCriterion {
  criterion: string;
  touchpoint: 'accueil' | 'conseil' | 'caisse' | 'SAV';
  maxScore: number;
  weight: number;
  /** How hard the item is to get right: added to the store's latent quality. */
  difficulty: number;
}

/** The grid: eight criteria per visit, over the four touchpoints. */
export const AUDIT_CRITERIA: readonly AuditCriterion[] = [
  { criterion: 'Accueil sous 2 minutes', touchpoint: 'accueil', maxScore: 2, weight: 3, difficulty: 0.3 },
  { criterion: 'Salutation et sourire', touchpoint: 'accueil', maxScore: 2, weight: 1, difficulty: 0.8 },
  { criterion: 'Découverte des besoins', touchpoint: 'conseil', maxScore: 5, weight: 3, difficulty: -0.3 },
  { criterion: 'Connaissance des produits', touchpoint: 'conseil', maxScore: 5, weight: 2, difficulty: 0.2 },
  { criterion: "Proposition d'un produit complémentaire", touchpoint: 'conseil', maxScore: 2, weight: 1, difficulty: -0.6 },
  { criterion: 'Attente en caisse inférieure à 5 minutes', touchpoint: 'caisse', maxScore: 2, weight: 2, difficulty: 0 },
  { criterion: 'Proposition du programme de fidélité', touchpoint: 'caisse', maxScore: 2, weight: 2, difficulty: -0.2 },
  { criterion: "Prise en charge d'un retour produit", touchpoint: 'SAV', maxScore: 5, weight: 3, difficulty: 0 },
];

/** Each store's latent quality (logit of the chance of each point), with its trend over the period. */
const STORE_QUALITY: Readonly<Record<StoreCity, { from: number; to: number }>> = {
  Paris: { from: 0.9, to: 1.0 },
  Lyon: { from: 1.7, to: 1.8 },
  Bordeaux: { from: 1.3, to: 1.3 },
  Lille: { from: 0.3, to: 1.4 },
  Nantes: { from: 1.1, to: 1.3 },
};
/** Paris's tills are the busiest of the chain. */
const PARIS_TILL_PENALTY = -1.2;
/** How much one visit differs from the store's usual level (the shopper's luck, the day's staffing). */
const VISIT_SD = 0.5;

/**
 * The mystery-shopping audits: each of the five stores visited once a month on a working day,
 * each visit scoring the eight criteria of `AUDIT_CRITERIA` (`score` out of `max_score`, with
 * its `weight` and `touchpoint`). Lyon leads, Lille improves sharply, Paris is slow at the tills.
 *
 * @param rng the audits' own random stream.
 * @returns one row per criterion per visit, in time order; visit ids look like `visit-2025-05-lyon`.
 *
 * @example
 * generateAudits(new Prng(1)).length; // 720 (18 months × 5 stores × 8 criteria)
 */
export function generateAudits(rng: Prng): DemoAudit[] {
  const rows: DemoAudit[] = [];
  DEMO_MONTHS.forEach((month, monthIndex) => {
    const progress = monthIndex / (DEMO_MONTHS.length - 1);
    for (const site of STORE_CITIES) {
      const at = wholeSecond(visitDay(rng, month.startMs) + drawTimeOfDay(rng, STORE_HOURS));
      const { from, to } = STORE_QUALITY[site];
      const visitQuality = from + (to - from) * progress + rng.normal(0, VISIT_SD);
      for (const item of AUDIT_CRITERIA) {
        const penalty = site === 'Paris' && item.touchpoint === 'caisse' ? PARIS_TILL_PENALTY : 0;
        const p = 1 / (1 + Math.exp(-(visitQuality + item.difficulty + penalty)));
        let score = 0;
        for (let point = 0; point < item.maxScore; point += 1) if (rng.chance(p)) score += 1;
        rows.push({
          visitId: `visit-${month.key}-${site.toLowerCase()}`,
          site,
          visitedMs: at,
          criterion: item.criterion,
          score,
          maxScore: item.maxScore,
          weight: item.weight,
          touchpoint: item.touchpoint,
        });
      }
    }
  });
  // A stable sort keeps each visit's criteria in grid order.
  rows.sort((a, b) => a.visitedMs - b.visitedMs);
  return rows;
}

/** A Monday-to-Saturday day between the 3rd and the 26th of the month starting at `monthStart`. */
function visitDay(rng: Prng, monthStart: number): number {
  for (;;) {
    const day = startOfUtcDay(monthStart + rng.int(2, 25) * DAY_MS);
    if (new Date(day).getUTCDay() !== 0) return day;
  }
}
