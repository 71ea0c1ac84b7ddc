import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../../main/importers/text/parseNumber.ts';

describe('parseNumber', () => {
  it('reads plain, signed and exponent numbers', () => {
    expect(parseNumber('42')).toBe(42);
    expect(parseNumber(' -3.5 ')).toBe(-3.5);
    expect(parseNumber('+7')).toBe(7);
    expect(parseNumber('-2.637591265E-4')).toBeCloseTo(-2.637591265e-4, 15);
    expect(parseNumber('.5')).toBe(0.5);
  });

  it('reads thousands separators in groups of three', () => {
    expect(parseNumber('1,234,567.89')).toBe(1234567.89);
    expect(parseNumber('1.234.567,89', ',')).toBe(1234567.89);
    expect(parseNumber("1'234.5")).toBe(1234.5);
    expect(parseNumber('1 234,5', ',')).toBe(1234.5);
    expect(parseNumber('1\u00a0234,5', ',')).toBe(1234.5);
  });

  it('reads decimal commas, accounting parentheses and Unicode minus', () => {
    expect(parseNumber('231,45', ',')).toBe(231.45);
    expect(parseNumber('(1,234.00)')).toBe(-1234);
    expect(parseNumber('\u22125')).toBe(-5);
  });

  it('rejects text, misplaced separators and the wrong locale', () => {
    for (const [text, decimal] of [['abc', '.'], ['', '.'], ['1,5', '.'], ['1,23,4', '.'], ['1.2.3', '.'], ['12/31/2024', '.'], ['31.12.2024', ','], ['Infinity', '.'], ['1e999', '.'], ['-', '.']] as const) {
      expect(parseNumber(text, decimal), text).toBeUndefined();
    }
  });
});
