import { describe, expect, it } from 'vitest';
import { addDays, fullYear, isoDate, thirdFriday, weekdayOf } from '../../../main/importers/calendarDate.ts';

describe('calendar dates', () => {
  it('builds only real dates', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2025, 2, 29)).toBeUndefined();
    expect(isoDate(2025, 0, 1)).toBeUndefined();
    expect(isoDate(2025, 1.5, 1)).toBeUndefined();
  });

  it('finds weekdays, third Fridays and shifted days', () => {
    expect(weekdayOf('2025-03-21')).toBe(5);
    expect(thirdFriday(2024, 6)).toBe('2024-06-21');
    expect(thirdFriday(2025, 3)).toBe('2025-03-21');
    expect(thirdFriday(2024, 11)).toBe('2024-11-15');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(fullYear(24)).toBe(2024);
  });
});
