import type { InstrumentKind } from './instrument.ts';
import type { MarginMethodId } from './marginResult.ts';

/** One position as the Book grid shows it: the position joined with its instrument. */
export interface PositionRow {
  id: number;
  account: string;
  instrument: string;
  kind: InstrumentKind;
  underlying: string | null;
  /**
   * What the position ultimately moves with: the underlying's underlying (an option on CLK4
   * groups under WTI, an option on ESM4 under SPX), else the underlying, else the instrument.
   */
  root: string;
  expiry: string | null;
  quantity: number;
  price: number | null;
  multiplier: number;
  currency: string;
  /** quantity × price × multiplier, or null when the instrument has no price. */
  marketValue: number | null;
}

export interface AccountRow {
  id: string;
  name: string;
  currency: string;
  equity: number;
  /** The method the account is margined by (its clearer's or broker's); the Book shows its figure. */
  marginMethod: MarginMethodId;
}

export interface BookView {
  asOf: string;
  baseCurrency: string;
  /** Increases with every write to the book; margin runs record the version they saw. */
  version: number;
  accounts: AccountRow[];
  positions: PositionRow[];
}
