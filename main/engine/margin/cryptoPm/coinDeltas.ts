import { LINEAR, type ResolvedBook } from '../../resolvedBook.ts';
import { DELTA, PRICE, valuationFieldCount } from '../../valuationFields.ts';

/**
 * Delta of ONE contract of each of `rows`, in coin of the underlying (index price × delta =
 * USD exposure), from `priceInstruments` valuations:
 * - standard (USD-settled) rows: model delta × multiplier (dV_usd / dS);
 * - inverse futures and perpetuals: the multiplier (a contract of m coin at today's price);
 * - inverse options: (delta − price in coin) × multiplier, i.e. S·d(V_usd/S)/dS, the
 *   sensitivity of the coin value in coin, as Deribit's "delta total" (position deltas minus
 *   option values).
 */
export function coinDeltas(book: ResolvedBook, rows: Int32Array, valuations: Float64Array): Float64Array {
  const t = book.instruments;
  return Float64Array.from(rows, (row) => {
    const multiplier = t.multiplier[row] as number;
    if (t.inverse[row] !== 1) return (valuations[row * valuationFieldCount + DELTA] as number) * multiplier;
    if (t.model[row] === LINEAR) return multiplier;
    return ((valuations[row * valuationFieldCount + DELTA] as number) - (valuations[row * valuationFieldCount + PRICE] as number)) * multiplier;
  });
}
