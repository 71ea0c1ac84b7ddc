import type { BookAnalytics, PositionAnalytics, PositionGreeks } from '../../shared/positionAnalytics.ts';
import { readBookVersion } from '../store/bookVersion.ts';
import type { MarginRunPositions } from '../store/marginRunRepository.ts';
import type { Store } from '../store/openStore.ts';
import { bookDocument } from './bookDocument.ts';
import { positionGreeks } from './positionGreeks.ts';
import { readBookSnapshot, type BookSnapshot } from './readBookSnapshot.ts';

/**
 * Every position's value and greeks (`priceInstruments` per unit × quantity × multiplier) and
 * its contribution to its account's margin in the latest saved run, with the reason when it
 * is excluded (from valuation, else from its account's margin). Only the run's per-position
 * figures are read, not its groups' explanations.
 */
export function computePositionAnalytics(store: Store): BookAnalytics {
  const { valued, run } = store.transaction(() => ({ valued: valuedBook(store), run: store.marginRuns.latestPositions() }));
  const { snapshot, greeks } = valued;
  const margin = marginByPosition(run);
  const leftOut = new Map(run?.accounts.flatMap((a) => a.exclusions));
  const positions = snapshot.positions.map((p, source): PositionAnalytics => {
    const { notValued, ...figures } = greeks[source]!;
    return { positionId: p.id, ...figures, marginContribution: margin.get(`${p.account}\u0000${p.instrument}`) ?? null, excluded: notValued ?? leftOut.get(p.id) ?? null };
  });
  return { bookVersion: snapshot.bookVersion, marginRun: run ? { runId: run.runId, bookVersion: run.bookVersion } : null, positions };
}

const lastValued = new WeakMap<Store, { snapshot: BookSnapshot; greeks: PositionGreeks[] }>();

/**
 * The book and its positions' greeks, kept while the book version stands: after an edit the
 * figures are read twice (once for the edit, once for its margin run), and the second time
 * only the run's contributions are new.
 */
function valuedBook(store: Store): { snapshot: BookSnapshot; greeks: PositionGreeks[] } {
  const last = lastValued.get(store);
  if (last !== undefined && last.snapshot.bookVersion === readBookVersion(store.db)) return last;
  const snapshot = readBookSnapshot(store);
  const valued = { snapshot, greeks: positionGreeks(bookDocument(snapshot)) };
  lastValued.set(store, valued);
  return valued;
}

/** −P&L in the worst scenario per account and instrument (a position is one account × instrument). */
function marginByPosition(run: MarginRunPositions | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const account of run?.accounts ?? []) {
    for (const [instrument, , pnl] of account.contributions) {
      const key = `${account.headline.id}\u0000${instrument}`;
      out.set(key, (out.get(key) ?? 0) - pnl);
    }
  }
  return out;
}
