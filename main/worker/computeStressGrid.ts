import type { ResolvedBook } from '../engine/resolvedBook.ts';
import type { ScenarioSet } from '../engine/scenarioSet.ts';
import { defaultPriceMoves, defaultVolShifts, type StressGridRequest, type StressGridResult } from '../../shared/stressGrid.ts';
import type { Store } from '../store/openStore.ts';
import type { JobContext } from './jobProtocol.ts';
import { priceVolScenarios } from './priceVolScenarios.ts';
import { resolveStoredBook } from './resolveStoredBook.ts';

/** Largest P&L matrix held at once (position × scenario numbers, 8 bytes each, so 64 MB). */
const blockCells = 8_000_000;

/**
 * The worker's price × vol grid job: the book by full revaluation under every cell, summed
 * per account and, within each account, per underlying (risk factor). A grid too large for one
 * matrix (61 × 41 cells on a large book) is valued a few price moves at a time. Progress counts
 * instrument rows valued over all blocks; a cancelled job stops between chunks of rows.
 */
export async function computeStressGrid(
  store: Store,
  payload: StressGridRequest,
  context: JobContext,
  now: () => number,
  revalueBook: (book: ResolvedBook, scenarios: ScenarioSet, job: JobContext) => Float64Array | Promise<Float64Array>,
): Promise<StressGridResult> {
  const started = now();
  const priceMoves = payload.priceMoves ?? defaultPriceMoves;
  const volShifts = payload.volShifts ?? defaultVolShifts;
  const daysForward = payload.daysForward ?? 0;
  const { snapshot, book, accountOf, excluded } = resolveStoredBook(store);
  context.throwIfCancelled();
  const cells = priceMoves.length * volShifts.length;
  const totals = snapshot.accounts.map(() => new Float64Array(cells));
  const byUnderlying = snapshot.accounts.map(() => new Map<number, Float64Array>());
  const movesPerBlock = Math.max(1, Math.floor(blockCells / Math.max(1, accountOf.length * volShifts.length)));
  const blocks = Math.ceil(priceMoves.length / movesPerBlock);
  // Reported in half-per-cent steps: many blocks of many chunks would otherwise flood the event stream.
  let reported = -1;
  const report = (done: number, total: number) => {
    const step = Math.floor((200 * done) / Math.max(1, total));
    if (step === reported) return;
    reported = step;
    context.progress(done, total);
  };
  for (let b = 0; b < blocks; b++) {
    const scenarios = priceVolScenarios(book.underlyingIds.length, priceMoves.slice(b * movesPerBlock, (b + 1) * movesPerBlock), volShifts, daysForward);
    const job: JobContext = { ...context, progress: (done, total) => report(b * total + done, blocks * total) };
    const pnl = await revalueBook(book, scenarios, job);
    const count = scenarios.count;
    const offset = b * movesPerBlock * volShifts.length;
    for (let p = 0; p < accountOf.length; p++) {
      const a = accountOf[p]!;
      if (a < 0) continue;
      const u = book.instruments.underlying[book.positions.instrument[p]!]!;
      const sums = byUnderlying[a]!;
      const own = sums.get(u) ?? sums.set(u, new Float64Array(cells)).get(u)!;
      const total = totals[a]!;
      for (let s = 0; s < count; s++) {
        const value = pnl[p * count + s]!;
        total[offset + s]! += value;
        own[offset + s]! += value;
      }
    }
  }
  return {
    priceMoves,
    volShifts,
    daysForward,
    accounts: snapshot.accounts.map((account, a) => ({
      id: account.id,
      currency: account.currency,
      pnl: Array.from(totals[a]!),
      underlyings: [...byUnderlying[a]!].map(([u, values]) => ({ id: book.underlyingIds[u]!, pnl: Array.from(values) })).sort((x, y) => x.id.localeCompare(y.id)),
    })),
    excluded,
    bookVersion: snapshot.bookVersion,
    elapsedMs: now() - started,
  };
}
