import { describe, expect, it } from 'vitest';
import { HR_THEMES } from './hrThemeDefinitions.js';
import { populationThemes, themesInForce } from './populationThemes.js';
import { DEFAULT_THEMES, type ThemeDefinition } from './themeDefinitions.js';

const own = (id: string, fr: string[]): ThemeDefinition => ({ id, labels: { fr: id, en: id }, terms: { fr, en: [] } });
const termsOf = (themes: readonly ThemeDefinition[], id: string) => themes.find((theme) => theme.id === id)?.terms.fr ?? null;

describe('populationThemes', () => {
  it('adds a workspace theme’s words to the set whose theme it names, to both for a shared or a new id', () => {
    const sets = populationThemes([own('workload', ['rush']), own('delivery', ['camion']), own('communication', ['slack']), own('parking', ['parking'])]);
    expect(termsOf(sets.employee, 'workload')).toContain('rush');
    expect(termsOf(sets.customer, 'workload')).toBeNull();
    expect(termsOf(sets.customer, 'delivery')).toContain('camion');
    expect(termsOf(sets.employee, 'delivery')).toBeNull();
    expect(termsOf(sets.customer, 'communication')).toContain('slack');
    expect(termsOf(sets.employee, 'communication')).toContain('slack');
    expect(termsOf(sets.customer, 'parking')).toEqual(['parking']);
    expect(termsOf(sets.employee, 'parking')).toEqual(['parking']);
  });

  it('leaves the shipped sets as they are without workspace themes', () => {
    expect(populationThemes([])).toEqual({ customer: DEFAULT_THEMES, employee: HR_THEMES });
  });
});

describe('themesInForce', () => {
  it('lists each id once: the customer themes, then the HR themes they lack, communication with the customer labels', () => {
    const themes = themesInForce(populationThemes([]));
    expect(themes.map((theme) => theme.id)).toEqual([
      ...DEFAULT_THEMES.map((theme) => theme.id),
      'workload',
      'management',
      'pay',
      'recognition',
      'career',
      'tools',
      'colleagues',
    ]);
    expect(themes.find((theme) => theme.id === 'communication')?.labels).toEqual({ fr: 'Communication', en: 'Communication' });
  });
});
