import { z } from 'zod';
import type { MarginMethodId } from './marginResult.ts';

export const marginRunComparisonRequestSchema = z.object({ left: z.number().int().positive(), right: z.number().int().positive() }).strict();

/** One account's figures in one run. */
export interface RunAccountFigures {
  method: MarginMethodId;
  ruleSet: { id: string; version: number };
  requirement: number;
  equity: number;
}

/**
 * Two saved margin runs side by side: per account, and position by position as the runs'
 * groups name them (quantity and P&L in the group's worst scenario, summed over the account's
 * groups). A side is null where that run did not hold the account or position.
 */
export interface MarginRunComparison {
  left: { runId: number; computedAt: string; bookVersion: number };
  right: { runId: number; computedAt: string; bookVersion: number };
  accounts: { account: string; currency: string; left: RunAccountFigures | null; right: RunAccountFigures | null }[];
  positions: { account: string; instrument: string; left: { quantity: number; pnl: number } | null; right: { quantity: number; pnl: number } | null }[];
}
