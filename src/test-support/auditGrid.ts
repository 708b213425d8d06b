/**
 * The grid the audit tests share (services, routes, pages): two touchpoints, three criteria
 * with different maxima and weights, so that every weighted sum can be checked by hand.
 */
export const TEST_GRID = {
  name: 'Boutiques 2026',
  touchpoints: [
    {
      id: 'accueil',
      label: { fr: 'Accueil', en: 'Welcome' },
      criteria: [
        { id: 'accueil_sourire', label: { fr: 'Le vendeur sourit', en: 'The seller smiles' }, max_score: 5, weight: 2 },
        { id: 'accueil_delai', label: { fr: 'Attente de moins de 2 minutes', en: 'Waited less than 2 minutes' }, max_score: 1 },
      ],
    },
    {
      id: 'caisse',
      label: { fr: 'Caisse', en: 'Checkout' },
      criteria: [{ id: 'caisse_merci', label: { fr: 'Remerciement', en: 'Thanks' }, max_score: 3, weight: 0.5 }],
    },
  ],
};
