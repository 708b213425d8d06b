import type { Language } from '../output/language.js';

/**
 * The phrases demo comments are built from, in French and English, by theme. Praise phrases
 * only ever go into comments of satisfied answers; complaint and negation phrases only into
 * unhappy or mixed ones (`composeComment` keeps to this and its tests check it), so a text
 * analyser run on the demo finds sentiment and themes that agree with the scores.
 *
 * No praise phrase contains a complaint phrase, or the reverse: the tests rely on it to tell
 * which templates a comment came from.
 */

/** What a comment talks about; `travail` is the employees' barometer. */
export type CommentTheme = 'livraison' | 'magasin' | 'caisse' | 'produit' | 'prix' | 'site' | 'sav' | 'travail';

export interface CommentTemplates {
  praise: Readonly<Record<CommentTheme, readonly string[]>>;
  complaints: Readonly<Record<CommentTheme, readonly string[]>>;
  /** Whole-sentence negative verdicts, several built on a negation ("pas du tout satisfait"). */
  negations: readonly string[];
  /** Lukewarm verdicts for passives. */
  neutral: readonly string[];
  /** Words that join a good point to a bad one ("bon produit mais livraison lente"). */
  contrasts: readonly string[];
  /** Words that join two points of the same sign. */
  conjunctions: readonly string[];
  positiveClosings: readonly string[];
  negativeClosings: readonly string[];
}

const FRENCH: CommentTemplates = {
  praise: {
    livraison: ['livraison rapide', 'colis reçu en 48 h', 'livreur très sympa', 'emballage soigné', 'suivi du colis clair', 'livré le jour annoncé'],
    magasin: [
      'conseillère en magasin très aimable',
      'vendeur de bon conseil',
      'accueil chaleureux en boutique',
      'magasin joliment agencé',
      'équipe du magasin aux petits soins',
    ],
    caisse: ['passage en caisse rapide', 'caissière souriante', 'paiement sans contact en deux secondes'],
    produit: [
      'qualité du linge au top',
      'draps en lin très doux',
      'la parure "Lin lavé" est superbe',
      'belles finitions',
      'bougies qui sentent divinement bon',
      'vaisselle solide et élégante',
    ],
    prix: ['bon rapport qualité-prix', 'prix corrects pour la qualité', 'belles promotions pendant les soldes', 'avantages fidélité intéressants'],
    site: ['site clair et agréable', 'commande en ligne facile', 'appli pratique', 'paiement en ligne fluide'],
    sav: [
      'SAV très réactif',
      'échange fait en magasin sans difficulté',
      'retour pris en charge en deux clics',
      "service client à l'écoute",
      'remboursé en trois jours',
    ],
    travail: [
      "bonne ambiance dans l'équipe",
      "manager à l'écoute",
      'fière de travailler pour la marque',
      'formations utiles',
      'horaires respectés',
      'collègues solidaires',
    ],
  },
  complaints: {
    livraison: [
      'retard de livraison',
      'colis arrivé abîmé',
      'livraison lente',
      'livreur passé sans sonner',
      'suivi du colis jamais mis à jour',
      'commande arrivée incomplète',
    ],
    magasin: ['personne pour me renseigner en magasin', 'vendeur désagréable', 'rayon en désordre', 'produit en rupture en boutique'],
    caisse: ['attente en caisse interminable', 'une seule caisse ouverte un samedi', 'erreur sur le ticket de caisse'],
    produit: [
      'linge qui bouloche après deux lavages',
      'couleur différente de la photo',
      'vase arrivé fêlé',
      'taille des draps mal indiquée',
      'qualité en baisse',
    ],
    prix: ['prix trop élevés', 'frais de port excessifs', "trop cher pour ce que c'est", 'promotions trompeuses'],
    site: ['site qui plante au paiement', 'appli qui bugue sans arrêt', 'code promo refusé au paiement', 'site très lent'],
    sav: [
      'remboursement qui traîne',
      'impossible de joindre le service client',
      "j'ai dû relancer trois fois",
      'formulaire de retour incompréhensible',
      'réponse du SAV au bout de dix jours',
    ],
    travail: [
      'plannings communiqués trop tard',
      "manque d'effectifs le samedi",
      "salaires qui ne suivent pas l'inflation",
      "aucune perspective d'évolution",
      'charge de travail intenable en décembre',
      'outils informatiques qui rament',
    ],
  },
  negations: ['pas du tout satisfait', 'je ne recommande pas', 'jamais reçu de réponse', "ce n'est pas à la hauteur", 'plus jamais', 'pas satisfaite du tout'],
  neutral: ['correct, sans plus', 'rien à signaler', 'dans la moyenne', "assez bien dans l'ensemble", 'peut mieux faire'],
  contrasts: [' mais ', ', par contre ', ', en revanche ', ' mais alors '],
  conjunctions: [' et ', ', ', ' ; '],
  positiveClosings: ['Je recommande !', 'Merci !', "Bravo à l'équipe.", 'Je reviendrai.', 'Continuez comme ça.'],
  negativeClosings: ['Très déçue.', 'Dommage.', 'Je ne reviendrai pas.', 'Inadmissible.'],
};

const ENGLISH: CommentTemplates = {
  praise: {
    livraison: [
      'fast delivery',
      'parcel arrived in two days',
      'very friendly courier',
      'carefully packed',
      'tracking was clear',
      'delivered on the promised day',
    ],
    magasin: ['very helpful staff in the store', 'the saleswoman gave great advice', 'warm welcome in the shop', 'beautiful store layout'],
    caisse: ['quick checkout at the till', 'friendly cashier', 'contactless payment in seconds'],
    produit: ['great linen quality', 'the sheets are so soft', 'lovely finish', 'candles smell wonderful', 'sturdy and elegant tableware'],
    prix: ['good value for money', 'fair prices for the quality', 'nice discounts during the sales', 'loyalty perks are worth it'],
    site: ['website is clear and pleasant', 'easy online ordering', 'handy app', 'smooth online payment'],
    sav: ['customer service was very responsive', 'exchange done in store without fuss', 'return handled in two clicks', 'refunded within three days'],
    travail: ['great team spirit', 'my manager listens', 'proud to work for the brand', 'useful training', 'supportive colleagues'],
  },
  complaints: {
    livraison: [
      'late delivery',
      'parcel arrived damaged',
      'slow delivery',
      'courier never rang the bell',
      'tracking never updated',
      'order arrived incomplete',
    ],
    magasin: ['no one to help me in the store', 'rude sales assistant', 'messy shelves', 'item out of stock in the shop'],
    caisse: ['endless queue at the till', 'only one till open on a Saturday', 'mistake on the receipt'],
    produit: ['linen pills after two washes', 'colour differs from the picture', 'vase arrived cracked', 'sheet sizes badly labelled', 'quality has dropped'],
    prix: ['prices are too high', 'shipping costs are excessive', 'overpriced for what it is', 'misleading discounts'],
    site: ['website crashes at checkout', 'the app keeps crashing', 'promo code rejected at payment', 'website is very slow'],
    sav: [
      'refund still pending',
      'impossible to reach customer service',
      'had to chase them three times',
      'confusing return form',
      'customer service answered after ten days',
    ],
    travail: [
      'rotas shared far too late',
      'understaffed on Saturdays',
      'pay does not keep up with inflation',
      'no career prospects',
      'unbearable workload in December',
    ],
  },
  negations: ['not satisfied at all', 'I would not recommend', 'never got an answer', 'not up to standard', 'never again'],
  neutral: ['okay, nothing special', 'nothing to report', 'average overall', 'fine on the whole', 'could do better'],
  contrasts: [' but ', ', however ', ', although '],
  conjunctions: [' and ', ', '],
  positiveClosings: ['Highly recommend!', 'Thank you!', 'Well done to the team.', 'Will come back.'],
  negativeClosings: ['Very disappointed.', 'Shame.', 'Will not come back.', 'Unacceptable.'],
};

/** The templates of each language the demo writes comments in. */
export const COMMENT_TEMPLATES: Readonly<Record<Language, CommentTemplates>> = { fr: FRENCH, en: ENGLISH };

/** Emoji some people add: happy ones only to satisfied comments, angry ones only to unhappy ones. */
export const POSITIVE_EMOJI = ['😍', '👍', '🙏', '✨', '😊', '❤️'] as const;
export const NEGATIVE_EMOJI = ['😡', '👎', '😤', '😞', '🙄'] as const;
