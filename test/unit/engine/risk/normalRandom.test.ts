import { describe, expect, it } from 'vitest';
import { normalRandom } from '../../../../main/engine/risk/normalRandom.ts';

describe('normalRandom', () => {
  it('gives the same stream for the same seed, however the draws are split', () => {
    const whole = new Float64Array(1001);
    normalRandom(42).fill(whole);
    const pieces = new Float64Array(1001);
    const random = normalRandom(42);
    for (const [from, to] of [[0, 1], [1, 4], [4, 4], [4, 500], [500, 1001]] as const) random.fill(pieces, from, to);
    expect(pieces).toEqual(whole);
    const other = new Float64Array(1001);
    normalRandom(43).fill(other);
    expect(other).not.toEqual(whole);
  });

  it('draws standard normals: mean, variance, tails and lag correlation within sampling error', () => {
    // n = 200,000: standard errors 0.0022 (mean), 0.0032 (variance), 0.0022 (lag-1
    // correlation); tolerances 4 standard errors. P(|Z| > 2.326) = 0.02, s.e. 0.00031.
    const n = 200_000;
    const x = new Float64Array(n);
    normalRandom(7).fill(x);
    let sum = 0;
    let squares = 0;
    let lag = 0;
    let tail = 0;
    for (let i = 0; i < n; i++) {
      sum += x[i]!;
      squares += x[i]! ** 2;
      if (i > 0) lag += x[i]! * x[i - 1]!;
      if (Math.abs(x[i]!) > 2.326347874040841) tail++;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.009);
    expect(Math.abs(squares / n - 1)).toBeLessThan(0.013);
    expect(Math.abs(lag / n)).toBeLessThan(0.009);
    expect(Math.abs(tail / n - 0.02)).toBeLessThan(0.00125);
  });

  it('refuses a seed that is not a 32-bit whole number', () => {
    for (const seed of [-1, 1.5, 2 ** 32]) expect(() => normalRandom(seed)).toThrow(RangeError);
  });
});
