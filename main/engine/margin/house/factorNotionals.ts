import { factorExposures } from '../../risk/factorExposures.ts';
import { selectPositions } from '../../risk/positionSelection.ts';
import type { ResolvedBook } from '../../resolvedBook.ts';

/**
 * Per account and risk factor (`book.underlyingIds`): the delta-equivalent notional, |∂value /
 * ∂(relative move)| (`factorExposures`: price × quantity × multiplier for a linear row, δ ×
 * underlying price × quantity × multiplier for an option, netted per factor), in the account's
 * currency, over the positions that settle in it. What the liquidity and concentration add-ons
 * size a position by.
 */
export function factorNotionals(book: ResolvedBook, accounts: readonly { id: string; currency: string }[]): Float64Array[] {
  const selection = selectPositions(book, accounts);
  return factorExposures(book, selection.account, accounts.length, new Uint8Array(book.underlyingIds.length)).map((row) => row.map(Math.abs));
}
