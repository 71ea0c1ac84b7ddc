/**
 * Scenarios in numbers, per risk factor (the book's `underlyingIds`), scenario-major:
 * entry [s × underlyingCount + u] is scenario s on underlying u. Under scenario s every price
 * on underlying u (the root and every instrument priced off it) becomes
 *   price × (1 + priceRelative) + priceAbsolute
 * so a relative move keeps ratios (a future's basis in %), an absolute move adds the same
 * points to every price on that underlying; every vol on it becomes
 *   max(vol × (1 + volRelative) + volAbsolute, 0),
 * and time moves `daysForward[s]` calendar days (options then have daysForward/365 less to
 * expiry; past expiry they are worth their exercise value at the scenario price).
 */
export interface ScenarioSet {
  count: number;
  underlyingCount: number;
  priceRelative: Float64Array;
  priceAbsolute: Float64Array;
  volRelative: Float64Array;
  volAbsolute: Float64Array;
  daysForward: Float64Array;
}

/** `count` scenarios on `underlyingCount` risk factors, all unchanged (zero moves) to start. */
export function createScenarioSet(count: number, underlyingCount: number): ScenarioSet {
  const cells = count * underlyingCount;
  return {
    count,
    underlyingCount,
    priceRelative: new Float64Array(cells),
    priceAbsolute: new Float64Array(cells),
    volRelative: new Float64Array(cells),
    volAbsolute: new Float64Array(cells),
    daysForward: new Float64Array(count),
  };
}
