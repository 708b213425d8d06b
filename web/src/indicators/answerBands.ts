import type { Words } from '../i18n/words.js';

/** The bands an answer's score falls in, as GET /api/feedback names them (docs/api.md, `band`). */
export type AnswerBand = 'detractor' | 'passive' | 'promoter' | 'low' | 'high';

/** The bands of each score: NPS and eNPS 0–6, 7–8, 9–10 (Reichheld, 2003); CSAT 1–3 and 4–5; CES 1–4 and 5–7. */
export const BANDS_OF: Record<'nps' | 'enps' | 'csat' | 'ces', readonly AnswerBand[]> = {
  nps: ['detractor', 'passive', 'promoter'],
  enps: ['detractor', 'passive', 'promoter'],
  csat: ['low', 'high'],
  ces: ['low', 'high'],
};

/** Each band's name, with the scores it holds where that is one scale. */
export const BAND_NAMES: Record<AnswerBand, Words> = {
  detractor: { en: 'Detractors (0–6)', fr: 'Détracteurs (0–6)' },
  passive: { en: 'Passives (7–8)', fr: 'Passifs (7–8)' },
  promoter: { en: 'Promoters (9–10)', fr: 'Promoteurs (9–10)' },
  low: { en: 'Low', fr: 'Basse' },
  high: { en: 'High', fr: 'Haute' },
};

/** The title of an NPS or eNPS record's three bands drawn as bars that open their comments. */
export const NPS_BANDS_TITLE: Words = {
  en: 'Detractors, passives, promoters (click for the comments)',
  fr: 'Détracteurs, passifs, promoteurs (cliquez pour les commentaires)',
};

/** The band of an NPS answer (Reichheld, 2003): 0–6 detractor, 7–8 passive, 9–10 promoter. */
export function npsBand(score: number): 'detractor' | 'passive' | 'promoter' {
  return score <= 6 ? 'detractor' : score <= 8 ? 'passive' : 'promoter';
}
