/**
 * A two-page customer survey with every kind of question (for the survey page's tests):
 * scales on page 1 (NPS required, CSAT in stars and in smileys, CES, a 1–10 rating as buttons,
 * a 0–100 rating as a number field), the others on page 2 (Likert, choice, multichoice, a
 * required text).
 */
export const EVERY_QUESTION_SURVEY = {
  title: { fr: 'Votre expérience chez Maison Dupont', en: 'Your experience at Maison Dupont' },
  introduction: {
    fr: 'Deux minutes suffisent. Vos réponses nous aident à améliorer nos magasins et notre site.',
    en: 'It takes two minutes. Your answers help us improve our shops and our website.',
  },
  audience: 'customers',
  channels: ['link', 'email'],
  questions: [
    {
      id: 'nps',
      type: 'nps',
      required: true,
      label: {
        fr: 'Quelle est la probabilité que vous recommandiez Maison Dupont à un ami ou un collègue\u00A0?',
        en: 'How likely are you to recommend Maison Dupont to a friend or colleague?',
      },
    },
    { id: 'stars', type: 'csat', label: { fr: 'Êtes-vous satisfait de votre dernier achat\u00A0?', en: 'How satisfied are you with your last purchase?' } },
    {
      id: 'smileys',
      type: 'csat',
      display: 'smileys',
      label: { fr: "Êtes-vous satisfait de l'accueil en magasin\u00A0?", en: 'How satisfied are you with the welcome in the shop?' },
    },
    { id: 'effort', type: 'ces', label: { fr: 'Était-il facile de régler votre demande\u00A0?', en: 'How easy was it to handle your request?' } },
    { id: 'delivery', type: 'rating', min: 1, max: 10, label: { fr: 'Notez la livraison', en: 'Rate the delivery' } },
    {
      id: 'percent',
      type: 'rating',
      min: 0,
      max: 100,
      label: { fr: 'Quelle part de vos achats faites-vous chez nous\u00A0?', en: 'What share of your purchases do you make with us?' },
    },
    { id: 'agree', type: 'likert', page: 2, label: { fr: 'Nos vendeurs sont compétents.', en: 'Our sales staff are competent.' } },
    {
      id: 'where',
      type: 'choice',
      page: 2,
      label: { fr: 'Où avez-vous acheté\u00A0?', en: 'Where did you buy?' },
      options: [
        { id: 'web', label: { fr: 'Sur le site', en: 'On the website' } },
        { id: 'shop', label: { fr: 'En magasin', en: 'In a shop' } },
        { id: 'phone', label: { fr: 'Par téléphone', en: 'By phone' } },
      ],
    },
    {
      id: 'topics',
      type: 'multichoice',
      page: 2,
      label: { fr: 'Qu’avez-vous apprécié\u00A0?', en: 'What did you like?' },
      options: [
        { id: 'price', label: { fr: 'Les prix', en: 'The prices' } },
        { id: 'choice', label: { fr: 'Le choix', en: 'The choice' } },
        { id: 'advice', label: { fr: 'Les conseils', en: 'The advice' } },
        { id: 'speed', label: { fr: 'La rapidité', en: 'The speed' } },
      ],
    },
    { id: 'why', type: 'text', page: 2, required: true, label: { fr: 'Pourquoi cette note\u00A0?', en: 'Why this score?' } },
  ],
};
