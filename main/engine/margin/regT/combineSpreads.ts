import { pairingNetwork } from './minCostPairing.ts';
import type { OptionLeg } from './regTGroupBook.ts';
import type { StrategyCosts } from './strategyCosts.ts';
import type { StrategyUnit } from './strategyUnit.ts';

const saving = 1e-9;

/**
 * Most same-expiry spread pairs (Σ over expiries of left × right spreads) that are all costed;
 * beyond it (an option-heavy group: ~5,000 spreads of 5,000 options make ~1 million pairs) each
 * spread meets only its nearest spreads of the other side (`nearestSpreadPairs`). Groups of
 * a few hundred legs stay below it.
 */
export const denseCombinationLimit = 50_000;
/** Nearest spreads on each side, in width and in centre strike, that a spread meets beyond the dense limit... */
const nearestSpreads = 8;
/** ...and then this many at doubling distances in width. */
const farSpreads = 4;

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
 * expiry first). `meter.work` grows by the pairs costed and the pairing's searches. Beyond
 * `denseLimit` (`denseCombinationLimit`) same-expiry spread pairs, only each spread's nearest
 * of the other side are costed (`nearestSpreadPairs`): exact for those pairs, a restriction of
 * all (conservative); groups that large are heuristic here in any case (`choosePairing`).
 */
export function combineSpreads(
  legs: readonly OptionLeg[],
  units: readonly StrategyUnit[],
  costs: StrategyCosts,
  meter?: { work: number },
  denseLimit = denseCombinationLimit,
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
  const leftByExpiry = new Map<string, number[]>();
  const rightByExpiry = new Map<string, number[]>();
  const bucket = (byExpiry: Map<string, number[]>, units: readonly StrategyUnit[]): void =>
    units.forEach((u, k) => {
      const expiry = (legs[u.legs[0] as number] as OptionLeg).expiry;
      const list = byExpiry.get(expiry);
      if (list) list.push(k);
      else byExpiry.set(expiry, [k]);
    });
  bucket(leftByExpiry, left);
  bucket(rightByExpiry, right);
  const edgeLeft: number[] = [];
  const edgeRight: number[] = [];
  const edgeSaving: number[] = [];
  const edgeCost: number[] = [];
  const consider = (l: number, r: number): void => {
    const a = left[l] as StrategyUnit;
    const b = right[r] as StrategyUnit;
    const cost = costs.combinationOf(legs[a.legs[0] as number] as OptionLeg, legs[a.legs[1] as number] as OptionLeg, legs[b.legs[0] as number] as OptionLeg, legs[b.legs[1] as number] as OptionLeg);
    if (meter) meter.work++;
    if (cost === null || !(cost - a.cost - b.cost < -saving)) return;
    edgeLeft.push(l);
    edgeRight.push(r);
    edgeSaving.push(cost - a.cost - b.cost);
    edgeCost.push(cost);
  };
  let pairs = 0;
  for (const [expiry, ls] of leftByExpiry) pairs += ls.length * (rightByExpiry.get(expiry)?.length ?? 0);
  if (pairs <= denseLimit) {
    left.forEach((a, l) => {
      for (const r of rightByExpiry.get((legs[a.legs[0] as number] as OptionLeg).expiry) ?? []) consider(l, r);
    });
  } else {
    const candidates = nearestSpreadPairs(legs, left, right, leftByExpiry, rightByExpiry);
    for (let x = 0; x < candidates.left.length; x++) consider(candidates.left[x] as number, candidates.right[x] as number);
  }
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

/**
 * The spread pairs a large group's stage 2 costs (beyond `denseCombinationLimit`): left and
 * right spread of each, grouped by left spread, each pair once. A combination saves where one spread gains
 * as the other loses: two spreads on disjoint strikes (an iron condor, a condor) save about the
 * narrower width, whichever strikes; spreads sharing a strike (a butterfly, an iron
 * butterfly) or overlapping, depending on where they lie. So per expiry each spread meets,
 * from both sides, the spreads of the other side nearest in width (`nearestSpreads` on each
 * side, then `farSpreads` at doubling distances) and nearest in centre strike (its two
 * strikes' mean). A restriction: stage 2 is then the cheapest combining of those pairs, valid
 * and never below the cheapest of all (conservative).
 */
function nearestSpreadPairs(
  legs: readonly OptionLeg[],
  left: readonly StrategyUnit[],
  right: readonly StrategyUnit[],
  leftByExpiry: Map<string, number[]>,
  rightByExpiry: Map<string, number[]>,
): { left: Int32Array; right: Int32Array } {
  const widthOf = new Float64Array(left.length + right.length);
  const centreOf = new Float64Array(left.length + right.length);
  // Units as one index space: left spreads, then right spreads.
  [...left, ...right].forEach((u, k) => {
    const a = (legs[u.legs[0] as number] as OptionLeg).strike;
    const b = (legs[u.legs[1] as number] as OptionLeg).strike;
    widthOf[k] = Math.abs(a - b);
    centreOf[k] = (a + b) / 2;
  });
  // Pairs (left spread, right spread), as found from either side.
  let firsts: number[] = [];
  let seconds: number[] = [];
  /** For each of `from`, its nearest in `to` by `key` (ids in the common space): pairs pushed as (from, to). */
  const windows = (from: readonly number[], to: readonly number[], key: Float64Array, far: number, push: (a: number, b: number) => void): void => {
    const order = Int32Array.from(to).sort((x, y) => (key[x] as number) - (key[y] as number) || x - y);
    const keyAt = Float64Array.from(order, (x) => key[x] as number);
    for (const a of from) {
      const value = key[a] as number;
      let lo = 0;
      let hi = order.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((keyAt[mid] as number) < value) lo = mid + 1;
        else hi = mid;
      }
      for (let x = Math.max(0, lo - nearestSpreads); x < Math.min(order.length, lo + nearestSpreads); x++) push(a, order[x] as number);
      for (let step = nearestSpreads, j = 0; j < far; step *= 2, j++) {
        if (lo - 1 - step >= 0) push(a, order[lo - 1 - step] as number);
        if (lo + step < order.length) push(a, order[lo + step] as number);
      }
    }
  };
  const fromLeft = (l: number, r: number): void => {
    firsts.push(l);
    seconds.push(r - left.length);
  };
  const fromRight = (r: number, l: number): void => {
    firsts.push(l);
    seconds.push(r - left.length);
  };
  for (const [expiry, ls] of leftByExpiry) {
    const rs = (rightByExpiry.get(expiry) ?? []).map((r) => left.length + r);
    if (rs.length === 0) continue;
    windows(ls, rs, widthOf, farSpreads, fromLeft);
    windows(rs, ls, widthOf, farSpreads, fromRight);
    windows(ls, rs, centreOf, 0, fromLeft);
    windows(rs, ls, centreOf, 0, fromRight);
  }
  // Grouped by left spread (counting sort), each right spread once per left one.
  const count = new Int32Array(left.length + 1);
  for (const l of firsts) count[l + 1] = (count[l + 1] as number) + 1;
  for (let l = 0; l < left.length; l++) count[l + 1] = (count[l + 1] as number) + (count[l] as number);
  const byLeft = new Int32Array(firsts.length);
  const fill = count.slice();
  firsts.forEach((l, x) => {
    byLeft[fill[l] as number] = seconds[x] as number;
    fill[l] = (fill[l] as number) + 1;
  });
  firsts = [];
  seconds = [];
  const seen = new Int32Array(right.length).fill(-1);
  const outLeft: number[] = [];
  const outRight: number[] = [];
  for (let l = 0; l < left.length; l++) {
    for (let x = count[l] as number; x < (count[l + 1] as number); x++) {
      const r = byLeft[x] as number;
      if (seen[r] === l) continue;
      seen[r] = l;
      outLeft.push(l);
      outRight.push(r);
    }
  }
  return { left: Int32Array.from(outLeft), right: Int32Array.from(outRight) };
}
