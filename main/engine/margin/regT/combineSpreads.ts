import { pairingNetwork } from './minCostPairing.ts';
import type { OptionLeg } from './regTGroupBook.ts';
import type { StrategyCosts } from './strategyCosts.ts';
import type { StrategyUnit } from './strategyUnit.ts';

const saving = 1e-9;

/**
 * Second stage of the Reg T pairing: combines two spreads of one expiry into a butterfly,
 * condor, iron condor, iron butterfly or box where margining the four legs together (their
 * maximum loss at expiry, `StrategyCosts.combination`) costs less than the two spreads apart.
 * Spreads are the `vertical` units of the first stage with both legs on one expiry; other
 * units pass through unchanged.
 *
 * Exact for the spreads it is given, by a min-cost pairing (`pairingNetwork`) on a bipartite
 * graph:
 *   left  = call debit spreads, put credit spreads
 *   right = call credit spreads, put debit spreads
 * A combination only saves where one spread gains where the other loses, and at
 * arbitrage-free prices that only happens across the sides: call debit + call credit (call
 * butterfly / condor), put credit + put debit (put butterfly / condor), put credit + call
 * credit (iron condor / iron butterfly / short box). Two spreads on one side lose (or gain) on
 * the same side of the price and gain nothing together, so no edge is lost by the bipartition
 * (with marks that are not arbitrage-free a same-side pair can gain; those are left to
 * `choosePairing`'s set-aside candidates). Only spreads of one expiry are paired (bucketed by
 * expiry first). `meter.work` grows by the pairs costed and the pairing's searches.
 */
export function combineSpreads(
  legs: readonly OptionLeg[],
  units: readonly StrategyUnit[],
  costs: StrategyCosts,
  meter?: { work: number },
): StrategyUnit[] {
  const left: StrategyUnit[] = [];
  const right: StrategyUnit[] = [];
  const rest: StrategyUnit[] = [];
  for (const unit of units) {
    if (unit.kind !== 'vertical') {
      rest.push(unit);
      continue;
    }
    const long = legs[unit.legs[0] as number] as OptionLeg;
    const short = legs[unit.legs[1] as number] as OptionLeg;
    if (long.expiry !== short.expiry) rest.push(unit);
    else if (long.strike <= short.strike) left.push(unit); // call debit or put credit: the long strike is the lower
    else right.push(unit);
  }
  if (left.length === 0 || right.length === 0) return [...units];
  const rightByExpiry = new Map<string, number[]>();
  right.forEach((b, r) => {
    const expiry = (legs[b.legs[0] as number] as OptionLeg).expiry;
    const bucket = rightByExpiry.get(expiry);
    if (bucket) bucket.push(r);
    else rightByExpiry.set(expiry, [r]);
  });
  const edgeLeft: number[] = [];
  const edgeRight: number[] = [];
  const edgeSaving: number[] = [];
  const edgeCost: number[] = [];
  left.forEach((a, l) => {
    const long1 = legs[a.legs[0] as number] as OptionLeg;
    const short1 = legs[a.legs[1] as number] as OptionLeg;
    for (const r of rightByExpiry.get(long1.expiry) ?? []) {
      const b = right[r] as StrategyUnit;
      const cost = costs.combinationOf(long1, short1, legs[b.legs[0] as number] as OptionLeg, legs[b.legs[1] as number] as OptionLeg);
      if (meter) meter.work++;
      if (cost === null || !(cost - a.cost - b.cost < -saving)) continue;
      edgeLeft.push(l);
      edgeRight.push(r);
      edgeSaving.push(cost - a.cost - b.cost);
      edgeCost.push(cost);
    }
  });
  const network = pairingNetwork(left.length, right.length, edgeLeft, edgeRight, edgeSaving);
  const flow = network.solve(Float64Array.from(left, (u) => u.count), Float64Array.from(right, (u) => u.count));
  if (meter) meter.work += network.work;
  const leftUsed = new Float64Array(left.length);
  const rightUsed = new Float64Array(right.length);
  const out = [...rest];
  for (let e = 0; e < edgeLeft.length; e++) {
    const count = flow[e] as number;
    if (count <= saving) continue;
    const l = edgeLeft[e] as number;
    const r = edgeRight[e] as number;
    out.push({ kind: 'combination', legs: [...(left[l] as StrategyUnit).legs, ...(right[r] as StrategyUnit).legs], count, cost: edgeCost[e] as number });
    leftUsed[l] = (leftUsed[l] as number) + count;
    rightUsed[r] = (rightUsed[r] as number) + count;
  }
  const remainder = (unit: StrategyUnit, used: number): void => {
    if (unit.count - used > saving) out.push({ ...unit, count: unit.count - used });
  };
  left.forEach((u, l) => remainder(u, leftUsed[l] as number));
  right.forEach((u, r) => remainder(u, rightUsed[r] as number));
  return out;
}
