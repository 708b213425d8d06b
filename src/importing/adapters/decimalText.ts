/** A plain decimal as tools write amounts: `14.99`, `-3`, `0.5` (dot decimal, no grouping). */
const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * `a − b` on decimal texts, exactly (no binary floating point: 14.99 − 4.99 is 10.00, not
 * 10.000000000000002), keeping the larger number of decimals.
 *
 * @returns null when either text is not a plain decimal.
 * @example subtractDecimal('14.99', '4.99') // '10.00'
 * @example subtractDecimal('10', '12.5') // '-2.5'
 */
export function subtractDecimal(a: string, b: string): string | null {
  const left = DECIMAL.exec(a.trim());
  const right = DECIMAL.exec(b.trim());
  if (!left || !right) return null;
  const scale = Math.max((left[3] ?? '').length, (right[3] ?? '').length);
  const scaled = (match: RegExpExecArray) => {
    const digits = BigInt(`${match[2]}${(match[3] ?? '').padEnd(scale, '0')}`);
    return match[1] === '-' ? -digits : digits;
  };
  const difference = scaled(left) - scaled(right);
  const negative = difference < 0n;
  const digits = (negative ? -difference : difference).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale === 0 ? '' : `.${digits.slice(digits.length - scale)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Whether a text is a plain decimal equal to zero (`0`, `0.00`). */
export function isZeroDecimal(text: string): boolean {
  return /^[+-]?0+(\.0+)?$/.test(text.trim());
}

/**
 * An order's amount net of its refund, as texts: the amount minus the refunded amount when
 * that is a non-zero number (the amount as it is when the difference cannot be computed, for
 * the import to judge), else the amount; `refunded` is '' when there is no refund.
 *
 * @example netOfRefund('14.99', '4.99') // { amount: '10.00', refunded: '4.99' }
 * @example netOfRefund('14.99', '0.00') // { amount: '14.99', refunded: '' }
 */
export function netOfRefund(amount: string, refunded: string): { amount: string; refunded: string } {
  if (refunded === '' || isZeroDecimal(refunded)) return { amount, refunded: '' };
  return { amount: subtractDecimal(amount, refunded) ?? amount, refunded };
}
