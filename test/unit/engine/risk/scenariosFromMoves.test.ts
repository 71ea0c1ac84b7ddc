import { describe, expect, it } from 'vitest';
import { scenariosFromMoves } from '../../../../main/engine/risk/scenariosFromMoves.ts';

describe('scenariosFromMoves', () => {
  it('turns matrix rows into per-factor scenarios: relative, absolute, vol relative or in points', () => {
    // Columns: P (relative price), Q (absolute price), V (relative vol index), W (an absolute vol index: points).
    const matrix = { ids: ['P', 'Q', 'V', 'W'], absolute: Uint8Array.of(0, 1, 0, 1), dates: ['d1', 'd2', 'd3'], moves: Float64Array.of(0.01, -2, 0.1, 3, 0.02, 5, -0.2, -4, -0.03, 1, 0.3, 6) };
    // Factor 0 ← P with vol V; factor 1 ← Q with vol W; factor 2 has no history.
    const set = scenariosFromMoves(matrix, { price: Int32Array.of(0, 1, -1), vol: Int32Array.of(2, 3, -1) }, 1, 2, 7);
    expect(set.count).toBe(2);
    expect(Array.from(set.daysForward)).toEqual([7, 7]);
    expect(Array.from(set.priceRelative)).toEqual([0.02, 0, 0, -0.03, 0, 0]);
    expect(Array.from(set.priceAbsolute)).toEqual([0, 5, 0, 0, 1, 0]);
    expect(Array.from(set.volRelative)).toEqual([-0.2, 0, 0, 0.3, 0, 0]);
    expect(Array.from(set.volAbsolute)).toEqual([0, -0.04, 0, 0, 0.06, 0]);
  });
});
