import type { Prng } from './prng.js';

/**
 * The pages of maison-lumiere.fr that the tracker sees. All URLs are absolute, under
 * https://maison-lumiere.fr/.
 */

export const SITE = 'https://maison-lumiere.fr';

const COLLECTIONS = ['linge-de-lit', 'luminaires', 'art-de-la-table', 'decoration', 'rangement', 'salle-de-bain', 'mobilier', 'bougies-et-senteurs'];
const PRODUCTS = [
  'parure-lin-lave-naturel',
  'parure-lin-lave-terracotta',
  'drap-housse-percale-blanc',
  'couette-tempere-240x220',
  'plaid-laine-cachemire',
  'lampe-a-poser-ceramique',
  'suspension-rotin-50',
  'applique-laiton-brosse',
  'guirlande-lumineuse-20-leds',
  'lampadaire-arc-noir',
  'service-gres-18-pieces',
  'verres-bistrot-x6',
  'nappe-lin-enduit',
  'planche-a-decouper-olivier',
  'couverts-inox-mat-24',
  'vase-verre-souffle',
  'miroir-rond-chene',
  'coussin-velours-cotele',
  'cadre-photo-noyer',
  'bougie-figuier-300g',
  'panier-jacinthe-d-eau',
  'boite-rangement-lin',
  'serviette-eponge-bio',
  'tapis-bain-coton',
  'fauteuil-velours-ocre',
  'table-basse-travertin',
  'etagere-murale-chene',
  'diffuseur-ambre-100ml',
];
const STORE_PAGES = ['paris', 'lyon', 'bordeaux', 'lille', 'nantes'];
const BLOG_POSTS = ['bien-choisir-son-linge-de-lit', 'eclairer-un-salon', 'table-de-noel', 'entretenir-le-lin', 'deco-petit-espace'];

/** The cart page, where `cart` events are sent when an item is added. */
export const CART_URL = `${SITE}/panier`;
/** The checkout steps between the cart and the confirmation. */
export const CHECKOUT_URLS = [`${SITE}/commande/livraison`, `${SITE}/commande/paiement`];
/** The page shown once an account is created. */
export const WELCOME_URL = `${SITE}/compte/bienvenue`;

/** Every page of a kind as its full URL, built once: a visit picks among them without building text. */
const pagesUnder = (path: string, slugs: readonly string[]): readonly string[] => slugs.map((slug) => `${SITE}/${path}/${slug}`);
const HOME_URLS = [`${SITE}/`];
const COLLECTION_URLS = pagesUnder('collections', COLLECTIONS);
const PRODUCT_URLS = pagesUnder('produits', PRODUCTS);
const STORE_URLS = pagesUnder('magasins', STORE_PAGES);
const BLOG_URLS = pagesUnder('blog', BLOG_POSTS);

/** The kinds of browsing page, by share of page views. */
const PAGE_KINDS: readonly (readonly [readonly string[], number])[] = [
  [HOME_URLS, 14],
  [COLLECTION_URLS, 30],
  [PRODUCT_URLS, 46],
  [STORE_URLS, 4],
  [BLOG_URLS, 6],
];

/**
 * A browsing page: home, a collection, a product (most often), a store page or a blog post.
 *
 * @example
 * browseUrl(rng); // e.g. 'https://maison-lumiere.fr/produits/vase-verre-souffle'
 */
export function browseUrl(rng: Prng): string {
  return rng.pick(rng.weighted(PAGE_KINDS));
}

/**
 * A product page (where items are added to the cart).
 *
 * @example
 * productUrl(rng); // e.g. 'https://maison-lumiere.fr/produits/plaid-laine-cachemire'
 */
export function productUrl(rng: Prng): string {
  return rng.pick(PRODUCT_URLS);
}

/**
 * The order confirmation page of an order.
 *
 * @example
 * confirmationUrl('ord-000042'); // 'https://maison-lumiere.fr/commande/confirmation?commande=ord-000042'
 */
export function confirmationUrl(orderId: string): string {
  return `${SITE}/commande/confirmation?commande=${orderId}`;
}
