/** The settings a workspace may have (docs/api.md, "Settings"). */
export const SETTING_KEYS = ['sector', 'country', 'npsSurvey'] as const;

/** One of the settings. */
export type SettingKey = (typeof SETTING_KEYS)[number];

/** The workspace's settings, only the keys that are set (GET /api/settings). */
export type Settings = Partial<Record<SettingKey, string>>;

/**
 * What saving the form changes, in the keys' order: each key whose trimmed value differs from
 * the stored one, with its new value, or null for a value emptied (to remove).
 *
 * @example changedSettings({ sector: 'Retail', country: 'FR' }, { sector: 'Retail', country: ' ', npsSurvey: 'relationship' }) // [['country', null], ['npsSurvey', 'relationship']]
 */
export function changedSettings(stored: Settings, form: Settings): [SettingKey, string | null][] {
  const changes: [SettingKey, string | null][] = [];
  for (const key of SETTING_KEYS) {
    const value = (form[key] ?? '').trim();
    if (value === (stored[key] ?? '')) continue;
    changes.push([key, value === '' ? null : value]);
  }
  return changes;
}
