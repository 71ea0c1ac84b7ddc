/** One option position of a Reg T group, as the strategy rules read it. */
export interface OptionLeg {
  /** Index of the position in the portfolio document's `positions`. */
  position: number;
  instrument: string;
  isCall: boolean;
  long: boolean;
  /** Number of contracts held, positive (the side is `long`). */
  contracts: number;
  strike: number;
  /** Expiry as an ISO date (spreads compare expiries by date). */
  expiry: string;
  multiplier: number;
  /** The premium per share: the instrument's price (its mark), or the model price when it has none. */
  price: number;
  /** More than the rule set's full-payment months to expiry: a long one takes the long-term rate. */
  longTerm: boolean;
}

/** The position in the underlying itself (stock or ETF shares), signed: short < 0. */
export interface StockHolding {
  position: number;
  instrument: string;
  shares: number;
}

/** Everything one account holds on one underlying that Reg T margins: the unit the pairing works on. */
export interface RegTGroupBook {
  /** The underlying's instrument id (the group id). */
  underlying: string;
  /** The underlying's price S. */
  price: number;
  /** True when the underlying's class takes the broad-based index rate. */
  broadIndex: boolean;
  /** Leverage factor of a leveraged ETF (1 otherwise; −1 for an inverse ETF). */
  leverage: number;
  /** True when the underlying can be held (stock, ETF) and so can cover options. */
  holdable: boolean;
  stock: StockHolding | null;
  legs: OptionLeg[];
}
