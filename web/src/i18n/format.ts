import type { Language } from './language.js';

/** The locale Intl formats a language's numbers and dates in. */
const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A number with at most `digits` decimals, grouped as the language writes it (12 345,6 in French). */
export function formatNumber(value: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits }).format(value);
}

/** A percentage given on a 0–100 scale (`42.1` → 42,1 % in French, 42.1% in English). */
export function formatPercent(value: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: digits }).format(value / 100);
}

/** An amount of money in euros. */
export function formatMoney(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR', maximumFractionDigits: value >= 1000 ? 0 : 2 }).format(value);
}

/** A duration in seconds as minutes and seconds (`3 min 12 s`). */
export function formatDuration(seconds: number, language: Language): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  const secondsText = `${formatNumber(rest, language, 0)} s`;
  return minutes === 0 ? secondsText : `${formatNumber(minutes, language, 0)} min ${secondsText}`;
}

/** A calendar day `YYYY-MM-DD` written out in the language (5 mars 2026, 5 Mar 2026). UTC, as the report's days are. */
export function formatDay(day: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A period of days written out (`1 Mar 2026 – 31 Mar 2026`). */
export function formatPeriod(from: string, to: string, language: Language): string {
  return `${formatDay(from, language)} – ${formatDay(to, language)}`;
}

/** A series' period as its label on a chart's axis: the month for monthly periods (`Mar 2026`), else the first day. */
export function formatPeriodLabel(from: string, interval: string | undefined, language: Language): string {
  const date = new Date(`${from}T00:00:00Z`);
  if (interval === 'month') return new Intl.DateTimeFormat(LOCALES[language], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
}

/** A noun's singular and plural in each language, for `formatCount`. */
export type CountNouns = Record<Language, readonly [singular: string, plural: string]>;

/** A whole count followed by its noun, singular or plural as the language agrees it (`1 visit`, `0 visite`, `1,234 visits`). */
export function formatCount(count: number, nouns: CountNouns, language: Language): string {
  const form = new Intl.PluralRules(LOCALES[language]).select(count) === 'one' ? 0 : 1;
  return `${formatNumber(count, language, 0)} ${nouns[language][form]}`;
}
