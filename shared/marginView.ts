/** A position left out of a margin figure, with the reason a risk manager can act on. */
export interface ExcludedPosition {
  positionId: number;
  instrument: string;
  reason: string;
}

export interface AccountMargin {
  account: string;
  currency: string;
  requirement: number;
  equity: number;
  /** equity − requirement: negative is a deficit. */
  excess: number;
  excluded: ExcludedPosition[];
}

export interface MarginSnapshot {
  runId: number;
  method: string;
  ruleSet: { id: string; version: number };
  bookVersion: number;
  computedAt: string;
  elapsedMs: number;
  accounts: AccountMargin[];
}

export interface MarginRunSummary {
  runId: number;
  method: string;
  ruleSet: { id: string; version: number };
  bookVersion: number;
  computedAt: string;
  accounts: { account: string; requirement: number; equity: number }[];
}
