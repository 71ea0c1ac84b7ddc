import { minCostPairing, type PairEdge } from './minCostPairing.ts';
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
 * Exact for the spreads it is given, by `minCostPairing` on a bipartite graph:
 *   left  = call debit spreads, put credit spreads
 *   right = call credit spreads, put debit spreads
 * A combination only saves where one spread gains where the other loses, and at
 * arbitrage-free prices that only happens across the sides: call debit + call credit (call
 * butterfly / condor), put credit + put debit (put butterfly / condor), put credit + call
 * credit (iron condor / iron butterfly / short box). Two spreads on one side lose (or gain) on
 * the same side of the price and gain nothing together, so no edge is lost by the bipartition.
 */
export function combineSpreads(legs: readonly OptionLeg[], units: readonly StrategyUnit[], costs: StrategyCosts): StrategyUnit[] {
  const left: StrategyUnit[] = [];
  const right: StrategyUnit[] = [];
  const rest: StrategyUnit[] = [];
  for (const unit of units) {
    const long = legs[unit.legs[0] as number] as OptionLeg;
    const short = legs[unit.legs[1] as number] as OptionLeg;
    if (unit.kind !== 'vertical' || long.expiry !== short.expiry) rest.push(unit);
    else if (long.strike <= short.strike) left.push(unit); // call debit or put credit: the long strike is the lower
    else right.push(unit);
  }
  if (left.length === 0 || right.length === 0) return [...units];
  const spreadOf = (unit: StrategyUnit) => ({ long: legs[unit.legs[0] as number] as OptionLeg, short: legs[unit.legs[1] as number] as OptionLeg });
  const edges: PairEdge[] = [];
  const combined: StrategyUnit[] = [];
  left.forEach((a, l) => {
    right.forEach((b, r) => {
      const cost = costs.combination(spreadOf(a), spreadOf(b));
      if (cost === null || !(cost - a.cost - b.cost < -saving)) return;
      edges.push({ left: l, right: r, cost: cost - a.cost - b.cost, capacity: Math.min(a.count, b.count) });
      combined.push({ kind: 'combination', legs: [...a.legs, ...b.legs], count: 0, cost });
    });
  });
  const flow = minCostPairing(Float64Array.from(left, (u) => u.count), Float64Array.from(right, (u) => u.count), edges);
  const leftUsed = new Float64Array(left.length);
  const rightUsed = new Float64Array(right.length);
  const out = [...rest];
  edges.forEach((edge, e) => {
    const count = flow[e] as number;
    if (count <= saving) return;
    out.push({ ...(combined[e] as StrategyUnit), count });
    leftUsed[edge.left] = (leftUsed[edge.left] as number) + count;
    rightUsed[edge.right] = (rightUsed[edge.right] as number) + count;
  });
  const remainder = (unit: StrategyUnit, used: number): void => {
    if (unit.count - used > saving) out.push({ ...unit, count: unit.count - used });
  };
  left.forEach((u, l) => remainder(u, leftUsed[l] as number));
  right.forEach((u, r) => remainder(u, rightUsed[r] as number));
  return out;
}
