/** The strategies a Reg T pairing assigns contracts to. */
export type StrategyKind = 'longOption' | 'naked' | 'vertical' | 'straddle' | 'covered' | 'combination';

/** `count` contracts of each leg margined as one strategy. */
export interface StrategyUnit {
  kind: StrategyKind;
  /**
   * Indices into the group's legs: [leg] for a long option, a naked short or a covered short;
   * [long, short] for a spread; [call, put] for a straddle; [long, short, long, short] (two
   * spreads) for a combination.
   */
  legs: number[];
  /** Contracts of each leg (a leg listed twice in a combination uses 2 × count). */
  count: number;
  /** Requirement per unit (per contract of each leg); for covered, the option's part only. */
  cost: number;
}
