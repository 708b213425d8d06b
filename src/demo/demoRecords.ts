/**
 * The typed rows the demo generators produce, one interface per CSV kind of docs/formats.md.
 * Instants are milliseconds since the epoch (whole seconds); money is in euro cents so that no
 * float rounding reaches the files. `demoTables.ts` turns them into CSV text.
 */

import type { Language } from '../output/language.js';

/** A store of the chain, named after its city; also the audit `site` and the `store` attribute. */
export type StoreCity = 'Paris' | 'Lyon' | 'Bordeaux' | 'Lille' | 'Nantes';
export type SalesChannel = 'web' | 'store' | 'app';

export interface DemoCustomer {
  id: string;
  createdMs: number;
  churnedMs: number | null;
  email: string;
  /** Member of the loyalty programme (`loyalty_tier` = `member`, else `none`). */
  member: boolean;
  city: string;
  /** The store in the customer's city, when there is one. */
  homeStore: StoreCity | null;
  signupChannel: SalesChannel;
  /**
   * Latent satisfaction, standard normal: higher means better scores, more orders and a lower
   * churn hazard, so that the indicators relate to each other as they do in real data.
   */
  mood: number;
}

export interface DemoOrder {
  id: string;
  customerId: string;
  orderedMs: number;
  amountCents: number;
  channel: SalesChannel;
  /** The store of a store order. */
  store: StoreCity | null;
}

export interface DemoResponse {
  id: string;
  surveyId: string;
  submittedMs: number;
  customerId: string | null;
  channel: string;
  population: 'customer' | 'employee';
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string;
  /** Filled for about half of the commented answers; `null` leaves the column empty. */
  language: Language | null;
  store: StoreCity | null;
}

export interface DemoEvent {
  id: string;
  visitorId: string;
  occurredMs: number;
  type: 'pageview' | 'cart' | 'purchase';
  customerId: string | null;
  url: string;
  referrer: string | null;
  /** The visitor's browser as the tracker describes it (the same on all their events). */
  device: string;
  browser: string;
  os: string;
  /** On a visit's first event only: where it came from (the link's `utm_source`, else the referrer's site, else `direct`) and its campaign. */
  source: string | null;
  campaign: string | null;
}

export interface DemoPost {
  id: string;
  platform: string;
  publishedMs: number;
  followers: number;
  impressions: number | null;
  reach: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  format: string;
}

export interface DemoMention {
  id: string;
  brand: string;
  publishedMs: number;
  platform: string;
  text: string;
  reach: number | null;
  isOwnBrand: boolean;
  language: Language;
}

/** One criterion of one mystery-shopping visit. */
export interface DemoAudit {
  visitId: string;
  site: StoreCity;
  visitedMs: number;
  criterion: string;
  score: number;
  maxScore: number;
  weight: number;
  touchpoint: string;
}
