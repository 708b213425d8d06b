import { describe, expect, it } from 'vitest';
import { formatCount, formatInterval, formatNumber, frenchTypography } from './localeFormat.js';

describe('frenchTypography', () => {
  it('puts a no-break space before : ; ? ! % € and inside « »', () => {
    expect(frenchTypography('Période : mars ; vraiment ? oui ! 12 % 5 € « CSV UTF-8 »')).toBe(
      'Période\u00A0: mars\u00A0; vraiment\u00A0? oui\u00A0! 12\u00A0% 5\u00A0€ «\u00A0CSV UTF-8\u00A0»',
    );
  });

  it('leaves a colon glued to a word as it is (URLs, HTTP headers)', () => {
    expect(frenchTypography('http://localhost:8080 Authorization: Bearer')).toBe('http://localhost:8080 Authorization: Bearer');
  });
});

describe('formatNumber', () => {
  it('groups thousands with a narrow no-break space and writes a decimal comma in French', () => {
    expect(formatNumber(12345.67, 'fr', { maximum: 1 })).toBe('12\u202F345,7');
  });

  it('writes en-GB numbers in English', () => {
    expect(formatNumber(12345.67, 'en', { maximum: 1 })).toBe('12,345.7');
  });

  it('keeps at least the minimum decimals', () => {
    expect(formatNumber(3, 'fr', { maximum: 2, minimum: 2 })).toBe('3,00');
  });
});

describe('formatCount', () => {
  it('groups a French count and leaves an English one as the English lines always printed it', () => {
    expect(formatCount(1705, 'fr')).toBe('1\u202F705');
    expect(formatCount(1705, 'en')).toBe('1705');
  });
});

describe('formatInterval', () => {
  it('writes a French interval with a semicolon, since the comma is the decimal separator', () => {
    expect(formatInterval('47,6', '59,4', 'fr', '; ')).toBe('[47,6\u00A0; 59,4]');
  });

  it('writes an English interval with the separator it is given', () => {
    expect(formatInterval('47.6', '59.4', 'en', '; ')).toBe('[47.6; 59.4]');
    expect(formatInterval('+3', '+5', 'en', ', ')).toBe('[+3, +5]');
  });
});
