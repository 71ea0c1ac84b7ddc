import { describe, expect, it } from 'vitest';
import { priceVolGrid } from '../../../../main/engine/risk/priceVolGrid.ts';

describe('priceVolGrid', () => {
  it('crosses every price move with every vol move, prices outermost', () => {
    const grid = priceVolGrid([-0.1, 0.05], [0, 1]);
    expect(grid.description).toBe('−10%..+5% prices × +0%..+100% vol, relative.');
    expect(grid.scenarios.map((s) => [s.id, s.name])).toEqual([
      ['px-10_vol0', 'Prices -10%, vol +0%'],
      ['px-10_vol100', 'Prices -10%, vol +100%'],
      ['px5_vol0', 'Prices +5%, vol +0%'],
      ['px5_vol100', 'Prices +5%, vol +100%'],
    ]);
    expect(grid.scenarios[1]!.shocks).toEqual([{ target: { all: true }, price: { type: 'relative', value: -0.1 }, vol: { type: 'relative', value: 1 } }]);
    expect(priceVolGrid().scenarios).toHaveLength(20);
    expect(() => priceVolGrid([], [0])).toThrow(RangeError);
  });
});
