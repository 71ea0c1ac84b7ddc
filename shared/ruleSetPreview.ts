import type { MarginMethodId } from './marginResult.ts';

/**
 * What saving a draft rule set would do: every account's requirement under its assigned
 * method with the current rule sets (before) and with the draft in its id's place (after),
 * from one snapshot of the book. Accounts whose method reads another rule set keep theirs.
 */
export interface RuleSetPreview {
  ruleSet: { id: string; version: number; method: MarginMethodId };
  bookVersion: number;
  accounts: { id: string; currency: string; method: MarginMethodId; affected: boolean; before: number; after: number }[];
}
