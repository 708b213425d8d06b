import type { StoreCity } from './demoRecords.js';

/**
 * Where Maison Lumière's customers live and where its five stores are. Customers outside the
 * store cities buy on the web shop and the app only.
 */

/** The chain's stores, one per city. */
export const STORE_CITIES: readonly StoreCity[] = ['Paris', 'Lyon', 'Bordeaux', 'Lille', 'Nantes'];

/** Customers' cities with their share of the customer base (store cities first). */
export const CUSTOMER_CITIES: readonly (readonly [string, number])[] = [
  ['Paris', 30],
  ['Lyon', 13],
  ['Bordeaux', 10],
  ['Lille', 10],
  ['Nantes', 10],
  ['Marseille', 5],
  ['Toulouse', 5],
  ['Strasbourg', 4],
  ['Rennes', 4],
  ['Montpellier', 3],
  ['Nice', 3],
  ['Grenoble', 3],
];

/**
 * The store in `city`, or `null` when the city has none.
 *
 * @example
 * storeOfCity('Lyon'); // 'Lyon'
 * storeOfCity('Nice'); // null
 */
export function storeOfCity(city: string): StoreCity | null {
  return STORE_CITIES.find((store) => store === city) ?? null;
}
