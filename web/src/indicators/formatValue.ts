import { formatMoney, formatNumber, formatPercent } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import type { ValueKind } from './catalogue.js';

/** An indicator's value written for its kind: NPS as a signed whole score, percentages and 0–100 indices with one decimal, money in euros. */
export function formatValue(value: number, kind: ValueKind, language: Language): string {
  switch (kind) {
    case 'score':
      return `${value > 0 ? '+' : ''}${formatNumber(value, language, 0)}`;
    case 'percent':
      return formatPercent(value, language);
    case 'money':
      return formatMoney(value, language);
    case 'count':
      return formatNumber(value, language, 0);
    case 'index':
      return formatNumber(value, language, 1);
    case 'scale':
    case 'ratio':
      return formatNumber(value, language, 2);
  }
}

/** A change of an indicator written with its sign, in the indicator's unit (points for scores and percentages). */
export function formatDelta(delta: number, kind: ValueKind, language: Language): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const size = Math.abs(delta);
  const pointWord = language === 'fr' ? 'pt' : 'pt';
  switch (kind) {
    case 'score':
    case 'percent':
    case 'index':
      return `${sign}${formatNumber(size, language, 1)} ${pointWord}`;
    case 'money':
      return `${sign}${formatMoney(size, language)}`;
    case 'count':
      return `${sign}${formatNumber(size, language, 0)}`;
    case 'scale':
    case 'ratio':
      return `${sign}${formatNumber(size, language, 2)}`;
  }
}

/** A 95 % interval written as `[low – high]` in the indicator's unit. */
export function formatInterval(ci95: readonly [number, number], kind: ValueKind, language: Language): string {
  return `[${formatValue(ci95[0], kind, language)} – ${formatValue(ci95[1], kind, language)}]`;
}
