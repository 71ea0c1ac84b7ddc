import { bjerksundStensland2002 } from './bjerksundStensland2002.ts';
import { blackScholesMerton } from './blackScholesMerton.ts';
import { PRICE, VEGA } from './valuationFields.ts';

/** An implied volatility, or the reason there is none. */
export type ImpliedVol = { ok: true; vol: number; iterations: number } | { ok: false; reason: string };

const maxVol = 100; // 10,000%: above this the price carries no usable vol information
const maxIterations = 100;

/**
 * The volatility at which the model value equals `price`. S is the underlying price (spot, or
 * futures price with b = 0), b the cost of carry, r the discount rate; European options use
 * Black-Scholes-Merton/Black-76, American ones Bjerksund-Stensland (2002).
 *
 * Robust by construction: the value is increasing in σ between its σ = 0 bound (discounted
 * intrinsic) and its σ → ∞ bound, so the solver keeps a bracket [lo, hi] and takes a Newton
 * step (analytic vega for European, a finite difference for American) only while it stays
 * inside, bisecting otherwise. It converges to |value − price| ≤ 1e-12·(S + K) or a bracket
 * narrower than 1e-12, and otherwise says why not: expired or expiring today, zero or negative
 * price, non-positive underlying or strike, price below or at the intrinsic bound (no time
 * value), at or above the maximum any vol can give, or vol above 10,000%.
 */
export function impliedVol(price: number, isCall: boolean, S: number, K: number, T: number, r: number, b: number, american = false): ImpliedVol {
  if (!(T > 0)) return { ok: false, reason: 'no time to expiry: an expiring option has no time value to imply a vol from' };
  if (!(price > 0)) return { ok: false, reason: `price ${price} is not positive: no vol can be implied from it` };
  if (!(S > 0) || !(K > 0)) return { ok: false, reason: 'the lognormal model needs a positive underlying price and strike' };
  const scratch = new Float64Array(8);
  const value = (vol: number) =>
    american ? bjerksundStensland2002(isCall, S, K, T, r, b, vol) : (blackScholesMerton(isCall, S, K, T, r, r - b, vol, scratch)[PRICE] as number);
  const tolerance = 1e-12 * (S + K);
  const lower = value(0);
  if (price < lower - tolerance) return { ok: false, reason: `price ${price} is below the intrinsic value ${round(lower)}` };
  if (price <= lower + tolerance) return { ok: false, reason: `price ${price} equals the intrinsic value ${round(lower)}: no time value, so no vol` };
  const upper = american ? (isCall ? S : K) : isCall ? S * Math.exp((b - r) * T) : K * Math.exp(-r * T);
  if (price >= upper - tolerance) return { ok: false, reason: `price ${price} is at or above ${round(upper)}, the most any vol can give` };

  let lo = 0;
  let hi = 1;
  while (value(hi) < price) {
    lo = hi;
    hi *= 2;
    if (hi > maxVol) return { ok: false, reason: `implied vol above ${maxVol * 100}%: the price carries no usable vol information` };
  }
  let vol = Math.min(Math.max(initialGuess(price, S, K, T, r, b), lo), hi);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const diff = value(vol) - price;
    if (Math.abs(diff) <= tolerance) return { ok: true, vol, iterations: iteration };
    if (diff > 0) hi = vol;
    else lo = vol;
    if (hi - lo <= 1e-12) return { ok: true, vol: 0.5 * (lo + hi), iterations: iteration };
    const vega = american ? (value(vol + 1e-5) - value(Math.max(vol - 1e-5, 0))) / (vol + 1e-5 - Math.max(vol - 1e-5, 0)) : (blackScholesMerton(isCall, S, K, T, r, r - b, vol, scratch)[VEGA] as number) * 100;
    const newton = vol - diff / vega;
    vol = newton > lo && newton < hi ? newton : 0.5 * (lo + hi);
  }
  return { ok: false, reason: `no convergence in ${maxIterations} iterations` };
}

/** Brenner-Subrahmanyam on the time value, floored by Manaster-Koehler's moneyness term. */
function initialGuess(price: number, S: number, K: number, T: number, r: number, b: number): number {
  const forward = S * Math.exp(b * T);
  const discounted = forward * Math.exp(-r * T);
  const atm = Math.sqrt((2 * Math.PI) / T) * (price / discounted);
  const moneyness = Math.sqrt((2 * Math.abs(Math.log(forward / K))) / T);
  const guess = Math.max(atm, moneyness);
  return Number.isFinite(guess) && guess > 0 ? guess : 0.3;
}

function round(x: number): number {
  return Number(x.toPrecision(10));
}
