import { describe, expect, it } from 'vitest';
import { keepUnchangedRows } from '../../../renderer/book/keepUnchangedRows.ts';

const row = (rowId: string, quantity: number, delta: number | null = null) => ({ rowId, quantity, delta });

describe('keepUnchangedRows', () => {
  it('keeps the object of every row whose fields are all equal, and takes the new one where a field moved', () => {
    const before = [row('1', 10, 0.5), row('2', 20, 1), row('3', 30, null)];
    const after = keepUnchangedRows(before, [row('1', 10, 0.5), row('2', 25, 1), row('3', 30, null)]);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]).toEqual(row('2', 25, 1));
    expect(after[2]).toBe(before[2]);
  });

  it('follows the new order, drops rows that are gone and adds new ones', () => {
    const before = [row('1', 10), row('2', 20)];
    const added = row('3', 5);
    const after = keepUnchangedRows(before, [added, row('1', 10)]);
    expect(after).toHaveLength(2);
    expect(after[0]).toBe(added);
    expect(after[1]).toBe(before[0]);
  });

  it('tells a null from a zero and a missing field from an undefined one', () => {
    const before = [row('1', 0, 0), { rowId: '2', quantity: 1 } as { rowId: string; quantity: number; delta?: number }];
    const after = keepUnchangedRows(before, [row('1', 0, null), { rowId: '2', quantity: 1, delta: undefined }]);
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });

  it('treats NaN as equal to NaN, so a figure that cannot be computed does not redraw its row each time', () => {
    const before = [row('1', 1, Number.NaN)];
    expect(keepUnchangedRows(before, [row('1', 1, Number.NaN)])[0]).toBe(before[0]);
  });
});
