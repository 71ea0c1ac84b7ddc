import { describe, expect, it } from 'vitest';
import { detectDecimalSeparator } from '../../../../main/importers/text/detectDecimalSeparator.ts';

describe('detectDecimalSeparator', () => {
  it('reads a comma from 5,75 or 1.234,56', () => {
    expect(detectDecimalSeparator(['5,75', '100'])).toBe(',');
    expect(detectDecimalSeparator(['1.234,56'])).toBe(',');
    expect(detectDecimalSeparator(['1.234.567'])).toBe(',');
  });

  it('reads a point from 5.75 or 1,234.56', () => {
    expect(detectDecimalSeparator(['5.75'])).toBe('.');
    expect(detectDecimalSeparator(['1,234.56', '3'])).toBe('.');
    expect(detectDecimalSeparator(['1,234,567'])).toBe('.');
  });

  it('lets a semicolon delimiter decide when nothing else does', () => {
    expect(detectDecimalSeparator(['1,234', '12'])).toBe('.');
    expect(detectDecimalSeparator(['1.234', '12'], ';')).toBe(',');
    expect(detectDecimalSeparator([], ',')).toBe('.');
  });

  it('goes with the majority', () => {
    expect(detectDecimalSeparator(['1,5', '2,5', '3.25'])).toBe(',');
  });
});
