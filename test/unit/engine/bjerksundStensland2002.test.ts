import { describe, expect, it } from 'vitest';
import { bjerksundStensland2002 } from '../../../main/engine/bjerksundStensland2002.ts';
import { blackScholesMerton } from '../../../main/engine/blackScholesMerton.ts';
import { PRICE } from '../../../main/engine/valuationFields.ts';
import { binomialAmerican } from './binomialAmerican.ts';

const european = (isCall: boolean, S: number, K: number, T: number, r: number, b: number, sigma: number) =>
  blackScholesMerton(isCall, S, K, T, r, r - b, sigma)[PRICE] as number;

describe('bjerksundStensland2002', () => {
  // Haug, The Complete Guide to Option Pricing Formulas (2nd ed., 2007), Table 3-2, p. 107:
  // Bjerksund-Stensland (2002) values, K = 100, r = 0.1, b = 0 (options on futures).
  // Tolerance 5e-5 (the table's 4-decimal rounding).
  const haugTable: [boolean, number, number, number, number][] = [];
  const calls = [
    [0.0205, 1.8757, 10.0], [0.3151, 3.1256, 10.3725], [0.9479, 4.3746, 11.1578],
    [0.8099, 4.0628, 10.7898], [2.718, 6.7661, 12.9814], [4.9665, 9.4608, 15.5137],
  ];
  const puts = [
    [10.0, 1.8757, 0.0408], [10.228, 3.1256, 0.4552], [10.8663, 4.3746, 1.2383],
    [10.54, 4.0628, 1.0689], [12.4097, 6.7661, 3.2932], [14.6445, 9.4608, 5.8374],
  ];
  [0.1, 0.5].forEach((T, t) =>
    [0.15, 0.25, 0.35].forEach((sigma, v) =>
      [90, 100, 110].forEach((F, f) => {
        haugTable.push([true, F, T, sigma, calls[t * 3 + v]?.[f] as number]);
        haugTable.push([false, F, T, sigma, puts[t * 3 + v]?.[f] as number]);
      }),
    ),
  );
  it.each(haugTable)('Haug Table 3-2: call=%s F=%d T=%d σ=%d → %d', (isCall, F, T, sigma, expected) => {
    expect(Math.abs(bjerksundStensland2002(isCall, F, 100, T, 0.1, 0, sigma) - expected)).toBeLessThan(5e-5);
  });

  // OpenGamma Strata/analytics BjerksundStenslandModelTest.priceTest: S=120, K=100, r=8%,
  // q=12% (b = −4%), T=0.25, σ=30%, American call 20.193913138412203. Tolerance 2e-6: their
  // bivariate normal differs from Genz's (ours, accurate to 1e-15) at that level.
  it('matches OpenGamma’s reference call', () => {
    expect(Math.abs(bjerksundStensland2002(true, 120, 100, 0.25, 0.08, -0.04, 0.3) - 20.193913138412203)).toBeLessThan(2e-6);
  });

  // The approximation's error, measured against a 1,000/1,001-step CRR tree (binomialAmerican,
  // itself within about 3e-4 of the true value here) on the standard test grids: Geske-Johnson
  // short-dated puts (S = 40, r = 4.88%, as tabulated by Ju 1999 Exhibit 3) and long-dated calls
  // with dividends (S = 80..120, K = 100, T = 3, Ju 1999 Exhibit 6). Documented error: a lower
  // bound, below the true value by at most 1.5% of it (+ 1e-3 for tiny values).
  const grid: [boolean, number, number, number, number, number, number][] = [];
  for (const K of [35, 40, 45]) for (const T of [0.0833, 0.3333, 0.5833]) for (const sigma of [0.2, 0.3, 0.4]) grid.push([false, 40, K, T, 0.0488, 0.0488, sigma]);
  for (const S of [80, 100, 120]) {
    for (const [q, r, sigma] of [[0.07, 0.03, 0.2], [0.07, 0.03, 0.4], [0.07, 0.00001, 0.3], [0.03, 0.07, 0.3]] as const) grid.push([true, S, 100, 3, r, r - q, sigma]);
  }
  it.each(grid)('is a lower bound within 1.5%%: call=%s S=%d K=%d T=%d', (isCall, S, K, T, r, b, sigma) => {
    const reference = binomialAmerican(isCall, S, K, T, r, b, sigma, 1000);
    const approximation = bjerksundStensland2002(isCall, S, K, T, r, b, sigma);
    expect(approximation).toBeLessThanOrEqual(reference + 5e-4);
    expect(reference - approximation).toBeLessThanOrEqual(0.015 * reference + 1e-3);
  });

  it('is never below the European value or the exercise value', () => {
    for (const isCall of [true, false]) {
      for (const S of [50, 90, 100, 110, 200]) {
        for (const [r, b] of [[0.05, 0.05], [0.05, 0.0], [0.05, -0.03], [0.0, -0.02], [-0.01, 0.01]] as const) {
          for (const sigma of [0.01, 0.2, 0.8]) {
            const value = bjerksundStensland2002(isCall, S, 100, 0.5, r, b, sigma);
            expect(value).toBeGreaterThanOrEqual(european(isCall, S, 100, 0.5, r, b, sigma) - 1e-12);
            expect(value).toBeGreaterThanOrEqual(Math.max(isCall ? S - 100 : 100 - S, 0));
          }
        }
      }
    }
  });

  // Merton (1973): an American call on an asset without dividends (b ≥ r) is never exercised
  // early, so it equals the European call; by the put-call transformation, so does an American
  // put when r ≤ 0. Exact (same formula), tolerance 0.
  it('equals the European value where early exercise is never optimal', () => {
    for (const S of [80, 100, 120]) {
      expect(bjerksundStensland2002(true, S, 100, 1, 0.05, 0.05, 0.25)).toBe(european(true, S, 100, 1, 0.05, 0.05, 0.25));
      expect(bjerksundStensland2002(true, S, 100, 1, 0.03, 0.06, 0.25)).toBe(european(true, S, 100, 1, 0.03, 0.06, 0.25));
      expect(bjerksundStensland2002(false, S, 100, 1, 0, 0, 0.25)).toBe(european(false, S, 100, 1, 0, 0, 0.25));
    }
  });

  it('gives values at the edges, never NaN', () => {
    expect(bjerksundStensland2002(false, 90, 100, 0, 0.05, 0.05, 0.3)).toBe(10);
    expect(bjerksundStensland2002(false, 90, 100, -1, 0.05, 0.05, 0.3)).toBe(10);
    expect(bjerksundStensland2002(false, 90, 100, 1, 0.05, 0.05, 0)).toBe(10);
    expect(bjerksundStensland2002(false, -5, 100, 1, 0.05, 0.05, 0.3)).toBe(105);
    expect(bjerksundStensland2002(true, -5, 100, 1, 0.05, 0.0, 0.3)).toBe(0);
    // QuantLib americanoption.cpp (Bjerksund-Stensland cases): tiny vols give the exercise
    // value, a 1000% vol stays finite. Tolerance 1e-4.
    expect(Math.abs(bjerksundStensland2002(true, 110, 100, 1, 0.05, 0, 0.0001) - 10)).toBeLessThan(1e-4);
    expect(Math.abs(bjerksundStensland2002(false, 100, 110, 1, 0.05, 0, 0.0001) - 10)).toBeLessThan(1e-4);
    for (const sigma of [1e-6, 10, 50]) {
      for (const isCall of [true, false]) expect(Number.isFinite(bjerksundStensland2002(isCall, 100, 100, 1, 0.05, -0.02, sigma))).toBe(true);
    }
  });
});
