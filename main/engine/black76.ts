import { blackScholesMerton } from './blackScholesMerton.ts';
import { PRICE, RHO } from './valuationFields.ts';

/**
 * Black-76 value and greeks of a European option on a futures (or forward) price F,
 * discounted at r: Black-Scholes-Merton with the yield equal to the rate (zero cost of carry),
 * except rho, which holds F fixed as the rate moves (ρ = −T·V). Same units and edge cases as
 * `blackScholesMerton`; delta and gamma are per 1.00 move of F.
 *
 * For a coin-settled (inverse) option the value in the coin is this value / F; that conversion
 * is the caller's (see `priceInstruments`, `revalue`).
 */
export function black76(isCall: boolean, F: number, K: number, T: number, r: number, sigma: number, out?: Float64Array): Float64Array {
  const o = blackScholesMerton(isCall, F, K, T, r, r, sigma, out);
  o[RHO] = T > 0 ? -T * (o[PRICE] as number) * 0.01 : 0;
  return o;
}
