/** How an instrument is valued (the `model` column of a ResolvedBook). */
export const LINEAR = 0; // equity, ETF, index, spot, future, perpetual: value = price
export const EUROPEAN = 1; // Black-Scholes-Merton (on spot) / Black-76 (on a future), on the forward
export const AMERICAN = 2; // Bjerksund-Stensland (2002)

/** An instrument or position that is not valued, with the reason a risk manager can act on. */
export interface Exclusion {
  instrument: string;
  reason: string;
}

export interface PositionExclusion extends Exclusion {
  /** Index of the position in the source document's `positions`. */
  position: number;
  account: string;
}

/**
 * A book resolved once into numbers (Strata's `ResolvedTrade` idea): every valued instrument
 * is a row of typed arrays, every position points at its row. Rows are ordered so that
 * instruments sharing per-scenario terms are adjacent: by risk factor, then direct underlying,
 * expiry, rate and carry (one `group`), then strike and vol (one `node`). Scenario revaluation
 * (`revalue`) relies on that order only for speed, never for correctness.
 *
 * Units: prices in the instrument's quote currency; an inverse (coin-settled) instrument's
 * values and P&L are in the coin (`currency`), its underlying price in USD.
 */
export interface ResolvedBook {
  asOf: string;
  /** Risk factors: the root underlyings (instruments without an underlying) that scenarios move. */
  underlyingIds: string[];
  instruments: {
    id: string[];
    /** Settlement currency of values and P&L: the coin for inverse instruments. */
    currency: string[];
    model: Uint8Array;
    /** Index into `underlyingIds`. */
    underlying: Int32Array;
    isCall: Uint8Array;
    inverse: Uint8Array;
    /** 1 when an option's underlying is a future or perpetual (Black-76), 0 on spot (BSM). */
    onFuture: Uint8Array;
    /** The price the model starts from: an option's underlying price, a linear instrument's own price. */
    level: Float64Array;
    strike: Float64Array;
    /** Years to expiry, ACT/365F from asOf (0 for linear instruments). */
    expiry: Float64Array;
    /** Continuous discount rate of the settlement currency. */
    rate: Float64Array;
    /** Cost of carry b: r − q on spot, 0 on a future. */
    carry: Float64Array;
    vol: Float64Array;
    multiplier: Float64Array;
    /** Rows with the same group share level, expiry, rate and carry; −1 for linear rows. */
    group: Int32Array;
    /** European rows with the same node share d1 and d2 (same group, strike and vol); −1 otherwise. */
    node: Int32Array;
    /** True where the vol was implied from the instrument's price. */
    volImplied: Uint8Array;
  };
  positions: {
    account: string[];
    /** Row in `instruments`. */
    instrument: Int32Array;
    quantity: Float64Array;
    /** Index of the position in the source document. */
    source: Int32Array;
  };
  excludedInstruments: Exclusion[];
  excludedPositions: PositionExclusion[];
}
