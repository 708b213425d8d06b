import type { Language } from '../../i18n/language.js';

/** The purchase and spend models of docs/clv.md by their API names, with the paper each comes from. */
const MODEL_NAMES: Record<string, { en: string; fr: string }> = {
  bgnbd: { en: 'BG/NBD (Fader, Hardie & Lee, 2005)', fr: 'BG/NBD (Fader, Hardie & Lee, 2005)' },
  pareto: { en: 'Pareto/NBD (Schmittlein, Morrison & Colombo, 1987)', fr: 'Pareto/NBD (Schmittlein, Morrison & Colombo, 1987)' },
  nbd: { en: 'NBD without dropout (Ehrenberg, 1959)', fr: 'NBD sans départ (Ehrenberg, 1959)' },
  'gamma-gamma': { en: 'Gamma-Gamma (Fader, Hardie & Lee, 2005)', fr: 'Gamma-Gamma (Fader, Hardie & Lee, 2005)' },
  'observed-mean': { en: "each customer's observed mean", fr: 'moyenne observée de chaque client' },
};

/** A model's name for people: `bgnbd` → `BG/NBD (Fader, Hardie & Lee, 2005)`; an unknown name as the API gave it. */
export function modelName(model: string, language: Language): string {
  return MODEL_NAMES[model]?.[language] ?? model;
}
