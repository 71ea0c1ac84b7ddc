import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPrice } from '../../../shared/formatNumber.ts';

describe('figures on screen', () => {
  it('money has thousands separators, fixed decimals and the currency after', () => {
    expect(formatMoney(1234567.891, 'USD')).toBe('1,234,567.89 USD');
    expect(formatMoney(-251131.4, 'USD', 0)).toBe('-251,131 USD');
    expect(formatMoney(null, 'USD')).toBe('—');
  });

  it('a quantity shows as typed, with separators and no forced decimals', () => {
    expect(formatNumber(2000)).toBe('2,000');
    expect(formatNumber(0.125)).toBe('0.125');
    expect(formatNumber(Number.NaN)).toBe('—');
  });

  it('a price has at least two decimals and keeps finer ticks', () => {
    expect(formatPrice(3.1)).toBe('3.10');
    expect(formatPrice(68390)).toBe('68,390.00');
    expect(formatPrice(5175.25)).toBe('5,175.25');
    expect(formatPrice(0.0005)).toBe('0.0005');
    expect(formatPrice(1.234567891)).toBe('1.23456789');
    expect(formatPrice(undefined)).toBe('—');
  });
});
