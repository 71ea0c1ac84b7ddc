/**
 * A position's model value and greeks (per unit × quantity × multiplier, in the instrument's
 * currency; `main/engine/valuationFields.ts` units) and its contribution to its account's
 * margin in the latest run; null where the position could not be valued.
 */
export interface PositionAnalytics {
  positionId: number;
  value: number | null;
  delta: number | null;
  gamma: number | null;
  vega: number | null;
  theta: number | null;
  /** The option's vol as valued (given, or implied from its price); null for linear instruments. */
  vol: number | null;
  volImplied: boolean;
  /**
   * The position's loss in its group's worst scenario of the latest margin run (−P&L: positive
   * adds to the requirement), summed over the groups it is in; null when the run holds none.
   */
  marginContribution: number | null;
  /** Why the position is left out of valuation or of its account's margin, else null. */
  excluded: string | null;
}

/** A position's value and greeks as valued, with the reason where it could not be. */
export type PositionGreeks = Pick<PositionAnalytics, 'value' | 'delta' | 'gamma' | 'vega' | 'theta' | 'vol' | 'volImplied'> & { notValued: string | null };

export interface BookAnalytics {
  bookVersion: number;
  /** The margin run the contributions come from, and the book version it saw. */
  marginRun: { runId: number; bookVersion: number } | null;
  positions: PositionAnalytics[];
}

/** Which figures a caller holds: the book version and the margin run they were computed from. */
export interface AnalyticsKey {
  bookVersion: number;
  runId: number | null;
}

export const analyticsKeyOf = (a: BookAnalytics): AnalyticsKey => ({ bookVersion: a.bookVersion, runId: a.marginRun?.runId ?? null });

/**
 * What getPositionAnalytics answers: every position's figures, or — when the caller said which
 * figures it holds (`since`) and the app still knows them — only the positions whose figures
 * changed since, and the ids no longer in the book. After one edit on a 50,000-position book
 * that is a few rows, not megabytes.
 */
export type BookAnalyticsUpdate = BookAnalytics & ({ kind: 'all' } | { kind: 'changes'; since: AnalyticsKey; removed: number[] });

/**
 * The figures `held` becomes with `update`; unchanged positions keep their objects. Null when
 * the update is changes since figures other than `held` (the caller then asks for all).
 */
export function applyAnalyticsUpdate(held: BookAnalytics | null, update: BookAnalyticsUpdate): BookAnalytics | null {
  const { bookVersion, marginRun, positions } = update;
  if (update.kind === 'all') return { bookVersion, marginRun, positions };
  if (held === null || held.bookVersion !== update.since.bookVersion || (held.marginRun?.runId ?? null) !== update.since.runId) return null;
  const removed = new Set(update.removed);
  const changed = new Map(positions.map((p) => [p.positionId, p]));
  const merged = held.positions.filter((p) => !removed.has(p.positionId)).map((p) => changed.get(p.positionId) ?? p);
  const present = new Set(held.positions.map((p) => p.positionId));
  for (const p of positions) if (!present.has(p.positionId)) merged.push(p);
  return { bookVersion, marginRun, positions: merged };
}
