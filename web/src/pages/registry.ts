import type { FunctionComponent } from 'preact';
import type { Me } from '../api/types.js';
import type { Words } from '../i18n/words.js';
import type { View } from '../view/viewQuery.js';
import { CustomersPage } from './CustomersPage.js';
import { LoyaltyPage } from './LoyaltyPage.js';
import { OverviewPage } from './OverviewPage.js';
import { CommentsPage } from './CommentsPage.js';
import { EmployeesPage } from './EmployeesPage.js';
import { RecommendationPage } from './RecommendationPage.js';
import { SatisfactionPage } from './SatisfactionPage.js';
import { SocialPage } from './SocialPage.js';
import { StoresPage } from './StoresPage.js';
import { WebPage } from './WebPage.js';
import { ImportPage } from './data/ImportPage.js';
import { MembersPage } from './data/MembersPage.js';
import { SettingsPage } from './data/SettingsPage.js';
import { TrackerPage } from './data/TrackerPage.js';

/** What every page receives: the view (page and query from the URL), the signed-in user, and the workspace the page reads. */
export interface PageProps {
  view: View;
  me: Me;
  workspace: string;
}

/** A page of the dashboard: its address (`/app/<id>`), its name in the menu, and what draws it. */
export interface PageEntry {
  id: string;
  name: Words;
  /** The menu group it sits in. */
  group: 'indicators' | 'why' | 'data';
  component: FunctionComponent<PageProps>;
}

/** The dashboard's pages, in the menu's order. */
export const PAGES: readonly PageEntry[] = [
  { id: 'overview', name: { en: 'Overview', fr: "Vue d'ensemble" }, group: 'indicators', component: OverviewPage },
  { id: 'satisfaction', name: { en: 'Satisfaction', fr: 'Satisfaction' }, group: 'indicators', component: SatisfactionPage },
  { id: 'recommendation', name: { en: 'Recommendation', fr: 'Recommandation' }, group: 'indicators', component: RecommendationPage },
  { id: 'loyalty', name: { en: 'Loyalty', fr: 'Fidélité' }, group: 'indicators', component: LoyaltyPage },
  { id: 'customers', name: { en: 'Customers', fr: 'Clients' }, group: 'indicators', component: CustomersPage },
  { id: 'web', name: { en: 'Website', fr: 'Site web' }, group: 'indicators', component: WebPage },
  { id: 'social', name: { en: 'Social', fr: 'Réseaux sociaux' }, group: 'indicators', component: SocialPage },
  { id: 'stores', name: { en: 'In-store', fr: 'En magasin' }, group: 'indicators', component: StoresPage },
  { id: 'employees', name: { en: 'Employees', fr: 'Collaborateurs' }, group: 'indicators', component: EmployeesPage },
  { id: 'comments', name: { en: 'Comments', fr: 'Commentaires' }, group: 'why', component: CommentsPage },
  { id: 'data/import', name: { en: 'Import data', fr: 'Importer des données' }, group: 'data', component: ImportPage },
  { id: 'data/tracker', name: { en: 'Website tracker', fr: 'Traceur du site' }, group: 'data', component: TrackerPage },
  { id: 'data/members', name: { en: 'Members', fr: 'Membres' }, group: 'data', component: MembersPage },
  { id: 'data/settings', name: { en: 'Settings', fr: 'Paramètres' }, group: 'data', component: SettingsPage },
];
