/**
 * A position's model value and greeks (per unit × quantity × multiplier, in the instrument's
 * currency; `main/engine/valuationFields.ts` units) and its contribution to its account's
 * margin in the latest run; null where the position could not be valued.
 */
export interface PositionAnalytics {
  positionId: number;
  value: number | null;
  delta: number | null;
  gamma: number | null;
  vega: number | null;
  theta: number | null;
  /** The option's vol as valued (given, or implied from its price); null for linear instruments. */
  vol: number | null;
  volImplied: boolean;
  /**
   * The position's loss in its group's worst scenario of the latest margin run (−P&L: positive
   * adds to the requirement), summed over the groups it is in; null when the run holds none.
   */
  marginContribution: number | null;
  /** Why the position is left out of valuation or of its account's margin, else null. */
  excluded: string | null;
}

/** A position's value and greeks as valued, with the reason where it could not be. */
export type PositionGreeks = Pick<PositionAnalytics, 'value' | 'delta' | 'gamma' | 'vega' | 'theta' | 'vol' | 'volImplied'> & { notValued: string | null };

export interface BookAnalytics {
  bookVersion: number;
  /** The margin run the contributions come from, and the book version it saw. */
  marginRun: { runId: number; bookVersion: number } | null;
  positions: PositionAnalytics[];
}
