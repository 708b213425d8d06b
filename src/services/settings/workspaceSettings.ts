import { UsageError } from '../../errors/errors.js';
import type { BenchmarkAudience } from '../../indicators/benchmarks/benchmark.js';
import type { Session } from '../../store/Store.js';
import { readWorkspaceSettings, removeWorkspaceSetting, writeWorkspaceSetting } from '../../store/workspaceSettings.js';
import { benchmarkCountries, benchmarkSectors } from '../benchmarks/sectorBenchmarks.js';

/** The settings a workspace may have (docs/cli.md, "settings"). */
export const SETTING_KEYS = ['sector', 'country', 'npsSurvey', 'retentionMonths'] as const;

/** The fewest and most months of raw events a retention may keep (docs/privacy.md, "Retention"). */
export const RETENTION_MONTHS = { min: 1, max: 1200 } as const;

export type SettingKey = (typeof SETTING_KEYS)[number];

/** The kinds of NPS survey a workspace may say it runs. */
const NPS_SURVEYS = ['relationship', 'transactional'];

/** The key as given, if it is a setting; a usage error listing the settings otherwise. */
export function settingKey(given: string): SettingKey {
  const key = SETTING_KEYS.find((known) => known === given);
  if (key !== undefined) return key;
  throw new UsageError({
    en: `${JSON.stringify(given)} is not a setting: the settings are ${SETTING_KEYS.join(', ')}.`,
    fr: `${JSON.stringify(given)} n’est pas un réglage : les réglages sont ${SETTING_KEYS.join(', ')}.`,
  });
}

/** A country as ISO 3166 alpha-2 writes it (upper case), or as the sector figures write it (`UK`, `global`); null when it is neither. */
function countryValue(given: string): string | null {
  const written = benchmarkCountries().find((country) => country.toLowerCase() === given.toLowerCase());
  if (written !== undefined) return written;
  if (!/^[A-Za-z]{2}$/.test(given)) return null;
  const code = given.toUpperCase();
  const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code);
  return name === undefined || name === code || name === 'Unknown Region' ? null : code;
}

/** The value a setting stores for what was given: the sector as the figures spell it, the country in upper case; a usage error naming the choices otherwise. */
export function settingValue(key: SettingKey, given: string): string {
  const text = given.trim();
  if (key === 'sector') {
    const sectors = benchmarkSectors();
    const sector = sectors.find((segment) => segment.toLowerCase() === text.toLowerCase());
    if (sector !== undefined) return sector;
    throw new UsageError({
      en: `sector ${JSON.stringify(given)} is not a sector of the figures: choose one of ${sectors.join('; ')}.`,
      fr: `le secteur ${JSON.stringify(given)} n’est pas un secteur des chiffres : choisissez parmi ${sectors.join(' ; ')}.`,
    });
  }
  if (key === 'country') {
    const country = countryValue(text);
    if (country !== null) return country;
    throw new UsageError({
      en: `country ${JSON.stringify(given)} must be an ISO 3166 alpha-2 code (FR, US, GB…) or one of ${benchmarkCountries().join(', ')}.`,
      fr: `le pays ${JSON.stringify(given)} doit être un code ISO 3166 alpha-2 (FR, US, GB…) ou l’un de ${benchmarkCountries().join(', ')}.`,
    });
  }
  if (key === 'retentionMonths') {
    const months = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
    if (months >= RETENTION_MONTHS.min && months <= RETENTION_MONTHS.max) return String(months);
    throw new UsageError({
      en: `retentionMonths ${JSON.stringify(given)} must be a whole number of months from ${RETENTION_MONTHS.min} to ${RETENTION_MONTHS.max} (unset it to keep every event).`,
      fr: `retentionMonths ${JSON.stringify(given)} doit être un nombre entier de mois de ${RETENTION_MONTHS.min} à ${RETENTION_MONTHS.max} (retirez le réglage pour garder tous les événements).`,
    });
  }
  const survey = NPS_SURVEYS.find((kind) => kind === text.toLowerCase());
  if (survey !== undefined) return survey;
  throw new UsageError({
    en: `npsSurvey ${JSON.stringify(given)} must be relationship (asked about the relationship as a whole) or transactional (asked after an interaction).`,
    fr: `npsSurvey ${JSON.stringify(given)} doit être relationship (sur la relation dans son ensemble) ou transactional (après une interaction).`,
  });
}

/** Every setting of the workspace, by key. */
export async function workspaceSettings(session: Session, workspaceId: number): Promise<Partial<Record<SettingKey, string>>> {
  return readWorkspaceSettings(session, workspaceId);
}

/** Checks and stores one setting; returns it as stored. */
export async function setWorkspaceSetting(
  session: Session,
  workspaceId: number,
  givenKey: string,
  givenValue: string,
  now: Date = new Date(),
): Promise<{ key: SettingKey; value: string }> {
  const key = settingKey(givenKey);
  const value = settingValue(key, givenValue);
  await writeWorkspaceSetting(session, workspaceId, key, value, now);
  return { key, value };
}

/** Removes one setting (a known key); false when it was not set. */
export async function unsetWorkspaceSetting(session: Session, workspaceId: number, givenKey: string): Promise<boolean> {
  return removeWorkspaceSetting(session, workspaceId, settingKey(givenKey));
}

/** How many months of raw events the workspace keeps, or null when it keeps them all. */
export function retentionMonths(settings: Partial<Record<SettingKey, string>>): number | null {
  return settings.retentionMonths === undefined ? null : Number(settings.retentionMonths);
}

/** Who the workspace's sector figures are chosen for, or null when it has no sector. */
export function benchmarkAudience(settings: Partial<Record<SettingKey, string>>): BenchmarkAudience | null {
  if (settings.sector === undefined) return null;
  return { sector: settings.sector, country: settings.country ?? null, npsSurvey: settings.npsSurvey ?? null };
}
