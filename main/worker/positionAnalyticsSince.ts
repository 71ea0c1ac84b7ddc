import { analyticsKeyOf, type AnalyticsKey, type BookAnalytics, type BookAnalyticsUpdate, type PositionAnalytics } from '../../shared/positionAnalytics.ts';
import type { Store } from '../store/openStore.ts';
import { computePositionAnalytics } from './computePositionAnalytics.ts';

/** The last figures computed per store; two, so that a request overtaken by a newer one still finds its base. */
const recent = new WeakMap<Store, BookAnalytics[]>();
const kept = 2;

/**
 * The worker's analytics job: every position's figures, or only what changed since the figures
 * the caller holds (`since`) when they are among the last ones computed here.
 */
export function positionAnalyticsSince(store: Store, since: AnalyticsKey | undefined): BookAnalyticsUpdate {
  const next = computePositionAnalytics(store);
  const known = recent.get(store) ?? [];
  recent.set(store, [next, ...known].slice(0, kept));
  const base = since && known.find((a) => sameKey(analyticsKeyOf(a), since));
  if (!base) return { ...next, kind: 'all' };
  const before = new Map(base.positions.map((p) => [p.positionId, p]));
  const positions = next.positions.filter((p) => {
    const old = before.get(p.positionId);
    before.delete(p.positionId);
    return old === undefined || !sameFigures(old, p);
  });
  return { ...next, positions, kind: 'changes', since, removed: [...before.keys()] };
}

const sameKey = (a: AnalyticsKey, b: AnalyticsKey) => a.bookVersion === b.bookVersion && a.runId === b.runId;

const fields = ['value', 'delta', 'gamma', 'vega', 'theta', 'vol', 'volImplied', 'marginContribution', 'excluded'] as const satisfies readonly (keyof PositionAnalytics)[];
const sameFigures = (a: PositionAnalytics, b: PositionAnalytics) => fields.every((f) => Object.is(a[f], b[f]));
