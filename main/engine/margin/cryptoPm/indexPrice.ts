import type { Instrument } from '../../../../shared/instrument.ts';
import { LINEAR, type ResolvedBook } from '../../resolvedBook.ts';

/**
 * The USD price of a currency's index, from the book's rows on its `underlyings` (whether
 * held or not): the root instrument itself when the book has it (a `spot` or `index` "BTC"),
 * else a perpetual, else the nearest-expiry future, else the underlying price of the
 * nearest-expiry option. It converts USD P&L to coin, USD thresholds to coin and the coin
 * requirement to USD. NaN when the book has no row on the currency.
 */
export function indexPrice(book: ResolvedBook, underlyings: ReadonlySet<string>, kindOf: ReadonlyMap<string, Instrument['kind']>): number {
  const t = book.instruments;
  let best = NaN;
  let bestRank = Infinity;
  for (let i = 0; i < t.id.length; i++) {
    const root = book.underlyingIds[t.underlying[i] as number] as string;
    if (!underlyings.has(root)) continue;
    const kind = kindOf.get(t.id[i] as string);
    const expiry = t.expiry[i] as number;
    const rank =
      t.id[i] === root && t.model[i] === LINEAR ? 0 : kind === 'perpetual' ? 1 : t.model[i] === LINEAR && kind !== 'spot' ? 10 + expiry : 1000 + expiry;
    if (rank < bestRank) {
      bestRank = rank;
      best = t.level[i] as number;
    }
  }
  return best;
}
