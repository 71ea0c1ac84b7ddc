import type { MarginSnapshot } from '../../shared/marginView.ts';
import type { BookAnalytics, PositionAnalytics } from '../../shared/positionAnalytics.ts';
import { priceInstruments } from '../engine/priceInstruments.ts';
import { resolveBook } from '../engine/resolveBook.ts';
import { LINEAR } from '../engine/resolvedBook.ts';
import { DELTA, GAMMA, PRICE, THETA, VEGA, valuationFieldCount } from '../engine/valuationFields.ts';
import type { Store } from '../store/openStore.ts';
import { bookDocument } from './bookDocument.ts';
import { readBookSnapshot } from './readBookSnapshot.ts';

/**
 * Every position's value and greeks (`priceInstruments` per unit × quantity × multiplier) and
 * its contribution to its account's margin in the latest saved run, with the reason when it
 * is excluded (from valuation, else from its account's margin).
 */
export function computePositionAnalytics(store: Store): BookAnalytics {
  const { snapshot, run } = store.transaction(() => ({ snapshot: readBookSnapshot(store), run: store.marginRuns.latest() }));
  const book = resolveBook(bookDocument(snapshot));
  const values = priceInstruments(book);
  const valued = new Map<number, number>();
  book.positions.source.forEach((source, k) => valued.set(source, k));
  const notValued = new Map(book.excludedPositions.map((e) => [e.position, e.reason]));
  const margin = marginByPosition(run);
  const positions = snapshot.positions.map((p, source): PositionAnalytics => {
    const k = valued.get(source);
    const fromRun = margin.get(`${p.account}\u0000${p.instrument}`);
    const excluded = notValued.get(source) ?? run?.accounts.find((a) => a.id === p.account)?.excluded.find((e) => e.position === p.id)?.reason ?? null;
    if (k === undefined) return { positionId: p.id, value: null, delta: null, gamma: null, vega: null, theta: null, vol: null, volImplied: false, marginContribution: fromRun ?? null, excluded };
    const row = book.positions.instrument[k]!;
    const size = book.positions.quantity[k]! * book.instruments.multiplier[row]!;
    const at = (field: number) => values[row * valuationFieldCount + field]! * size;
    const option = book.instruments.model[row] !== LINEAR;
    return {
      positionId: p.id,
      value: at(PRICE),
      delta: at(DELTA),
      gamma: at(GAMMA),
      vega: at(VEGA),
      theta: at(THETA),
      vol: option ? book.instruments.vol[row]! : null,
      volImplied: option && book.instruments.volImplied[row] === 1,
      marginContribution: fromRun ?? null,
      excluded,
    };
  });
  return { bookVersion: snapshot.bookVersion, marginRun: run ? { runId: run.runId, bookVersion: run.bookVersion } : null, positions };
}

/** −P&L in the worst scenario per account and instrument (a position is one account × instrument). */
function marginByPosition(run: MarginSnapshot | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const account of run?.accounts ?? []) {
    for (const group of account.groups) {
      for (const c of group.contributions) {
        const key = `${account.id}\u0000${c.instrument}`;
        out.set(key, (out.get(key) ?? 0) - c.pnl);
      }
    }
  }
  return out;
}
