import type { AccountMargin, AccountMarginHeadline } from '../../shared/marginView.ts';

/** One position's P&L in its group's worst scenario (the group's contribution, compact). */
export type ContributionFigures = [instrument: string, quantity: number, pnl: number];
/** A position left out of its account's margin, by position id, and why. */
export type ExclusionFigures = [position: number, reason: string];

/**
 * An account's margin as a run's row stores it: its headline, and as JSON text its
 * contributions over its groups in order, its exclusions and its whole result. The worker
 * encodes it, so the main thread copies and saves strings instead of cloning and serialising a
 * 50,000-position result itself.
 */
export interface StoredAccountMargin {
  headline: AccountMarginHeadline;
  contributions: string;
  exclusions: string;
  result: string;
}

export function storedAccountMargin(account: AccountMargin): StoredAccountMargin {
  const { groups, excluded, ...figures } = account;
  return {
    headline: { ...figures, groupCount: groups.length, excludedCount: excluded.length },
    contributions: JSON.stringify(groups.flatMap((g) => g.contributions.map((c): ContributionFigures => [c.instrument, c.quantity, c.pnl]))),
    exclusions: JSON.stringify(excluded.map((e): ExclusionFigures => [e.position, e.reason])),
    result: JSON.stringify(account),
  };
}
