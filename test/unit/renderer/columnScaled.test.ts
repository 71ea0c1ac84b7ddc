import { describe, expect, it } from 'vitest';
import { columnScaled } from '../../../renderer/stress/columnScaled.ts';

// The sample book's price ladder (resources/sample-book.json, resources/scenarios/price-ladder.json):
// rows "All prices −30%" and "All prices +30%"; column 0 DESK-A, column 1 DESK-C.
const ladder: [number, number, number][] = [
  [0, 0, -4_461_081.42],
  [0, 1, -2_664_989.82],
  [1, 0, 13_275.18],
  [1, 1, -52_745.69],
];

describe('columnScaled', () => {
  it("keeps each cell's value and appends it over its column's largest absolute value", () => {
    const scaled = columnScaled(ladder);
    expect(scaled.map(([x, y, value]) => [x, y, value])).toEqual(ladder);
    // DESK-C's −52.7K is −1 like DESK-A's −4.5M (on one scale it would be about −0.012: nearly white).
    expect(scaled.map((c) => c[3])).toEqual([-1, -2_664_989.82 / 4_461_081.42, 13_275.18 / 52_745.69, -1]);
  });

  it('scales a column whose largest move is a gain to +1 there', () => {
    expect(columnScaled([[0, 0, 200], [0, 1, -50]]).map((c) => c[3])).toEqual([1, -0.25]);
  });

  it('leaves an all-zero column at 0 rather than dividing by zero', () => {
    const scaled = columnScaled([...ladder, [2, 0, 0], [2, 1, 0]]);
    expect(scaled.slice(4).map((c) => c[3])).toEqual([0, 0]);
    expect(scaled.every((c) => Number.isFinite(c[3]))).toBe(true);
  });
});
