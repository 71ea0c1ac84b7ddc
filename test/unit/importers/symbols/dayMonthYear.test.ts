import { describe, expect, it } from 'vitest';
import { monthNumber, parseDayMonthYear, parseYymmdd } from '../../../../main/importers/symbols/dayMonthYear.ts';

describe('day-month-year codes', () => {
  it('reads DDMMMYY with one- or two-digit days', () => {
    expect(parseDayMonthYear('27DEC24')).toBe('2024-12-27');
    expect(parseDayMonthYear('5AUG16')).toBe('2016-08-05');
    expect(parseDayMonthYear('05aug16')).toBe('2016-08-05');
  });

  it('rejects impossible days and unknown months', () => {
    expect(parseDayMonthYear('30FEB24')).toBeUndefined();
    expect(parseDayMonthYear('27DEX24')).toBeUndefined();
    expect(parseDayMonthYear('127DEC24')).toBeUndefined();
  });

  it('reads YYMMDD', () => {
    expect(parseYymmdd('250328')).toBe('2025-03-28');
    expect(parseYymmdd('251328')).toBeUndefined();
  });

  it('numbers month names', () => {
    expect(monthNumber('jan')).toBe(1);
    expect(monthNumber('DEC')).toBe(12);
    expect(monthNumber('XYZ')).toBeUndefined();
  });
});
