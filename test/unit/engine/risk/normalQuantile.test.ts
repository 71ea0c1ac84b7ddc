import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../../main/engine/normalCdf.ts';
import { normalQuantile } from '../../../../main/engine/risk/normalQuantile.ts';

describe('normalQuantile', () => {
  it('matches the published quantiles', () => {
    // R qnorm (Wichura AS241, double precision); ../shared/spec/methodologies.md quotes
    // z(99%) = 2.3263 and z(97.5%) = 1.9600. Tolerance 1e-12 absolute.
    const table: [number, number][] = [
      [0.5, 0],
      [0.975, 1.959963984540054],
      [0.99, 2.326347874040841],
      [0.995, 2.575829303548901],
      [0.999, 3.090232306167813],
      [0.01, -2.326347874040841],
      [1e-10, -6.361340902404056],
    ];
    for (const [p, z] of table) expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-12);
  });

  it('inverts normalCdf across the range', () => {
    // Relative 1e-13 in the tail probability on both sides (tolerance: Cody's N, below 5e-15
    // relative, times the Halley step's residual). On the upper side the tail is q = 1 − (1 − p)
    // as doubles hold it: 1 − p itself rounds.
    for (let e = -14; e <= -1; e += 0.25) {
      const p = 10 ** e;
      expect(Math.abs(normalCdf(normalQuantile(p)) / p - 1)).toBeLessThan(1e-13);
      const upper = 1 - p;
      expect(Math.abs(normalCdf(-normalQuantile(upper)) / (1 - upper) - 1)).toBeLessThan(1e-13);
    }
  });

  it('refuses probabilities outside (0, 1)', () => {
    for (const p of [0, 1, -0.1, 1.5, Number.NaN]) expect(() => normalQuantile(p)).toThrow(RangeError);
  });
});
