/**
 * One theme of the taxonomy: its id, its labels, and the terms that mention it in each
 * language. A term is a word or a phrase (words matched consecutively); it is matched by
 * stems, without regard to case or accents, so one form covers its plural and conjugated
 * forms (`livraison` → `livraisons`, `refund` → `refunded`). A term written `=word`
 * matches that exact word only (accents and case still ignored), for words whose stem is
 * shared with an unrelated one (`=booking`: its stem `book` is also the noun *book*).
 */
export interface ThemeDefinition {
  id: string;
  labels: { fr: string; en: string };
  terms: { fr: string[]; en: string[] };
}

/**
 * The default taxonomy: eleven themes of customer feedback, in display order.
 *
 * Choices on ambiguous words (a mention is a mention: negation does not matter):
 * - `service` alone matches no theme (it means the whole experience as often as customer
 *   service); `service client`, `customer service`, `SAV`, `support` do.
 * - `cher` alone is not a price term (`Cher client`); `trop cher`, `pas cher`, `c'est cher`…
 *   are. `livre`/`livres` without an accent is the book, not `livré` (see matchThemes.ts).
 * - Airline words: delays, late flights, queues and time on hold are `waiting_time`; lost or
 *   damaged luggage is `delivery` (the carriage of the customer's goods); booking and
 *   rebooking are `website_and_app`; cancellations and compensation are
 *   `returns_and_refunds`; flight attendants and crew are `staff_and_store`; fares and fees
 *   are `price`; miles and status are `loyalty_programme`.
 * - Damage words (`abîmé`, `cassé`, `damaged`) are `product_quality`; with `colis` or
 *   `parcel` in the same sentence the sentence mentions `delivery` as well.
 */
export const DEFAULT_THEMES: readonly ThemeDefinition[] = [
  {
    id: 'price',
    labels: { fr: 'Prix', en: 'Price' },
    terms: {
      fr: [
        'prix', 'tarif', 'tarification', 'coût', 'coûter', 'coûteux', 'onéreux', 'trop cher', 'pas cher', 'peu cher', 'moins cher',
        'plus cher', 'très cher', 'assez cher', 'un peu cher', 'bien cher', 'hyper cher', 'super cher', 'vraiment cher', 'si cher',
        'aussi cher', 'est cher', 'sont chers', 'cher payé', 'hors de prix', 'prix abordable', 'bon marché', 'promo', 'promotion',
        'réduction', 'remise', 'rabais', 'soldes', 'code promo', 'bon plan', 'rapport qualité-prix', 'qualité prix', 'augmentation',
        'arnaque', 'ruineux', 'économiser', 'budget', 'euros', 'frais de dossier', 'surcoût', 'supplément', 'gratuit',
      ],
      en: [
        'price', 'pricing', 'priced', 'prices', 'cost', 'costly', 'expensive', 'cheap', 'cheaper', 'cheapest', 'overpriced',
        'pricey', 'affordable', 'value for money', 'good value', 'great value', 'poor value', 'worth the money', 'worth it',
        'not worth', 'rip off', 'ripoff', 'discount', 'sale', 'on sale', 'promo', 'promotion', 'coupon', 'good deal', 'great deal',
        'bargain',
        'fare', 'fee', 'fees', 'surcharge', 'extra charge', 'dollars', 'bucks', 'budget', 'inexpensive', 'markup', 'price increase',
      ],
    },
  },
  {
    id: 'delivery',
    labels: { fr: 'Livraison', en: 'Delivery' },
    terms: {
      fr: [
        'livraison', 'livrer', 'livré', 'livrée', 'livrés', 'livrées', 'livreur', 'livreuse', 'colis', 'expédition', 'expédier',
        'expédié', 'expédiée', 'envoi', 'délai de livraison', 'délai', 'délais', 'reçu', 'reçue', 'recevoir', 'reçois', 'réception',
        'transporteur', 'colissimo', 'chronopost', 'la poste', 'point relais', 'relais colis', 'mondial relay', 'suivi de colis',
        'numéro de suivi', 'suivi de commande', 'frais de port', 'frais de livraison', 'jamais arrivé', 'pas arrivé',
        'arrivé cassé', 'arrivé abîmé', 'arrivé endommagé', 'arrivé en retard', 'emballage', 'emballé', 'carton', 'bagage', 'bagages', 'valise', 'perdu ma valise', 'boîte aux lettres',
      ],
      en: [
        'delivery', 'deliveries', 'deliver', 'delivered', 'shipping', 'ship', 'shipped', 'shipment', 'parcel', 'package',
        'packaging', 'packaged', 'courier', 'postman', 'mailman', 'dispatch', 'dispatched', 'tracking', 'tracking number',
        'never received', 'not received', 'haven\'t received', 'have not received', 'received my order', 'never arrived',
        'hasn\'t arrived', 'has not arrived', 'arrived damaged', 'arrived broken', 'arrived late', 'in transit', '=ups', 'fedex', 'dhl', 'usps', 'royal mail',
        'luggage', 'baggage', '=bags', 'my bag', 'checked bag', 'suitcase', 'lost luggage', 'lost bag', 'damaged luggage', 'baggage claim', 'carousel',
        'doorstep', 'mailbox', 'postage', 'shipping cost',
      ],
    },
  },
  {
    id: 'product_quality',
    labels: { fr: 'Qualité des produits', en: 'Product quality' },
    terms: {
      fr: [
        'qualité', 'de qualité', 'mauvaise qualité', 'bonne qualité', 'défaut', 'défectueux', 'défectueuse', 'cassé', 'cassée',
        'abîmé', 'abîmée', 'endommagé', 'rayé', 'taché', 'troué', 'décousu', 'solide', 'fragile', 'robuste', 'matière', 'matériau',
        'tissu', 'coton', 'finition', 'finitions', 'couture', 'coutures', 'durable', 'durabilité', 'usé', 'usure', 'panne',
        'en panne', 'ne marche pas', 'ne fonctionne pas', 'fonctionne', 'fonctionnement', 'tombé en panne', 'conforme',
        'non conforme', 'taille', 'taille petit', 'taille grand', 'fraîcheur', 'périmé', 'goût', 'saveur', 'produit frais',
      ],
      en: [
        'quality', 'poor quality', 'good quality', 'high quality', 'low quality', 'defect', 'defective', 'faulty', 'broken',
        'broke', 'damaged', 'scratched', 'stained', 'torn', 'ripped', 'sturdy', 'flimsy', 'fragile', 'durable', 'material',
        'fabric', 'cotton', 'stitching', 'seams', 'well made', 'cheaply made', 'poorly made', 'stopped working',
        'doesn\'t work', 'not working', 'malfunction', 'worn out', 'fits', 'fit', 'sizing', 'true to size', 'runs small',
        'runs large', 'too small', 'too big', 'too tight', 'too short', 'too long', 'expired', 'stale', 'taste', 'flavour', 'flavor',
      ],
    },
  },
  {
    id: 'customer_service',
    labels: { fr: 'Service client', en: 'Customer service' },
    terms: {
      fr: [
        'service client', 'service clientèle', 'service après-vente', 'service après vente', 'sav', 'relation client',
        'conseiller', 'conseillère', 'téléconseiller', 'support', 'hotline', 'assistance', 'standard', 'au téléphone', 'téléphone',
        'appel', 'appeler', 'appelé', 'rappeler', 'joindre', 'injoignable', 'réclamation', 'plainte', 'ticket sav', 'tchat', 'chat en ligne',
        'réponse', 'répondre', 'répond', 'sans réponse', 'personne ne répond', 'prise en charge', 'résolu', 'résoudre',
        'geste commercial', 'interlocuteur',
      ],
      en: [
        'customer service', 'customer care', 'customer support', 'cust service', 'support', 'helpdesk', 'help desk', 'hotline',
        'helpline', 'call center', 'call centre', 'representative', 'rep', 'agent', 'agents', 'operator', 'on the phone',
        'phone call', 'by phone', 'phone line', 'called',
        'call back', 'calling', 'complaint', 'complain', 'complaints', 'support ticket', 'live chat', 'chat', 'response', 'respond',
        'responded', 'reply', 'replied', 'no answer', 'no response', 'get back to me', 'resolve', 'resolved', 'escalate',
        'supervisor', 'dm', 'direct message',
      ],
    },
  },
  {
    id: 'staff_and_store',
    labels: { fr: 'Personnel et magasin', en: 'Staff and store' },
    terms: {
      fr: [
        'vendeur', 'vendeuse', 'vendeurs', 'personnel', 'équipe', 'employé', 'employée', 'salarié', 'caissier', 'caissière',
        'caisse', 'accueil', 'accueillant', 'souriant', 'souriante', 'aimable', 'désagréable', 'poli', 'impoli', 'serviable',
        'conseils', 'magasin', 'boutique', 'rayon', 'rayons', 'agence', 'en magasin', 'cabine', 'cabines', '=parking', 'propreté',
        'sale', 'hôtesse', 'steward', 'équipage', 'pilote', 'personnel navigant', 'responsable', 'gérant', 'directeur',
      ],
      en: [
        'staff', 'employee', 'employees', 'cashier', 'clerk', 'salesperson', 'sales assistant', 'shop assistant',
        '=friendly', '=unfriendly', 'rude', 'polite', 'impolite', 'helpful', 'unhelpful', 'courteous', 'attitude', 'store', 'shop',
        'branch', 'in store', 'checkout lane', 'fitting room', 'dressing room', 'aisle', 'aisles', '=parking', 'clean', 'dirty',
        'flight attendant', '=attendant', '=attendants', 'crew', 'pilot', 'gate agent', 'manager', 'personnel', 'stewardess',
      ],
    },
  },
  {
    id: 'waiting_time',
    labels: { fr: 'Attente', en: 'Waiting time' },
    terms: {
      fr: [
        'attente', 'attendre', 'attends', 'attend', 'attendu', 'attendons', 'file d\'attente', 'faire la queue', 'queue',
        'en attente', 'patienter', 'patience', 'retard', 'retardé', 'en retard', 'lenteur', 'trop long', 'trop longtemps',
        'longtemps', 'interminable', 'délai d\'attente', 'temps d\'attente', 'heures d\'attente',
        'ponctuel', 'ponctualité', 'à l\'heure', 'tarmac', 'correspondance ratée',
      ],
      en: [
        'wait', 'waiting', 'waited', 'wait time', 'waiting time', 'queue', 'queues', 'long line', 'long lines', 'in line',
        'on hold', 'hold time', 'put on hold', 'delay', 'delays', 'delayed', 'late', 'late flight', 'running late',
        'forever', 'took ages', 'tarmac', 'on time', 'punctual', 'missed connection',
        'missed my connection', 'layover',
      ],
    },
  },
  {
    id: 'website_and_app',
    labels: { fr: 'Site et application', en: 'Website and app' },
    terms: {
      fr: [
        'site', 'site web', 'site internet', 'internet', 'en ligne', 'appli', 'application', 'app', 'bug', 'bugs', 'beug', 'bogue',
        'plante', 'planté', 'mot de passe', 'connexion', 'se connecter', 'identifiant', 'mon compte', 'espace client', 'panier',
        'navigation', 'page web', 'page d\'accueil', 'page de paiement', 'formulaire', 'commander en ligne', 'commande en ligne', 'réservation', 'réserver', 'réservé',
        'ergonomie', 'ergonomique', 'mise à jour', 'télécharger', 'lien cassé',
      ],
      en: [
        'website', 'web site', 'site', 'online', 'app', 'apps', 'application', 'bug', 'bugs', 'buggy', 'crash', 'crashes',
        'crashed', 'crashing', 'glitch', 'login', 'log in', 'logged in', 'sign in', 'password', 'my account', 'account', 'checkout',
        'cart', 'basket', 'web page', 'broken link', '=booking', '=booked', '=rebook', '=rebooked', '=rebooking', 'reservation',
        'online booking', 'check in online', 'app update', 'software update', 'download', 'user friendly', 'interface', 'error message',
      ],
    },
  },
  {
    id: 'payment_and_billing',
    labels: { fr: 'Paiement et facturation', en: 'Payment and billing' },
    terms: {
      fr: [
        'paiement', 'payer', 'payé', 'payée', 'facture', 'factures', 'facturation', 'facturé', 'prélèvement', 'prélevé',
        'débité', 'débit', 'double débit', 'carte bancaire', 'carte bleue', 'cb', 'paypal', 'moyen de paiement', 'virement',
        'chèque', 'espèces', 'échéance', 'abonnement', 'résiliation', 'résilier', 'reçu de paiement', 'ticket de caisse',
        'encaissé', 'en plusieurs fois', 'paiement refusé', 'transaction',
      ],
      en: [
        'payment', 'pay', 'paid', 'paying', 'bill', 'billing', 'billed', 'invoice', 'invoiced', 'charge', 'charged', 'charged twice',
        'overcharged', 'double charged', 'credit card', 'debit card', 'card declined', 'declined', 'paypal', 'apple pay',
        'transaction', 'subscription', 'cancel my subscription', 'receipt', 'direct debit', 'installments', 'bank',
      ],
    },
  },
  {
    id: 'returns_and_refunds',
    labels: { fr: 'Retours et remboursements', en: 'Returns and refunds' },
    terms: {
      fr: [
        'remboursement', 'rembourser', 'remboursé', 'remboursée', 'retourner', 'retourné', 'retour produit', 'retour colis',
        'retour article', 'retour gratuit', 'frais de retour', 'politique de retour', 'bon de retour', 'étiquette de retour',
        'renvoyer', 'renvoyé', 'échange', 'échanger', 'échangé', 'bon d\'achat', 'dédommagement', 'dédommager',
        'indemnisation', 'indemniser', 'compensation', 'annulation', 'annuler', 'annulé', 'annulée', 'rétractation', 'litige',
      ],
      en: [
        'refund', 'refunds', 'refunded', 'money back', 'full refund', 'return', 'returns', 'returned', 'returning', 'return policy',
        'return label', 'send it back', 'sent it back', 'sent back', 'exchange', 'exchanged', 'store credit', 'voucher',
        'compensation', 'compensate', 'reimburse', 'reimbursement', 'cancel', 'cancelled', 'canceled', 'cancellation',
        'chargeback', 'dispute',
      ],
    },
  },
  {
    id: 'loyalty_programme',
    labels: { fr: 'Programme de fidélité', en: 'Loyalty programme' },
    terms: {
      fr: [
        'fidélité', 'carte de fidélité', 'programme de fidélité', 'client fidèle', 'fidèle', 'points de fidélité', 'mes points',
        'cumuler', 'cumul', 'cagnotte', 'avantages', 'avantage client', 'espace membre', 'adhérent', 'adhésion', 'carte membre',
        'club', 'privilège', 'privilèges', 'miles', 'récompense', 'parrainage', 'offre de bienvenue',
      ],
      en: [
        'loyalty', 'loyal', 'loyalty card', 'loyalty program', 'loyalty programme', 'rewards', 'reward points', 'my points',
        'points balance', 'bonus points', 'club member', 'membership', 'club', 'perks', 'benefits', 'miles', 'mileage',
        'frequent flyer', 'frequent flier', 'elite', 'elite status', 'gold status', 'gold member', 'platinum', 'companion pass', 'tier', 'referral',
      ],
    },
  },
  {
    id: 'communication',
    labels: { fr: 'Communication', en: 'Communication' },
    terms: {
      fr: [
        'communication', 'communiquer', 'email', 'e-mail', 'mail', 'mails', 'courriel', 'newsletter', 'sms', 'texto',
        'notification', 'notifications', 'message', 'messages', 'information', 'informations', 'informé', 'informer', 'prévenu',
        'prévenir', 'tenu au courant', 'pas de nouvelles', 'aucune nouvelle', 'courrier', 'publicité', 'pub', 'spam',
        'relance', 'relancé', 'transparence', 'annonce', 'explication', 'explications',
      ],
      en: [
        'communication', 'communicate', 'communicated', 'email', 'emails', 'e-mail', 'mail', 'newsletter', 'text message', 'sms',
        'notification', 'notifications', 'notified', 'message', 'messages', 'information', 'informed', 'inform', 'info',
        'update me', 'kept informed', 'kept in the dark', 'no information', 'heard back', 'never heard', 'spam', 'advertising',
        'ads', 'announcement', 'explanation', 'transparency', 'letter',
      ],
    },
  },
];
