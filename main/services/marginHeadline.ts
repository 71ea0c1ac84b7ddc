import type { MarginHeadline, MarginSnapshot } from '../../shared/marginView.ts';

/** A run's headline figures per account, its explanation left behind. */
export function marginHeadline(run: MarginSnapshot): MarginHeadline {
  return {
    runId: run.runId,
    bookVersion: run.bookVersion,
    computedAt: run.computedAt,
    elapsedMs: run.elapsedMs,
    accounts: run.accounts.map(({ groups, excluded, ...figures }) => ({ ...figures, groupCount: groups.length, excludedCount: excluded.length })),
  };
}
