import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../main/engine/normalCdf.ts';
import { normalCdfPair } from '../../../main/engine/normalCdfPair.ts';

// Reference: our own Cody `normalCdf` (itself checked against mpmath in normalCdf.test.ts).
// Tolerance: absolute 5e-16 (Hart/West double precision is accurate in absolute terms).
describe('normalCdfPair', () => {
  it('gives N(d1) and N(d1 − sd) with one exponential, for F/K consistent with d1', () => {
    const n1 = new Float64Array(1);
    const n2 = new Float64Array(1);
    let worst = 0;
    for (let logMoneyness = -3; logMoneyness <= 3; logMoneyness += 0.05) {
      for (const sd of [1e-6, 0.01, 0.1, 0.3, 1, 2.5, 6, 40]) {
        const d1 = logMoneyness / sd + 0.5 * sd;
        normalCdfPair(d1, sd, Math.exp(logMoneyness), n1, n2, 0);
        worst = Math.max(worst, Math.abs((n1[0] as number) - normalCdf(d1)), Math.abs((n2[0] as number) - normalCdf(d1 - sd)));
      }
    }
    expect(worst).toBeLessThan(5e-16);
  });

  it('computes the second exponential directly when the first underflows', () => {
    const n1 = new Float64Array(1);
    const n2 = new Float64Array(1);
    normalCdfPair(45, 44, Infinity, n1, n2, 0);
    expect(n1[0]).toBe(1);
    expect(Math.abs((n2[0] as number) - normalCdf(1))).toBeLessThan(5e-16);
  });
});
