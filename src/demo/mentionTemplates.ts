import type { Language } from '../output/language.js';

/** The sentiment a mention expresses. */
export type MentionSentiment = 'positive' | 'neutral' | 'negative';

/**
 * Short social-media and press texts about a home-goods brand, in French and English, by
 * sentiment; `{brand}` stands for the brand's name. As with survey comments, positive texts
 * hold no complaint and negative texts no praise, so a text analyser finds what was meant.
 */
export const MENTION_TEMPLATES: Readonly<Record<Language, Readonly<Record<MentionSentiment, readonly string[]>>>> = {
  fr: {
    positive: [
      'Je suis fan de {brand}, leurs bougies sentent tellement bon',
      "Super accueil chez {brand} aujourd'hui",
      '{brand} a sorti une collection de linge de lit magnifique',
      'Commande {brand} reçue en 2 jours, top',
      'Coup de cœur pour la nouvelle vaisselle {brand}',
      'Merci {brand} pour le geste commercial, service client au top',
      "Le plaid {brand} est d'une douceur incroyable",
      "Très belle déco chez {brand}, j'ai tout adoré",
    ],
    neutral: [
      "Quelqu'un a déjà commandé chez {brand} ?",
      '{brand} ouvre un nouveau magasin au printemps',
      'Les soldes {brand} commencent mercredi',
      'Vous préférez {brand} ou une autre enseigne pour le linge de lit ?',
      'Article sur la stratégie omnicanale de {brand}',
      '{brand} lance son application mobile',
      'Vu la nouvelle campagne {brand} dans le métro',
    ],
    negative: [
      "Toujours pas reçu ma commande {brand}, trois semaines d'attente…",
      '{brand}, vos prix ont pris 20 % en un an, sérieusement ?',
      'Service client {brand} injoignable depuis une semaine',
      'Déçue par la qualité des draps {brand}, ils boulochent déjà',
      'Retour refusé chez {brand}, je ne commanderai plus',
      'Le site {brand} plante encore au moment de payer',
      'Une heure de queue en caisse chez {brand}, pas normal',
    ],
  },
  en: {
    positive: [
      'In love with my new {brand} bedding',
      'Great service at {brand} today',
      '{brand} candles are the best, smells amazing',
      'Order from {brand} arrived in two days, impressive',
      'The {brand} autumn collection is gorgeous',
    ],
    neutral: [
      'Has anyone tried {brand} tableware?',
      '{brand} is opening a new store next spring',
      '{brand} sale starts on Wednesday',
      'Interesting piece on how {brand} runs its stores and website',
    ],
    negative: [
      'Still waiting for my {brand} order after three weeks',
      '{brand} prices went up again, not worth it',
      'Cannot reach {brand} customer service at all',
      'Disappointed with {brand} sheets, pilling after one wash',
      'The {brand} website crashed twice at checkout',
    ],
  },
};

/** Hashtags some posts end with. */
export const MENTION_HASHTAGS = ['#deco', '#maison', '#homedecor', '#linge', '#artdelatable', '#interiordesign'] as const;
