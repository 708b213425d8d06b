/**
 * The command-line spelling of a neutral field or flag name, without its dashes: camelCase
 * becomes kebab-case.
 *
 * @example optionName('timeUnit') // 'time-unit'
 */
export function optionName(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * The flag a neutral field or flag name is written as on the command line.
 *
 * @example flagName('discountRate') // '--discount-rate'
 */
export function flagName(name: string): string {
  return `--${optionName(name)}`;
}
