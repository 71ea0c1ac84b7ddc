/** P&L of every account under every scenario of one set (positive = gain, account currency). */
export interface StressResult {
  scenarioSet: { id: string; version: number; name: string };
  scenarios: { id: string; name: string }[];
  accounts: { id: string; currency: string; pnl: number[]; worst: { id: string; pnl: number } | null }[];
  /** Positions not in the sums, with the reason. */
  excluded: { account: string; instrument: string; reason: string }[];
  warnings: string[];
  bookVersion: number;
  elapsedMs: number;
}
