/** One saved scenario set version, as a comparison names it. */
export interface ComparedSet {
  id: string;
  version: number;
  name: string;
}

/** One account's P&L under a scenario in each set (null where the set lacks the scenario). */
export interface ComparedPnl {
  left: number | null;
  right: number | null;
  /** right − left; null unless both sides have the scenario. */
  difference: number | null;
}

/** A scenario matched by id across both sets, or present on one side only. */
export interface ComparedScenario {
  id: string;
  leftName: string | null;
  rightName: string | null;
  side: 'both' | 'left' | 'right';
  /** One entry per account, in `accounts` order. */
  pnl: ComparedPnl[];
}

/** Two scenario sets (or two versions of one) on the same book version, side by side. */
export interface ScenarioComparison {
  left: ComparedSet;
  right: ComparedSet;
  bookVersion: number;
  accounts: { id: string; currency: string }[];
  /** Left's scenarios in order, then those only the right set has. */
  scenarios: ComparedScenario[];
  excluded: { account: string; instrument: string; reason: string }[];
  warnings: string[];
  elapsedMs: number;
}
