import type { ResolvedBook } from '../engine/resolvedBook.ts';
import type { ScenarioSet } from '../engine/scenarioSet.ts';
import { defaultPriceMoves, defaultVolShifts, type StressGridRequest, type StressGridResult } from '../../shared/stressGrid.ts';
import type { Store } from '../store/openStore.ts';
import type { JobContext } from './jobProtocol.ts';
import { priceVolScenarios } from './priceVolScenarios.ts';
import { resolveStoredBook } from './resolveStoredBook.ts';

/**
 * The worker's price × vol grid job: the book by full revaluation under every cell, summed
 * per account and, within each account, per underlying (risk factor).
 */
export async function computeStressGrid(
  store: Store,
  payload: StressGridRequest,
  context: JobContext,
  now: () => number,
  revalueBook: (book: ResolvedBook, scenarios: ScenarioSet) => Float64Array | Promise<Float64Array>,
): Promise<StressGridResult> {
  const started = now();
  const priceMoves = payload.priceMoves ?? defaultPriceMoves;
  const volShifts = payload.volShifts ?? defaultVolShifts;
  const daysForward = payload.daysForward ?? 0;
  const { snapshot, book, accountOf, excluded } = resolveStoredBook(store);
  const scenarios = priceVolScenarios(book.underlyingIds.length, priceMoves, volShifts, daysForward);
  context.throwIfCancelled();
  const pnl = await revalueBook(book, scenarios);
  context.progress(1, 1);
  const count = scenarios.count;
  const totals = snapshot.accounts.map(() => new Float64Array(count));
  const byUnderlying = snapshot.accounts.map(() => new Map<number, Float64Array>());
  for (let p = 0; p < accountOf.length; p++) {
    const a = accountOf[p]!;
    if (a < 0) continue;
    const u = book.instruments.underlying[book.positions.instrument[p]!]!;
    const sums = byUnderlying[a]!;
    const own = sums.get(u) ?? sums.set(u, new Float64Array(count)).get(u)!;
    for (let s = 0; s < count; s++) {
      const value = pnl[p * count + s]!;
      totals[a]![s]! += value;
      own[s]! += value;
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
