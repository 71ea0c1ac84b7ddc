import { revalue } from '../engine/revalue.ts';
import type { StressCellRequest, StressCellResult } from '../../shared/stressGrid.ts';
import type { Store } from '../store/openStore.ts';
import type { JobContext } from './jobProtocol.ts';
import { priceVolScenarios } from './priceVolScenarios.ts';
import { resolveStoredBook } from './resolveStoredBook.ts';

/** Positions per chunk (at most `maxChunks` chunks): progress every few per cent of a large book, a cancel heard within milliseconds. */
const chunkPositions = 1_000;
const maxChunks = 64;

/**
 * The worker's drill-through job: every summed position's P&L in one price × vol cell, by
 * account and instrument. The positions are valued and listed in chunks of instrument rows
 * holding about equal numbers of positions; progress counts positions done, and a cancelled job
 * stops between chunks (as the grid job does).
 */
export function computeStressCell(store: Store, payload: StressCellRequest, context: JobContext): StressCellResult {
  const daysForward = payload.daysForward ?? 0;
  const { snapshot, book, accountOf, excluded } = resolveStoredBook(store);
  context.throwIfCancelled();
  const scenarios = priceVolScenarios(book.underlyingIds.length, [payload.priceMove], [payload.volShift], daysForward);
  const total = accountOf.length;
  const { first, order } = positionsByRow(book.positions.instrument, book.instruments.id.length);
  const pnl = new Float64Array(total);
  const positions: StressCellResult['positions'] = [];
  context.progress(0, total);
  for (const [start, end] of rowChunks(first, Math.min(maxChunks, Math.ceil(total / chunkPositions)))) {
    context.throwIfCancelled();
    revalue(book, scenarios, start, end, pnl);
    for (let k = first[start]!; k < first[end]!; k++) {
      const p = order[k]!;
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
    context.progress(first[end]!, total);
  }
  // A stable sort: positions of the same account and instrument (one row) keep the book's order.
  positions.sort((x, y) => x.account.localeCompare(y.account) || x.instrument.localeCompare(y.instrument));
  return { priceMove: payload.priceMove, volShift: payload.volShift, daysForward, positions, excluded, bookVersion: snapshot.bookVersion };
}

/** Positions grouped by instrument row, in book order within a row: row i's are order[first[i] .. first[i + 1]). */
function positionsByRow(instrument: Int32Array, rows: number): { first: Int32Array; order: Int32Array } {
  const first = new Int32Array(rows + 1);
  for (const row of instrument) first[row + 1]!++;
  for (let i = 0; i < rows; i++) first[i + 1]! += first[i]!;
  const next = first.slice(0, rows);
  const order = new Int32Array(instrument.length);
  instrument.forEach((row, p) => (order[next[row]!++] = p));
  return { first, order };
}

/** [start, end) ranges of instrument rows, about `count` of them, each holding about as many positions (a row is never split). */
function rowChunks(first: Int32Array, count: number): [number, number][] {
  const rows = first.length - 1;
  const total = first[rows]!;
  const chunks: [number, number][] = [];
  let start = 0;
  for (let k = 1; k <= count && start < rows; k++) {
    const target = Math.floor((k * total) / count);
    let end = start + 1;
    while (end < rows && first[end]! < target) end++;
    if (k === count) end = rows;
    chunks.push([start, end]);
    start = end;
  }
  if (start < rows) chunks.push([start, rows]);
  return chunks;
}
