/**
 * The result of a margin method, as `npm run -s cli -- margin` prints it and the Margin page
 * shows it (`../shared/spec/portfolio-document.md`). Money is in the account's currency
 * (coin-margined groups also carry USD); loss and requirement are positive; P&L is positive
 * for gains.
 */
export const marginMethodIds = ['span', 'finra-pm', 'crypto-pm', 'reg-t', 'gross-notional', 'var', 'house'] as const;
export type MarginMethodId = (typeof marginMethodIds)[number];

/** Labels for lists and charts. */
export const marginMethodLabels: Record<MarginMethodId, string> = {
  span: 'SPAN',
  'finra-pm': 'FINRA portfolio margin',
  'crypto-pm': 'Crypto portfolio margin',
  'reg-t': 'Reg T strategies',
  'gross-notional': 'Gross notional',
  var: 'VaR / expected shortfall',
  house: 'House model',
};

/** The scenario that drives a requirement: its id as the rule set names it, and the loss (positive). */
export interface WorstScenario {
  id: string;
  loss: number;
}

/** One position's P&L in the group's worst scenario (positive = gain); they sum to −loss. */
export interface PositionContribution {
  /** Index of the position in the portfolio document's `positions`. */
  position: number;
  instrument: string;
  quantity: number;
  pnl: number;
}

export interface ExcludedMarginPosition {
  position: number;
  instrument: string;
  reason: string;
}

/** A margin group: combined commodity (span), class group (finra-pm), currency (crypto-pm), strategy (reg-t). */
export interface GroupMargin {
  id: string;
  currency: string;
  requirement: number;
  worstScenario: WorstScenario | null;
  components: Record<string, number>;
  contributions: PositionContribution[];
  /** Requirement in USD beside a coin figure (crypto-pm), else absent. */
  requirementUsd?: number;
  /** Free-text lines a risk manager reads: which pairs were spread, which offsets applied. */
  notes?: string[];
}

export interface AccountMarginResult {
  id: string;
  currency: string;
  /** The figure the account must meet: the initial margin. */
  requirement: number;
  initial: number;
  maintenance: number;
  equity: number;
  /** equity − requirement; negative is a deficit. */
  excess: number;
  components: Record<string, number>;
  groups: GroupMargin[];
  excluded: ExcludedMarginPosition[];
}

export interface MarginResult {
  method: MarginMethodId;
  ruleSet: { id: string; version: number };
  accounts: AccountMarginResult[];
}
