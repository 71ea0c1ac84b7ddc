import { normalCdf } from './normalCdf.ts';
import { normalPdf } from './normalPdf.ts';
import { DELTA, GAMMA, PRICE, RHO, THETA, VANNA, VEGA, VOLGA, valuationBuffer, valuationFieldCount } from './valuationFields.ts';

/**
 * Black-Scholes-Merton value and greeks of a European option on a spot price S paying a
 * continuous yield q (dividend yield, or the foreign rate for a currency), discounted at r.
 * T in years (ACT/365F), σ, r, q as decimals. Writes `valuationFields` into `out`.
 *
 * Edge cases give values, never NaN:
 * - T ≤ 0 (expiring now): the exercise value max(±(S − K), 0); delta ±1 in the money, ±0.5 at
 *   the money, 0 out of it; all other greeks 0.
 * - σ√T = 0, S ≤ 0 or K ≤ 0 (the lognormal limits): the discounted forward intrinsic value
 *   with N(d1) = N(d2) ∈ {0, ½, 1}; gamma, vanna and volga are 0 there (at the money with zero
 *   vol the delta jumps: gamma has no finite value and is reported as 0).
 */
export function blackScholesMerton(isCall: boolean, S: number, K: number, T: number, r: number, q: number, sigma: number, out?: Float64Array): Float64Array {
  const o = valuationBuffer(out);
  o.fill(0, 0, valuationFieldCount);
  if (!(T > 0)) {
    const exercise = isCall ? S - K : K - S;
    o[PRICE] = Math.max(exercise, 0);
    o[DELTA] = exercise < 0 ? 0 : (exercise > 0 ? 1 : 0.5) * (isCall ? 1 : -1);
    return o;
  }
  const sqrtT = Math.sqrt(T);
  const dq = Math.exp(-q * T);
  const dr = Math.exp(-r * T);
  const sd = sigma * sqrtT;
  let nd1: number; // N(d1)
  let nd2: number; // N(d2)
  let nmd1: number; // N(−d1)
  let nmd2: number; // N(−d2)
  let pdf = 0; // n(d1)
  let d1 = 0;
  let d2 = 0;
  if (sd > 0 && S > 0 && K > 0) {
    d1 = (Math.log(S / K) + (r - q) * T) / sd + 0.5 * sd;
    d2 = d1 - sd;
    nd1 = normalCdf(d1);
    nd2 = normalCdf(d2);
    nmd1 = normalCdf(-d1);
    nmd2 = normalCdf(-d2);
    pdf = normalPdf(d1);
  } else {
    const forward = S * Math.exp((r - q) * T);
    const step = S <= 0 ? 0 : K <= 0 ? 1 : forward > K ? 1 : forward < K ? 0 : 0.5;
    nd1 = nd2 = step;
    nmd1 = nmd2 = 1 - step;
    if (step === 0.5) pdf = normalPdf(0);
  }
  const sdq = S * dq;
  const kdr = K * dr;
  const decay = (-sdq * pdf * sigma) / (2 * sqrtT);
  const vega = sdq * pdf * sqrtT;
  if (isCall) {
    o[PRICE] = sdq * nd1 - kdr * nd2;
    o[DELTA] = dq * nd1;
    o[THETA] = (decay + q * sdq * nd1 - r * kdr * nd2) / 365;
    o[RHO] = K * T * dr * nd2 * 0.01;
  } else {
    o[PRICE] = kdr * nmd2 - sdq * nmd1;
    o[DELTA] = -dq * nmd1;
    o[THETA] = (decay - q * sdq * nmd1 + r * kdr * nmd2) / 365;
    o[RHO] = -K * T * dr * nmd2 * 0.01;
  }
  o[VEGA] = vega * 0.01;
  if (sd > 0 && pdf > 0) {
    o[GAMMA] = (dq * pdf) / (S * sd);
    o[VANNA] = ((-dq * pdf * d2) / sigma) * 0.01;
    o[VOLGA] = ((vega * d1 * d2) / sigma) * 0.0001;
  }
  return o;
}
