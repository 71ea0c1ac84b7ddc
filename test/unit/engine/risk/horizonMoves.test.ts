import { describe, expect, it } from 'vitest';
import { dailyReturns } from '../../../../main/engine/risk/dailyReturns.ts';
import { horizonMoves } from '../../../../main/engine/risk/horizonMoves.ts';

describe('horizonMoves', () => {
  it('compounds relative moves into the h-day price ratio and adds absolute ones, overlapping', () => {
    const closes = [100, 102, 96.9, 99.807, 98.80893];
    const prices = { id: 'X', dates: ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05'], closes: Float64Array.from(closes) };
    const points = { id: 'Y', dates: prices.dates, closes: Float64Array.of(5, -1, 2, 4, 3) };
    const daily = dailyReturns([prices, points], { to: '2024-01-05' });
    const two = horizonMoves(daily, 2);
    expect(two.dates).toEqual(['2024-01-03', '2024-01-04', '2024-01-05']);
    for (let row = 0; row < 3; row++) {
      // The 2-day move is the price ratio over the two days (tolerance 1e-15: compounding rounding).
      expect(Math.abs(two.moves[row * 2]! - (closes[row + 2]! / closes[row]! - 1))).toBeLessThan(1e-15);
    }
    expect(Array.from({ length: 3 }, (_, row) => two.moves[row * 2 + 1])).toEqual([-3, 5, 1]);
    expect(horizonMoves(daily, 4).dates).toEqual(['2024-01-05']);
    expect(horizonMoves(daily, 5).dates).toEqual([]);
    expect(horizonMoves(daily, 1)).toBe(daily);
    expect(() => horizonMoves(daily, 0)).toThrow(RangeError);
  });
});
