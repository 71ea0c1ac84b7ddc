import { describe, expect, it } from 'vitest';
import { bivariateNormalCdfFor } from '../../../main/engine/bivariateNormalCdfFor.ts';
import { normalCdf } from '../../../main/engine/normalCdf.ts';

// Reference values: mpmath 1.3 `quad` of n(x)·N((b − ρx)/√(1 − ρ²)) over (−∞, a] at 25 digits.
// Tolerance: absolute 1e-15 (Genz 2004 reports about 1e-15).
const reference: [number, number, number, number][] = [
  [0, 0, 0.5, 0.3333333333333333],
  [1, -1, 0.2, 0.14400759595238852],
  [-2, -1.5, 0.9, 0.02028458672967742],
  [0.5, 0.3, -0.95, 0.30960557176590725],
  [-1, 2, -0.6, 0.14283247815983913],
  [2.5, 1.5, 0.99, 0.9331927987311411],
  [-3, -3, 0.3, 2.3851515745155807e-05],
  [0.1, -0.2, 0.8, 0.36750539619576145],
  [-0.7, -0.9, -0.2, 0.02897440027412323],
  [3, -2, 0.95, 0.022750131948179205],
  [-1.2, 0.4, 0.93, 0.11506938687772389],
  [1.3, 1.3, -0.999, 0.8063990308287794],
  // ρ = ±√((√5 − 1)/2), the correlation Bjerksund-Stensland (2002) always uses.
  [0.5, -0.3, 0.7861513777574233, 0.3676761612321956],
  [-2.5, 1.2, 0.7861513777574233, 0.006209665046726236],
  [1.7, 2.2, -0.7861513777574233, 0.9415310897802871],
  [-0.4, -0.9, -0.7861513777574233, 0.002311251356464719],
  [4, -4, 0.7861513777574233, 3.167124183311993e-5],
  [-3, 3.5, -0.7861513777574233, 0.0012415101667069082],
];

const bivariateNormalCdf = (a: number, b: number, rho: number) => bivariateNormalCdfFor(rho)(a, b);

describe('bivariateNormalCdfFor', () => {
  it.each(reference)('M(%d, %d; %d) matches mpmath', (a, b, rho, expected) => {
    expect(Math.abs(bivariateNormalCdf(a, b, rho) - expected)).toBeLessThan(1e-15);
  });

  it('reduces to the univariate cases exactly', () => {
    expect(bivariateNormalCdf(0.4, -0.7, 0)).toBe(normalCdf(0.4) * normalCdf(-0.7));
    expect(bivariateNormalCdf(Infinity, 0.3, 0.5)).toBe(normalCdf(0.3));
    expect(bivariateNormalCdf(0.3, Infinity, -0.5)).toBe(normalCdf(0.3));
    expect(bivariateNormalCdf(-Infinity, 0.3, 0.5)).toBe(0);
    // ρ = 1: M(a, b; 1) = N(min(a, b)); ρ = −1: max(0, N(a) + N(b) − 1) (tolerance 1e-15).
    expect(Math.abs(bivariateNormalCdf(0.2, 0.5, 1) - normalCdf(0.2))).toBeLessThan(1e-15);
    expect(Math.abs(bivariateNormalCdf(0.2, 0.5, -1) - (normalCdf(0.2) + normalCdf(0.5) - 1))).toBeLessThan(1e-15);
  });
});
