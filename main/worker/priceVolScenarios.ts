import { createScenarioSet, type ScenarioSet } from '../engine/scenarioSet.ts';

/**
 * A price × vol grid as scenarios: every risk factor moved by price move i (relative) and its
 * vols by vol shift j (relative), `daysForward` days on; scenario i × volShifts.length + j.
 */
export function priceVolScenarios(underlyingCount: number, priceMoves: readonly number[], volShifts: readonly number[], daysForward: number): ScenarioSet {
  const scenarios = createScenarioSet(priceMoves.length * volShifts.length, underlyingCount);
  priceMoves.forEach((price, i) =>
    volShifts.forEach((vol, j) => {
      const s = i * volShifts.length + j;
      scenarios.daysForward[s] = daysForward;
      scenarios.priceRelative.fill(price, s * underlyingCount, (s + 1) * underlyingCount);
      scenarios.volRelative.fill(vol, s * underlyingCount, (s + 1) * underlyingCount);
    }),
  );
  return scenarios;
}
