import { americanOption } from './americanOption.ts';
import { black76 } from './black76.ts';
import { blackScholesMerton } from './blackScholesMerton.ts';
import { AMERICAN, LINEAR, type ResolvedBook } from './resolvedBook.ts';
import { DELTA, PRICE, valuationFieldCount } from './valuationFields.ts';

/**
 * Model price and greeks of every instrument row, per ONE unit (`valuationFields` layout and
 * units), into out[row × valuationFieldCount + field].
 * - Linear rows: price = the instrument's price, delta 1 (per 1.00 move of its own price).
 * - European options: Black-Scholes-Merton on spot, Black-76 on futures; American options:
 *   Bjerksund-Stensland (2002) with finite-difference greeks.
 * - Inverse (coin-settled) options: the price is in the coin (USD value / underlying price,
 *   as Deribit quotes its marks); the greeks are those of the USD value per one coin of
 *   underlying, as Deribit quotes them (delta = N(d1) for a call on a future with r = 0).
 */
export function priceInstruments(book: ResolvedBook, out?: Float64Array): Float64Array {
  const t = book.instruments;
  const rows = t.id.length;
  const result = out ?? new Float64Array(rows * valuationFieldCount);
  if (result.length !== rows * valuationFieldCount) throw new RangeError(`output holds ${result.length} numbers, needs ${rows} rows × ${valuationFieldCount}`);
  for (let i = 0; i < rows; i++) {
    const o = result.subarray(i * valuationFieldCount, (i + 1) * valuationFieldCount);
    const S = t.level[i] as number;
    if (t.model[i] === LINEAR) {
      o.fill(0);
      o[PRICE] = S;
      o[DELTA] = 1;
      continue;
    }
    const isCall = t.isCall[i] === 1;
    const K = t.strike[i] as number;
    const T = t.expiry[i] as number;
    const r = t.rate[i] as number;
    const b = t.carry[i] as number;
    const sigma = t.vol[i] as number;
    const onFuture = t.onFuture[i] === 1;
    if (t.model[i] === AMERICAN) americanOption(isCall, S, K, T, r, b, sigma, onFuture, o);
    else if (onFuture) black76(isCall, S, K, T, r, sigma, o);
    else blackScholesMerton(isCall, S, K, T, r, r - b, sigma, o);
    if (t.inverse[i] === 1) o[PRICE] = (o[PRICE] as number) / S;
  }
  return result;
}
