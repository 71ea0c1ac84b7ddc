import { describe, expect, it } from 'vitest';
import { numericDateParts, parseDate } from '../../../../main/importers/text/parseDate.ts';

describe('parseDate', () => {
  it('reads ISO dates, date-times and IB forms', () => {
    expect(parseDate('2025-01-15', 'mdy')).toBe('2025-01-15');
    expect(parseDate('2025-01-15T08:00:00Z', 'mdy')).toBe('2025-01-15');
    expect(parseDate('2025-01-15;150000', 'mdy')).toBe('2025-01-15');
    expect(parseDate('2025-12-31, 23:59:59 EST', 'mdy')).toBe('2025-12-31');
    expect(parseDate('20250115', 'dmy')).toBe('2025-01-15');
    expect(parseDate('2025/1/5', 'dmy')).toBe('2025-01-05');
  });

  it('reads numeric dates in the given order', () => {
    expect(parseDate('06/07/2024', 'mdy')).toBe('2024-06-07');
    expect(parseDate('06/07/2024', 'dmy')).toBe('2024-07-06');
    expect(parseDate('31.12.24', 'dmy')).toBe('2024-12-31');
    expect(parseDate('12-31-2024 08:00', 'mdy')).toBe('2024-12-31');
    expect(parseDate('31/12/2024', 'mdy')).toBeUndefined();
  });

  it('reads month names and epoch times', () => {
    expect(parseDate('27DEC24', 'mdy')).toBe('2024-12-27');
    expect(parseDate('27-Dec-2024', 'mdy')).toBe('2024-12-27');
    expect(parseDate('27 December 2024', 'mdy')).toBe('2024-12-27');
    expect(parseDate('December 31, 2025', 'dmy')).toBe('2025-12-31');
    expect(parseDate('Mar 14, 2025', 'dmy')).toBe('2025-03-14');
    expect(parseDate('1596096000000', 'mdy')).toBe('2020-07-30');
    expect(parseDate('1596096000', 'mdy')).toBe('2020-07-30');
  });

  it('rejects what is not a date', () => {
    for (const text of ['', 'soon', '2025-02-30', '13/13/2024', '123', '2025-13-01']) expect(parseDate(text, 'dmy'), text).toBeUndefined();
  });
});

describe('numericDateParts', () => {
  it('gives the two leading numbers of a numeric date only', () => {
    expect(numericDateParts('31/12/2024')).toEqual([31, 12]);
    expect(numericDateParts('2024-12-31')).toBeUndefined();
  });
});
