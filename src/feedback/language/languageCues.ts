/**
 * Word cues for short texts, where trigram statistics are weak: function words (articles,
 * pronouns, prepositions, auxiliaries, negations) and, for French and English, the words
 * customers write most in reviews and support messages. Lower-case and without accents,
 * since short informal texts often drop them. A word listed for several languages counts
 * for each; words that are common in both French and English (`a`, `on`, `me`, `ne`,
 * `service`, `super`, `top`, `stock`) are listed for neither.
 */
export const CUE_WORDS: Readonly<Record<string, readonly string[]>> = {
  fr: [
    // function words
    'le', 'la', 'les', 'de', 'en', 'y', 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes',
    'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'je', 'tu', 'il', 'elle', 'nous', 'vous', 'ils', 'elles',
    'moi', 'toi', 'lui', 'eux', 'se', 'qui', 'que', 'quoi', 'dont', 'ou', 'et', 'mais', 'donc', 'car', 'ni', 'pas', 'plus', 'jamais',
    'rien', 'personne', 'aucun', 'aucune', 'avec', 'sans', 'pour', 'par', 'dans', 'sur', 'sous', 'chez', 'vers', 'entre', 'depuis',
    'pendant', 'avant', 'apres', 'est', 'sont', 'etait', 'etaient', 'ete', 'etre', 'avoir', 'ai', 'as', 'avons', 'avez', 'ont', 'avait',
    'fait', 'faire', 'suis', 'sommes', 'etes', 'sera', 'serait', 'peut', 'peux', 'veux', 'faut', 'tres', 'trop', 'bien', 'mal',
    'tout', 'tous', 'toute', 'toutes', 'aussi', 'encore', 'deja', 'toujours', 'vraiment', 'comme', 'quand', 'comment', 'pourquoi',
    'oui', 'non', 'merci', 'bonjour', 'bonsoir', 'salut', 'voila', 'ca', 'cela', 'ceci', 'ici', 'la-bas', 'alors', 'puis', 'peu',
    'beaucoup', 'moins', 'autre', 'autres', 'meme', 'sinon', 'parce', 'jusqu', 'lorsque', 'quel', 'quelle', 'quels', 'quelles',
    'chaque', 'plusieurs', 'certains', 'ya', 'mdr', 'ptdr', 'svp', 'stp', 'bcp', 'tjrs', 'jsuis', 'chui', 'pcq', 'pk', 'cest',
    // customer vocabulary
    'produit', 'produits', 'livraison', 'livraisons', 'livre', 'colis', 'commande', 'commandes', 'commande', 'client', 'clients',
    'prix', 'cher', 'chere', 'chers', 'magasin', 'boutique', 'vendeur', 'vendeuse', 'accueil', 'retour', 'remboursement', 'rembourse',
    'attente', 'delai', 'qualite', 'rapide', 'rapides', 'lent', 'lente', 'lentes', 'nul', 'nulle', 'genial', 'geniale', 'parfait',
    'parfaite', 'excellent', 'bof', 'decu', 'decue', 'satisfait', 'satisfaite', 'content', 'contente', 'conseille', 'recommande',
    'enfin', 'arnaque', 'taille', 'couleur', 'tissu', 'joli', 'jolie', 'beau', 'belle', 'sympa', 'agreable', 'facile', 'pratique',
    'abime', 'abimee', 'casse', 'cassee', 'reponse', 'aucune', 'conseiller', 'equipe', 'personnel', 'caisse', 'paiement', 'facture',
    'carte', 'fidelite', 'site', 'appli', 'application', 'compte', 'mot', 'passe', 'vol', 'retard', 'bagage', 'bagages', 'billet',
    'hotesse', 'serie', 'film', 'roman', 'lecture', 'auteur', 'histoire', 'personnages', 'livres', 'ecriture', 'ecologie',
    'sympathique', 'ennuyeux', 'ennuyeuse', 'passionnant', 'magnifique', 'superbe', 'nouveau', 'nouvelle', 'vie', 'monde', 'jour',
    // other frequent words
    'dire', 'dit', 'avis', 'mauvais', 'mauvaise', 'bon', 'bonne', 'grand', 'grande', 'petit', 'petite', 'premier', 'premiere', 'deux',
    'trois', 'fois', 'temps', 'lu', 'lire', 'voir', 'vu', 'aller', 'enfant', 'enfants', 'homme', 'femme', 'ans', 'annee', 'tome',
    'suite', 'coeur', 'amour', 'fille', 'francais', 'anglais', 'attendant', 'ainsi', 'chose', 'choses', 'quelque', 'quelques',
    'gens', 'heure', 'heures', 'semaine', 'mois', 'aujourd', 'hui', 'demain', 'hier', 'soir', 'matin', 'maison', 'travail', 'aide',
    'voiture', 'argent', 'gratuit', 'vrai', 'vraie', 'faux', 'fausse', 'dernier', 'derniere', 'prochain', 'seul', 'seule', 'juste',
    'rien', 'partout', 'surtout', 'pourtant', 'cependant', 'malgre', 'selon', 'contre', 'hors', 'voici', 'besoin', 'envie',
  ],
  en: [
    // function words
    'the', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'i', 'you', 'he', 'she', 'it',
    'we', 'they', 'him', 'us', 'them', 'who', 'what', 'which', 'where', 'when', 'why', 'how', 'and', 'but', 'or', 'so', 'because',
    'not', 'no', 'never', 'nothing', 'with', 'without', 'for', 'of', 'to', 'in', 'at', 'from', 'by', 'about', 'into', 'over', 'after',
    'before', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
    'could', 'should', 'shall', 'may', 'might', 'must', 'am', 'im', 'ive', 'dont', 'didnt', 'doesnt', 'cant', 'wont', 'isnt', 'wasnt',
    'arent', 'very', 'too', 'really', 'just', 'also', 'still', 'already', 'always', 'all', 'any', 'some', 'more', 'most', 'much',
    'many', 'yes', 'thanks', 'thank', 'please', 'hi', 'hello', 'hey', 'there', 'here', 'then', 'than', 'if', 'out', 'up', 'down',
    'now', 'get', 'got', 'go', 'going', 'like', 'one', 'only', 'even', 'well', 'lol', 'omg', 'u', 'ur', 'pls', 'plz', 'thx', 'wanna',
    'gonna', 'yet', 'again', 'off', 'on',
    // customer vocabulary
    'product', 'products', 'delivery', 'delivered', 'order', 'ordered', 'orders', 'customer', 'customers', 'price', 'prices',
    'expensive', 'cheap', 'store', 'shop', 'staff', 'shipping', 'shipped', 'refund', 'returned', 'waiting', 'wait', 'quality', 'fast',
    'slow', 'great', 'good', 'bad', 'love', 'loved', 'nice', 'awesome', 'terrible', 'awful', 'worst', 'best', 'happy', 'disappointed',
    'recommend', 'helpful', 'rude', 'friendly', 'size', 'fit', 'fits', 'color', 'colour', 'fabric', 'dress', 'cute', 'soft', 'pretty',
    'beautiful', 'easy', 'broken', 'damaged', 'answer', 'agent', 'payment', 'bill', 'charged', 'card', 'website', 'app', 'account',
    'perfect', 'late', 'received', 'arrived', 'password', 'flight', 'flights', 'delayed', 'cancelled', 'canceled', 'luggage', 'bag', 'bags', 'gate', 'plane', 'seat', 'crew',
    'tomorrow', 'today', 'tonight', 'night', 'day', 'time', 'new', 'people', 'want', 'see', 'know', 'think', 'need', 'make', 'way',
    // other frequent words
    'sent', 'sucks', 'fav', 'favorite', 'favourite', 'cheers', 'congrats', 'congratulations', 'absolutely', 'first', 'two', 'three',
    'years', 'old', 'airline', 'airlines', 'less', 'safety', 'whats', 'thats', 'lets', 'yeah', 'yep', 'sure', 'amazing', 'guys',
    'hours', 'hour', 'minutes', 'home', 'back', 'help', 'call', 'phone', 'email', 'fix', 'ever', 'every', 'someone', 'anyone',
    'nobody', 'done', 'made', 'said', 'say', 'tell', 'told', 'asked', 'ask', 'trying', 'try', 'tried', 'work', 'working', 'worked',
    'sorry', 'guy', 'life', 'world', 'week', 'weekend', 'morning', 'year', 'last', 'next', 'free', 'win', 'miss', 'hope', 'lord',
    'god', 'news', 'live', 'deal', 'deals', 'post', 'posts', 'full', 'why', 'should', 'never', 'feel', 'look', 'looks', 'looking',
    'right', 'left', 'stuck', 'since', 'until', 'while', 'other', 'another', 'each', 'both', 'either', 'neither', 'such', 'own',
  ],
  es: [
    'el', 'la', 'de', 'en', 'un', 'no', 'se', 'los', 'las', 'una', 'unos', 'unas', 'del', 'al', 'y', 'pero', 'porque', 'muy', 'mucho', 'muchas', 'muchos', 'con', 'sin',
    'para', 'por', 'es', 'esta', 'estan', 'son', 'fue', 'hay', 'yo', 'usted', 'ustedes', 'nosotros', 'su', 'sus', 'mi', 'mis', 'lo',
    'le', 'como', 'cuando', 'donde', 'que', 'gracias', 'hola', 'bueno', 'buena', 'malo', 'mala', 'pero', 'tambien', 'nada', 'todo',
    'producto', 'entrega', 'pedido', 'precio', 'tienda', 'servicio', 'muy', 'nunca', 'siempre', 'ya', 'este', 'eso', 'ese',
  ],
  de: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'und', 'oder', 'aber', 'nicht', 'kein', 'keine', 'mit',
    'ohne', 'fur', 'von', 'zu', 'zum', 'zur', 'auf', 'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'ich', 'du', 'er', 'sie', 'es',
    'wir', 'ihr', 'mein', 'sehr', 'gut', 'schlecht', 'danke', 'bitte', 'auch', 'noch', 'schon', 'immer', 'nie', 'wie', 'was', 'warum',
    'lieferung', 'bestellung', 'preis', 'ware', 'nicht', 'wurde', 'leider', 'super', 'alles',
  ],
  it: [
    'il', 'lo', 'gli', 'della', 'delle', 'dei', 'degli', 'nel', 'nella', 'e', 'ma', 'perche', 'molto', 'con', 'senza', 'per', 'non',
    'sono', 'era', 'ho', 'hai', 'abbiamo', 'io', 'tu', 'lui', 'lei', 'noi', 'voi', 'loro', 'mio', 'grazie', 'ciao', 'buono', 'buona',
    'anche', 'sempre', 'mai', 'niente', 'tutto', 'prodotto', 'consegna', 'ordine', 'prezzo', 'negozio', 'questo', 'questa', 'che',
  ],
  pt: [
    'o', 'os', 'um', 'uma', 'do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'e', 'mas', 'porque', 'muito', 'com', 'sem', 'para',
    'por', 'nao', 'sao', 'foi', 'eu', 'voce', 'ele', 'ela', 'nos', 'meu', 'minha', 'obrigado', 'obrigada', 'ola', 'bom', 'boa',
    'tambem', 'sempre', 'nunca', 'nada', 'tudo', 'produto', 'entrega', 'pedido', 'preco', 'loja', 'isso', 'este', 'esta', 'que',
  ],
  nl: [
    'de', 'het', 'een', 'en', 'maar', 'omdat', 'heel', 'erg', 'met', 'zonder', 'voor', 'van', 'naar', 'niet', 'geen', 'is', 'zijn',
    'was', 'heb', 'heeft', 'hebben', 'ik', 'jij', 'je', 'hij', 'zij', 'wij', 'jullie', 'mijn', 'bedankt', 'dank', 'goed', 'slecht',
    'ook', 'nog', 'altijd', 'nooit', 'niets', 'alles', 'levering', 'bestelling', 'prijs', 'winkel', 'dit', 'dat', 'wat', 'waarom',
  ],
};

/** Letters that occur in French words and almost never in English ones (after lower-casing). */
export const FRENCH_LETTERS = /[éèêàùçœâîôûëïÿ]/u;

/** A French elided article or pronoun (`l'`, `d'`, `j'`, `qu'`, `n'`, `c'`, `s'`, `m'`, `t'`, `jusqu'`, `lorsqu'`, `puisqu'`) before a word. */
export const FRENCH_ELISION = /(?:^|[^\p{L}])(?:l|d|j|qu|n|c|s|m|t|jusqu|lorsqu|puisqu)['’]\p{L}/giu;

/** An English contraction (`don't`, `I'm`, `it's`, `we're`, `I've`, `you'll`, `I'd`). */
export const ENGLISH_CONTRACTION = /\p{L}['’](?:s|t|re|ve|ll|d|m)(?![\p{L}])/giu;

/** Letters that mark German (ä ö ü ß) or Spanish (ñ ¿ ¡) when a French or English reading is in doubt. */
export const OTHER_LATIN_MARKS: Readonly<Record<string, RegExp>> = {
  de: /[äöß]/u,
  es: /[ñ¿¡]/u,
};
