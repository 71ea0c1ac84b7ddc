import type { ComparedPnl, ScenarioComparison } from '../../shared/scenarioComparison.ts';
import type { StressResult } from '../../shared/stressResult.ts';
import type { Store } from '../store/openStore.ts';
import { computeStress, type StressJobPayload } from './computeStress.ts';
import type { JobContext } from './jobProtocol.ts';

export interface StressComparisonJobPayload {
  left: StressJobPayload;
  right: StressJobPayload;
}

/**
 * The worker's `compareStress` job: two saved scenario sets (or two versions of one) run by
 * `computeStress` inside one read transaction, so both value the same book version; scenarios
 * are matched by id and each account's P&L is set side by side with the difference.
 */
export function computeStressComparison(store: Store, payload: StressComparisonJobPayload, context: JobContext, now: () => number): ScenarioComparison {
  const started = now();
  const quiet: JobContext = { ...context, progress: () => {} };
  const { left, right } = store.transaction(() => {
    const l = computeStress(store, payload.left, quiet, now);
    context.progress(1, 2);
    return { left: l, right: computeStress(store, payload.right, quiet, now) };
  });
  context.progress(2, 2);
  if (left.bookVersion !== right.bookVersion) throw new Error(`the book changed during the comparison (v${left.bookVersion} → v${right.bookVersion})`);
  return {
    left: left.scenarioSet,
    right: right.scenarioSet,
    bookVersion: left.bookVersion,
    accounts: left.accounts.map((a) => ({ id: a.id, currency: a.currency })),
    scenarios: matchScenarios(left, right),
    excluded: left.excluded,
    warnings: [...left.warnings.map((w) => `left: ${w}`), ...right.warnings.map((w) => `right: ${w}`)],
    elapsedMs: now() - started,
  };
}

function matchScenarios(left: StressResult, right: StressResult): ScenarioComparison['scenarios'] {
  const rightIndex = new Map(right.scenarios.map((s, i) => [s.id, i]));
  const leftIds = new Set(left.scenarios.map((s) => s.id));
  const pnl = (l: number | undefined, r: number | undefined): ComparedPnl[] =>
    left.accounts.map((account, a) => {
      const lv = l === undefined ? null : account.pnl[l]!;
      const rv = r === undefined ? null : right.accounts[a]!.pnl[r]!;
      return { left: lv, right: rv, difference: lv === null || rv === null ? null : rv - lv };
    });
  const matched = left.scenarios.map((s, l) => {
    const r = rightIndex.get(s.id);
    return { id: s.id, leftName: s.name, rightName: r === undefined ? null : right.scenarios[r]!.name, side: r === undefined ? ('left' as const) : ('both' as const), pnl: pnl(l, r) };
  });
  const rightOnly = right.scenarios.flatMap((s, r) => (leftIds.has(s.id) ? [] : [{ id: s.id, leftName: null, rightName: s.name, side: 'right' as const, pnl: pnl(undefined, r) }]));
  return [...matched, ...rightOnly];
}
