import { HR_THEMES } from './hrThemeDefinitions.js';
import { mergeThemeDefinitions } from './matchThemes.js';
import { DEFAULT_THEMES, type ThemeDefinition } from './themeDefinitions.js';

/** The theme sets in force: customers' texts (and mentions) are matched against `customer`, employees' comments against `employee`. */
export interface PopulationThemes {
  customer: ThemeDefinition[];
  employee: ThemeDefinition[];
}

/**
 * The customer themes (DEFAULT_THEMES) and the HR themes (HR_THEMES), each with a workspace's
 * own themes merged in (`mergeThemeDefinitions`): a workspace theme whose id is a theme of one
 * set adds its words to that set only (to both for an id both have, `communication`); a theme
 * with a new id is added to both, since its words may come from anyone.
 *
 * @example populationThemes([{ id: 'workload', labels, terms: { fr: ['rush'], en: [] } }]).employee
 *   // HR_THEMES with 'rush' added to workload's French terms; .customer is DEFAULT_THEMES unchanged
 */
export function populationThemes(custom: readonly ThemeDefinition[]): PopulationThemes {
  const customerIds = new Set(DEFAULT_THEMES.map((theme) => theme.id));
  const employeeIds = new Set(HR_THEMES.map((theme) => theme.id));
  const forSet = (own: ReadonlySet<string>, other: ReadonlySet<string>) => custom.filter((theme) => own.has(theme.id) || !other.has(theme.id));
  return {
    customer: mergeThemeDefinitions(DEFAULT_THEMES, forSet(customerIds, employeeIds)),
    employee: mergeThemeDefinitions(HR_THEMES, forSet(employeeIds, customerIds)),
  };
}

/**
 * Every theme a text can be given, once per id: the customer set's, then the employee set's
 * that it lacks. An id in both sets (`communication`) keeps the customer set's labels and
 * names one theme, whose words depend on who wrote the text.
 */
export function themesInForce(sets: PopulationThemes): ThemeDefinition[] {
  const ids = new Set(sets.customer.map((theme) => theme.id));
  return [...sets.customer, ...sets.employee.filter((theme) => !ids.has(theme.id))];
}
