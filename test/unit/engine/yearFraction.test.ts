import { describe, expect, it } from 'vitest';
import { yearFraction } from '../../../main/engine/yearFraction.ts';

// ACT/365F (../shared/spec/methodologies.md, conventions): calendar days / 365, exact.
describe('yearFraction', () => {
  it('counts calendar days over 365, across month ends, leap days and DST', () => {
    expect(yearFraction('2024-03-15', '2024-06-21')).toBe(98 / 365);
    expect(yearFraction('2024-02-28', '2024-03-01')).toBe(2 / 365);
    expect(yearFraction('2023-03-25', '2023-03-27')).toBe(2 / 365);
    expect(yearFraction('2024-01-01', '2025-01-01')).toBe(366 / 365);
    expect(yearFraction('2024-06-21', '2024-03-15')).toBe(-98 / 365);
    expect(yearFraction('2024-06-21', '2024-06-21')).toBe(0);
  });

  it('rejects text that is not a date', () => {
    expect(() => yearFraction('2024-03-15', 'soon')).toThrow(RangeError);
  });
});
