import type { AccountMarginResult, MarginMethodId, MarginResult } from './marginResult.ts';

/** An account's margin under the method assigned to it, with the rule-set version used. */
export interface AccountMargin extends AccountMarginResult {
  method: MarginMethodId;
  ruleSet: { id: string; version: number };
}

/** One saved margin run of the whole book: every account under its own method. */
export interface MarginSnapshot {
  runId: number;
  bookVersion: number;
  computedAt: string;
  elapsedMs: number;
  accounts: AccountMargin[];
}

/**
 * An account's figures in a run without the explanation (groups' scenarios and positions,
 * exclusions): what account cards, grids and the `marginUpdated` event carry, a few hundred
 * bytes however large the book. `getAccountMargin` gives the whole explanation.
 */
export interface AccountMarginHeadline extends Omit<AccountMargin, 'groups' | 'excluded'> {
  groupCount: number;
  excludedCount: number;
}

/** A margin run as headlines per account. */
export interface MarginHeadline extends Omit<MarginSnapshot, 'accounts'> {
  accounts: AccountMarginHeadline[];
}

export interface MarginRunSummary {
  runId: number;
  bookVersion: number;
  computedAt: string;
  accounts: { account: string; method: MarginMethodId; ruleSet: { id: string; version: number }; requirement: number; equity: number }[];
}

/** The same book under every method, side by side (capital efficiency of PM against Reg T). */
export interface MarginComparison {
  bookVersion: number;
  elapsedMs: number;
  methods: (MarginResult & { elapsedMs: number })[];
}
