import { describe, expect, it } from 'vitest';
import { dailyReturns } from '../../../../main/engine/risk/dailyReturns.ts';
import type { PriceSeries } from '../../../../main/engine/risk/priceSeries.ts';

const series = (id: string, points: [string, number][]): PriceSeries => ({ id, dates: points.map((p) => p[0]), closes: Float64Array.from(points, (p) => p[1]) });

// An index that skips the weekend and a coin that trades through it (hand-made closes).
const index = series('SPX', [['2024-01-04', 100], ['2024-01-05', 102], ['2024-01-08', 99.96], ['2024-01-09', 100.9596]]);
const coin = series('BTC', [['2024-01-04', 40000], ['2024-01-05', 40400], ['2024-01-06', 41000], ['2024-01-07', 39000], ['2024-01-08', 38380], ['2024-01-09', 42218]]);

describe('dailyReturns', () => {
  it('aligns on the common dates: the coin’s Friday-to-Monday move is one row', () => {
    const m = dailyReturns([index, coin], { to: '2024-01-09' });
    expect(m.ids).toEqual(['SPX', 'BTC']);
    expect(m.dates).toEqual(['2024-01-05', '2024-01-08', '2024-01-09']);
    expect(Array.from(m.absolute)).toEqual([0, 0]);
    // SPX +2%, −2%, +1%; BTC +1%, 38380/40400 − 1 = −5%, +10% (tolerance 1e-15: one division).
    const expected = [0.02, 0.01, -0.02, -0.05, 0.01, 0.1];
    expected.forEach((x, k) => expect(Math.abs(m.moves[k]! - x)).toBeLessThan(1e-15));
  });

  it('keeps the moves ending in the range: up to `to`, from `from`, the last `last`', () => {
    expect(dailyReturns([index, coin], { to: '2024-01-08' }).dates).toEqual(['2024-01-05', '2024-01-08']);
    expect(dailyReturns([index, coin], { from: '2024-01-06', to: '2024-01-09' }).dates).toEqual(['2024-01-08', '2024-01-09']);
    const last = dailyReturns([coin], { to: '2024-01-09', last: 2 });
    expect(last.dates).toEqual(['2024-01-08', '2024-01-09']);
    expect(last.moves[1]).toBeCloseTo(0.1, 15);
    expect(dailyReturns([coin], { to: '2023-12-31' }).dates).toEqual([]);
  });

  it('moves a series with a close at or below zero by absolute changes, only where the range reads it', () => {
    // EIA WTI spot: 18.31 on 2020-04-17, −36.98 on 2020-04-20, 8.91 on 2020-04-21 (../shared/data/prices/wti-daily-eia.csv).
    const wti = series('WTI', [['2020-04-16', 19.87], ['2020-04-17', 18.31], ['2020-04-20', -36.98], ['2020-04-21', 8.91]]);
    const m = dailyReturns([wti], { to: '2020-04-21' });
    expect(m.absolute[0]).toBe(1);
    expect(Array.from(m.moves).map((x) => Number(x.toFixed(10)))).toEqual([-1.56, -55.29, 45.89]);
    const before = dailyReturns([wti], { to: '2020-04-17' });
    expect(before.absolute[0]).toBe(0);
    expect(dailyReturns([wti], { to: '2020-04-17' }, new Set(['WTI'])).absolute[0]).toBe(1);
  });

  it('gives an empty matrix without series', () => {
    expect(dailyReturns([], { to: '2024-01-09' })).toEqual({ ids: [], absolute: new Uint8Array(0), dates: [], moves: new Float64Array(0) });
  });
});
