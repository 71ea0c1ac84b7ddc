import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../main/engine/normalCdf.ts';
import { normalPdf } from '../../../main/engine/normalPdf.ts';

// Reference values: mpmath 1.3 `ncdf` at 30 significant digits, rounded to the nearest double.
// Tolerance: relative 3e-13 in the far tail (x ≤ −20), 5e-15 elsewhere (Cody 1969 accuracy
// with a single exp(−x²/2), see main/engine/normalCdf.ts).
const reference: [number, number][] = [
  [-37, 5.725571222524577e-300],
  [-20, 2.7536241186062337e-89],
  [-10, 7.619853024160525e-24],
  [-5, 2.866515718791939e-07],
  [-1, 0.15865525393145705],
  [-0.5, 0.3085375387259869],
  [0, 0.5],
  [0.3, 0.6179114221889527],
  [1, 0.8413447460685429],
  [2, 0.9772498680518208],
  [5, 0.9999997133484281],
  [8, 0.9999999999999993],
];

describe('normalCdf', () => {
  it.each(reference)('N(%d) matches mpmath', (x, expected) => {
    const tolerance = x <= -20 ? 3e-13 : 5e-15;
    expect(Math.abs(normalCdf(x) - expected) / expected).toBeLessThan(tolerance);
  });

  it('is symmetric, monotone and saturates without NaN', () => {
    for (let x = -8; x <= 8; x += 0.0625) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15);
    let previous = 0;
    for (let x = -40; x <= 40; x += 0.01) {
      const value = normalCdf(x);
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-1000)).toBe(0);
  });

  it('density integrates to the distribution (Simpson, h = 1e-3, |error| < 1e-12)', () => {
    const a = -6;
    const b = 1.5;
    const n = 7500;
    const h = (b - a) / n;
    let sum = normalPdf(a) + normalPdf(b);
    for (let k = 1; k < n; k++) sum += (k % 2 === 1 ? 4 : 2) * normalPdf(a + k * h);
    expect(Math.abs(normalCdf(a) + (sum * h) / 3 - normalCdf(b))).toBeLessThan(1e-12);
  });
});
