import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blackScholesMerton } from '../../../main/engine/blackScholesMerton.ts';
import { DELTA, GAMMA, PRICE, RHO, THETA, VANNA, VEGA, VOLGA, valuationFields } from '../../../main/engine/valuationFields.ts';
import { kitDataDir } from './kitData.ts';

const bsm = (isCall: boolean, S: number, K: number, T: number, r: number, q: number, sigma: number) => blackScholesMerton(isCall, S, K, T, r, q, sigma);

describe('blackScholesMerton', () => {
  // Hull, Options, Futures and Other Derivatives, the Black-Scholes-Merton worked example
  // (S=42, K=40, r=10%, σ=20%, T=0.5): call 4.7594, put 0.8086, as quoted in
  // ../shared/spec/methodologies.md. Tolerance 5e-5 (the book's 4-decimal rounding).
  it('reproduces Hull’s worked example', () => {
    expect(Math.abs((bsm(true, 42, 40, 0.5, 0.1, 0, 0.2)[PRICE] as number) - 4.7594)).toBeLessThan(5e-5);
    expect(Math.abs((bsm(false, 42, 40, 0.5, 0.1, 0, 0.2)[PRICE] as number) - 0.8086)).toBeLessThan(5e-5);
  });

  // py_vollib_vectorized's 101 reference cases (../shared/data/pricing_reference, SOURCES.md),
  // q = 0. Their units: theta per year, vega per 1.00 vol, rho per 1.00 rate; ours per day,
  // per vol point, per percentage point, so theta × 365, vega × 100, rho × 100 compare.
  // Tolerance: |ours − theirs| ≤ 1e-9 + 2e-8·|theirs| (their values carry about 10
  // significant digits and are rounded to about 1e-10 absolute).
  const data = JSON.parse(readFileSync(path.join(kitDataDir, 'pricing_reference/py_vollib_bs_test_data.json'), 'utf8')) as { columns: string[]; data: number[][] };
  const column = (name: string) => data.columns.indexOf(name);
  const cases = data.data.map((row, index) => ({ index, row }));
  it('has the 101 cases', () => expect(cases).toHaveLength(101));
  it.each(cases)('py_vollib case $index: prices and greeks', ({ row }) => {
    const [S, K, r, T, sigma] = row as [number, number, number, number, number];
    const call = bsm(true, S, K, T, r, 0, sigma);
    const put = bsm(false, S, K, T, r, 0, sigma);
    const checks: [string, number, number][] = [
      ['bs_call', call[PRICE] as number, 1],
      ['bs_put', put[PRICE] as number, 1],
      ['CD', call[DELTA] as number, 1],
      ['CG', call[GAMMA] as number, 1],
      ['CT', call[THETA] as number, 365],
      ['CV', call[VEGA] as number, 100],
      ['CR', call[RHO] as number, 100],
      ['PD', put[DELTA] as number, 1],
      ['PG', put[GAMMA] as number, 1],
      ['PT', put[THETA] as number, 365],
      ['PV', put[VEGA] as number, 100],
      ['PR', put[RHO] as number, 100],
    ];
    for (const [name, ours, scale] of checks) {
      const theirs = row[column(name)] as number;
      expect(Math.abs(ours * scale - theirs), name).toBeLessThanOrEqual(1e-9 + 2e-8 * Math.abs(theirs));
    }
  });

  // Put-call parity C − P = S·e^(−qT) − K·e^(−rT) (exact identity; tolerance 1e-12 × (S + K)).
  it('satisfies put-call parity across a grid', () => {
    for (const S of [20, 80, 100, 125, 400]) {
      for (const T of [1 / 365, 0.25, 2, 10]) {
        for (const [r, q] of [[0.05, 0.02], [0, 0], [-0.01, 0.03]] as const) {
          for (const sigma of [0.05, 0.3, 1.5]) {
            const parity = S * Math.exp(-q * T) - 100 * Math.exp(-r * T);
            const difference = (bsm(true, S, 100, T, r, q, sigma)[PRICE] as number) - (bsm(false, S, 100, T, r, q, sigma)[PRICE] as number);
            expect(Math.abs(difference - parity)).toBeLessThan(1e-12 * (S + 100));
          }
        }
      }
    }
  });

  // Greeks against central finite differences of the price (bumps: S ± 1e-4·S, σ ± 1e-5,
  // T ± 1e-6, r ± 1e-6). Tolerance: 1e-6 relative to the greek's scale (truncation + rounding
  // of the differences), checked for calls and puts, spot with yield.
  it('greeks match finite differences of the price', () => {
    const scaleOf = { delta: 1, gamma: 0.01, vega: 0.1, theta: 0.01, rho: 0.1, vanna: 0.01, volga: 0.01 } as const;
    for (const isCall of [true, false]) {
      for (const [S, K, T, r, q, sigma] of [
        [100, 100, 0.5, 0.05, 0.02, 0.25],
        [100, 80, 1.2, 0.03, 0.01, 0.4],
        [100, 130, 0.1, 0.08, 0.0, 0.6],
        [5000, 5200, 0.3, 0.053, 0.015, 0.18],
      ] as const) {
        const p = (s: number, t: number, rate: number, vol: number) => bsm(isCall, s, K, t, rate, q, vol)[PRICE] as number;
        const hS = 1e-4 * S;
        const g = bsm(isCall, S, K, T, r, q, sigma);
        const delta = (s: number, vol: number) => (p(s + hS, T, r, vol) - p(s - hS, T, r, vol)) / (2 * hS);
        const vega = (vol: number) => (p(S, T, r, vol + 1e-5) - p(S, T, r, vol - 1e-5)) / 2e-5;
        const fd = {
          delta: delta(S, sigma),
          gamma: (p(S + hS, T, r, sigma) - 2 * p(S, T, r, sigma) + p(S - hS, T, r, sigma)) / (hS * hS),
          vega: vega(sigma) * 0.01,
          theta: (-(p(S, T + 1e-6, r, sigma) - p(S, T - 1e-6, r, sigma)) / 2e-6) / 365,
          rho: ((p(S, T, r + 1e-6, sigma) - p(S, T, r - 1e-6, sigma)) / 2e-6) * 0.01,
          vanna: ((delta(S, sigma + 1e-5) - delta(S, sigma - 1e-5)) / 2e-5) * 0.01,
          volga: ((vega(sigma + 1e-4) - vega(sigma - 1e-4)) / 2e-4) * 1e-4,
        };
        for (const [name, expected] of Object.entries(fd) as [keyof typeof scaleOf, number][]) {
          const analytic = g[valuationFields.indexOf(name)] as number;
          expect(Math.abs(analytic - expected), `${isCall ? 'call' : 'put'} ${name} S=${S} K=${K}`).toBeLessThan(1e-6 * Math.max(Math.abs(expected), scaleOf[name] * (S / 100)));
        }
      }
    }
  });

  it('values expiring, zero-vol and degenerate options without NaN', () => {
    // Expiring now: exercise value, step delta (exact).
    expect(Array.from(bsm(true, 105, 100, 0, 0.05, 0, 0.3))).toEqual([5, 1, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(bsm(false, 105, 100, -0.1, 0.05, 0, 0.3))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(bsm(false, 100, 100, 0, 0.05, 0, 0.3)[DELTA]).toBe(-0.5);
    // Zero vol: discounted forward intrinsic (tolerance 1e-12).
    const forward = 100 * Math.exp(0.04 * 0.5);
    expect(Math.abs((bsm(true, 100, 95, 0.5, 0.05, 0.01, 0)[PRICE] as number) - Math.exp(-0.05 * 0.5) * (forward - 95))).toBeLessThan(1e-12);
    expect(bsm(true, 100, 120, 0.5, 0.05, 0.01, 0)[PRICE]).toBe(0);
    // Non-positive underlying: the call is worthless, the put is K·e^(−rT) − S·e^(−qT).
    const negative = bsm(false, -37.63, 20, 0.1, 0.01, 0.01, 0.5);
    expect(Math.abs((negative[PRICE] as number) - (20 + 37.63) * Math.exp(-0.001))).toBeLessThan(1e-12);
    expect(bsm(true, -37.63, 20, 0.1, 0.01, 0.01, 0.5)[PRICE]).toBeCloseTo(0, 15);
    // Deep in and out of the money, huge and tiny vols: finite everywhere.
    for (const [S, sigma] of [[1e-6, 0.3], [1e6, 0.3], [100, 1e-9], [100, 50], [1e12, 2]] as const) {
      for (const isCall of [true, false]) {
        const v = bsm(isCall, S, 100, 1, 0.05, 0.02, sigma);
        for (const x of v) expect(Number.isFinite(x)).toBe(true);
        expect(v[PRICE] as number).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('checks the output buffer', () => {
    const out = new Float64Array(8);
    expect(bsm(true, 100, 100, 1, 0.05, 0, 0.2)).toBeInstanceOf(Float64Array);
    expect(blackScholesMerton(true, 100, 100, 1, 0.05, 0, 0.2, out)).toBe(out);
    expect(() => blackScholesMerton(true, 100, 100, 1, 0.05, 0, 0.2, new Float64Array(3))).toThrow(RangeError);
    expect(out[VANNA]).not.toBe(0);
    expect(out[VOLGA]).not.toBe(0);
  });
});
