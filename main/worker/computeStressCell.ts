import { revalue } from '../engine/revalue.ts';
import type { StressCellRequest, StressCellResult } from '../../shared/stressGrid.ts';
import type { Store } from '../store/openStore.ts';
import { priceVolScenarios } from './priceVolScenarios.ts';
import { resolveStoredBook } from './resolveStoredBook.ts';

/** The worker's drill-through job: every summed position's P&L in one price × vol cell, by account and instrument. */
export function computeStressCell(store: Store, payload: StressCellRequest): StressCellResult {
  const daysForward = payload.daysForward ?? 0;
  const { snapshot, book, accountOf, excluded } = resolveStoredBook(store);
  const pnl = revalue(book, priceVolScenarios(book.underlyingIds.length, [payload.priceMove], [payload.volShift], daysForward));
  const positions: StressCellResult['positions'] = [];
  for (let p = 0; p < accountOf.length; p++) {
    if (accountOf[p]! < 0) continue;
    const row = book.positions.instrument[p]!;
    const stored = snapshot.positions[book.positions.source[p]!]!;
    positions.push({
      positionId: stored.id,
      account: stored.account,
      instrument: stored.instrument,
      underlying: book.underlyingIds[book.instruments.underlying[row]!]!,
      quantity: book.positions.quantity[p]!,
      currency: book.instruments.currency[row]!,
      pnl: pnl[p]!,
    });
  }
  positions.sort((x, y) => x.account.localeCompare(y.account) || x.instrument.localeCompare(y.instrument));
  return { priceMove: payload.priceMove, volShift: payload.volShift, daysForward, positions, excluded, bookVersion: snapshot.bookVersion };
}
