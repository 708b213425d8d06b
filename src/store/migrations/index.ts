import { initialSchema } from './001_initial.js';
import { apiKeys } from './002_api_keys.js';
import { textAnalyses } from './003_text_analyses.js';
import { keyKinds } from './004_key_kinds.js';
import { accounts } from './005_accounts.js';
import { collection } from './006_collection.js';
import { erasures } from './007_erasures.js';
import { sessionEntry } from './008_session_entry.js';
import { surveys } from './009_surveys.js';
import { auditGrids } from './010_audit_grids.js';
import { webhooks } from './011_webhooks.js';
import { workspaceSettings } from './012_workspace_settings.js';
import { sessionPurchases } from './013_session_purchases.js';
import { feeds } from './014_feeds.js';
import { dailyRollups } from './015_daily_rollups.js';
import type { Migration } from './Migration.js';

/** Every migration, in version order. Add new ones at the end; never edit an applied one. */
export const migrations: readonly Migration[] = [
  initialSchema,
  apiKeys,
  textAnalyses,
  keyKinds,
  accounts,
  collection,
  erasures,
  sessionEntry,
  surveys,
  auditGrids,
  webhooks,
  workspaceSettings,
  sessionPurchases,
  feeds,
  dailyRollups,
];
