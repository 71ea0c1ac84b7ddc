import { describe, expect, it } from 'vitest';
import { timeKey } from '../../../../main/importers/formats/timeKey.ts';

describe('timeKey', () => {
  it('makes log times sortable, epoch milliseconds to the millisecond', () => {
    expect(timeKey('2024-12-27 8:00:01', 'mdy')).toBe('2024-12-27T08:00:01');
    expect(timeKey('27/12/2024 08:00', 'dmy')).toBe('2024-12-27T08:00:00');
    expect(timeKey('1741600000123', 'mdy')).toBe('2025-03-10T09:46:40.123');
    expect(timeKey('yesterday', 'mdy')).toBeUndefined();
  });
});
