import { bjerksundStensland2002 } from './bjerksundStensland2002.ts';
import { DELTA, GAMMA, PRICE, RHO, THETA, VANNA, VEGA, VOLGA, valuationBuffer, valuationFieldCount } from './valuationFields.ts';

/**
 * Value and greeks of an American option: the Bjerksund-Stensland (2002) value (see
 * `bjerksundStensland2002` for the model and its error) and its sensitivities by central
 * finite differences of that value — relative bump 1e-4 of the underlying for delta and gamma,
 * 1e-4 of vol, 1e-4 of rate, 1e-4 years (or half the remaining time) for theta. Same units as
 * `valuationFields`. S is the underlying price (spot, or futures price when `onFuture`), b the
 * cost of carry: r − q on spot, 0 on a future. For rho, carry follows the rate on spot
 * (b = r − q, q fixed) and stays 0 on a future (F fixed), as in Black-Scholes-Merton / Black-76.
 */
export function americanOption(isCall: boolean, S: number, K: number, T: number, r: number, b: number, sigma: number, onFuture: boolean, out?: Float64Array): Float64Array {
  const o = valuationBuffer(out);
  o.fill(0, 0, valuationFieldCount);
  const value = (s: number, t: number, rate: number, carry: number, vol: number) => bjerksundStensland2002(isCall, s, K, t, rate, carry, vol);
  const v = value(S, T, r, b, sigma);
  o[PRICE] = v;
  if (!(T > 0)) {
    const exercise = isCall ? S - K : K - S;
    o[DELTA] = exercise < 0 ? 0 : (exercise > 0 ? 1 : 0.5) * (isCall ? 1 : -1);
    return o;
  }
  const hS = 1e-4 * Math.abs(S) || 1e-8;
  const up = value(S + hS, T, r, b, sigma);
  const down = value(S - hS, T, r, b, sigma);
  o[DELTA] = (up - down) / (2 * hS);
  o[GAMMA] = (up - 2 * v + down) / (hS * hS);

  const hV = 1e-4;
  const volDown = Math.max(sigma - hV, 0);
  const vUp = value(S, T, r, b, sigma + hV);
  const vDown = value(S, T, r, b, volDown);
  const dVol = sigma + hV - volDown;
  o[VEGA] = ((vUp - vDown) / dVol) * 0.01;
  if (volDown === sigma - hV) o[VOLGA] = ((vUp - 2 * v + vDown) / (hV * hV)) * 1e-4;
  const deltaAt = (vol: number) => (value(S + hS, T, r, b, vol) - value(S - hS, T, r, b, vol)) / (2 * hS);
  o[VANNA] = ((deltaAt(sigma + hV) - deltaAt(volDown)) / dVol) * 0.01;

  const hT = Math.min(1e-4, T / 2);
  o[THETA] = (-(value(S, T + hT, r, b, sigma) - value(S, T - hT, r, b, sigma)) / (2 * hT)) / 365;

  const hR = 1e-4;
  const carryUp = onFuture ? b : b + hR;
  const carryDown = onFuture ? b : b - hR;
  o[RHO] = ((value(S, T, r + hR, carryUp, sigma) - value(S, T, r - hR, carryDown, sigma)) / (2 * hR)) * 0.01;
  return o;
}
