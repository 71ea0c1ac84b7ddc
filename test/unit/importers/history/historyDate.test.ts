import { describe, expect, it } from 'vitest';
import { historyDate } from '../../../../main/importers/history/historyDate.ts';

describe('historyDate', () => {
  it('reads ISO days and months as written', () => {
    expect(historyDate('2020-04-20')).toEqual({ date: '2020-04-20', form: 'daily' });
    expect(historyDate('1833-01')).toEqual({ date: '1833-01', form: 'monthly' });
    expect(historyDate('2024-02-29')).toEqual({ date: '2024-02-29', form: 'daily' });
  });

  it('refuses days that do not exist and other forms', () => {
    for (const text of ['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00', '20240102', '02/01/2024', '2024-1-2', ' 2024-01-02', '']) expect(historyDate(text)).toBeUndefined();
    expect(historyDate('2000-02-29')).toBeDefined();
  });
});
