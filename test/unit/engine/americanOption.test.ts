import { describe, expect, it } from 'vitest';
import { americanOption } from '../../../main/engine/americanOption.ts';
import { black76 } from '../../../main/engine/black76.ts';
import { bjerksundStensland2002 } from '../../../main/engine/bjerksundStensland2002.ts';
import { blackScholesMerton } from '../../../main/engine/blackScholesMerton.ts';
import { DELTA, GAMMA, PRICE, RHO, THETA, VANNA, VEGA, VOLGA, valuationFields } from '../../../main/engine/valuationFields.ts';

describe('americanOption', () => {
  // Where early exercise is never optimal the American value is the European one, so the
  // finite-difference greeks must reproduce the analytic BSM greeks. Tolerance: 1e-6 of the
  // greek's scale for first-order greeks, 1e-4 for second-order ones (finite-difference error
  // of the 1e-4 bumps).
  it('reproduces the analytic greeks of a call without dividends (spot) and a put with r = 0 (future)', () => {
    const cases = [
      { american: americanOption(true, 105, 100, 0.5, 0.05, 0.05, 0.3, false), european: blackScholesMerton(true, 105, 100, 0.5, 0.05, 0, 0.3) },
      { american: americanOption(false, 95, 100, 0.5, 0, 0, 0.3, true), european: black76(false, 95, 100, 0.5, 0, 0.3) },
    ];
    for (const { american, european } of cases) {
      for (const [field, tolerance] of [[PRICE, 1e-12], [DELTA, 1e-6], [VEGA, 1e-6], [THETA, 1e-6], [GAMMA, 1e-4], [VANNA, 1e-4], [VOLGA, 1e-4]] as const) {
        const name = valuationFields[field];
        expect(Math.abs((american[field] as number) - (european[field] as number)), name).toBeLessThan(tolerance * Math.max(1, Math.abs(european[field] as number)));
      }
    }
    // Rho: on spot the carry moves with the rate (BSM rho); tolerance 1e-6.
    expect(Math.abs((cases[0]?.american[RHO] as number) - (cases[0]?.european[RHO] as number))).toBeLessThan(1e-6);
  });

  it('gives the American put sensible greeks and the exercise value at expiry', () => {
    const put = americanOption(false, 95, 100, 0.5, 0.05, 0.05, 0.3, false);
    expect(put[PRICE]).toBe(bjerksundStensland2002(false, 95, 100, 0.5, 0.05, 0.05, 0.3));
    expect(put[DELTA] as number).toBeLessThan(0);
    expect(put[DELTA] as number).toBeGreaterThan(-1);
    expect(put[GAMMA] as number).toBeGreaterThan(0);
    expect(put[VEGA] as number).toBeGreaterThan(0);
    expect(put[RHO] as number).toBeLessThan(0);
    for (const x of put) expect(Number.isFinite(x)).toBe(true);
    expect(Array.from(americanOption(false, 95, 100, 0, 0.05, 0.05, 0.3, false))).toEqual([5, -1, 0, 0, 0, 0, 0, 0]);
    const zeroVol = americanOption(false, 95, 100, 0.5, 0.05, 0.05, 0, false);
    for (const x of zeroVol) expect(Number.isFinite(x)).toBe(true);
  });
});
