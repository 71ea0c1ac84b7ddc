import type { RegTParameters } from '../../../../shared/rules/regTRules.ts';
import { minCostPairing, type PairEdge } from './minCostPairing.ts';
import type { OptionLeg } from './regTGroupBook.ts';
import type { StrategyCosts } from './strategyCosts.ts';
import type { StrategyUnit } from './strategyUnit.ts';

/** Stock that can cover options of one multiplier: whole contracts' worth of long and short shares. */
export interface StockCover {
  long: number;
  short: number;
}

const saving = 1e-9;

/**
 * First stage of the Reg T pairing: the cheapest assignment of the given legs (all of one
 * multiplier) to two-leg strategies — spread (vertical or diagonal), short straddle / strangle,
 * covered call, covered put — and singles (long option, naked short), solved exactly by
 * `minCostPairing`.
 *
 * Every two-leg strategy joins a node of one side to a node of the other, so the graph is
 * bipartite and the optimum is exact and in whole contracts:
 *   left  = long calls, short puts, long stock (as contracts' worth of shares)
 *   right = short calls, long puts, short stock
 * call spread = long call – short call; put spread = short put – long put; straddle = short
 * put – short call; covered call = long stock – short call; covered put = short put – short
 * stock. An edge's cost is the strategy's requirement minus its legs' requirements alone (the
 * stock is charged the same covered or not), and only savings become edges. `available`
 * holds the contracts of each leg still to pair (by leg index).
 */
export function pairStrategies(
  legs: readonly OptionLeg[],
  indices: readonly number[],
  costs: StrategyCosts,
  strategies: RegTParameters['strategies'],
  cover: StockCover,
  available: Float64Array,
): StrategyUnit[] {
  const left: number[] = [];
  const right: number[] = [];
  const leftCapacity: number[] = [];
  const rightCapacity: number[] = [];
  const leftOf = new Map<number, number>();
  const rightOf = new Map<number, number>();
  for (const i of indices) {
    const leg = legs[i] as OptionLeg;
    const contracts = available[i] as number;
    if (contracts <= saving) continue;
    if (leg.isCall === leg.long) {
      leftOf.set(i, left.length);
      left.push(i);
      leftCapacity.push(contracts);
    } else {
      rightOf.set(i, right.length);
      right.push(i);
      rightCapacity.push(contracts);
    }
  }
  const longStock = left.length;
  if (strategies.covered && cover.long > 0) leftCapacity.push(cover.long);
  const shortStock = right.length;
  if (strategies.covered && cover.short > 0) rightCapacity.push(cover.short);

  const edges: PairEdge[] = [];
  const made: Omit<StrategyUnit, 'count'>[] = [];
  const add = (l: number, r: number, unit: Omit<StrategyUnit, 'count'>, alone: number): void => {
    if (!(unit.cost - alone < -saving)) return;
    edges.push({ left: l, right: r, cost: unit.cost - alone, capacity: Math.min(leftCapacity[l] as number, rightCapacity[r] as number) });
    made.push(unit);
  };
  for (const a of left) {
    const la = legs[a] as OptionLeg;
    for (const b of right) {
      const lb = legs[b] as OptionLeg;
      const l = leftOf.get(a) as number;
      const r = rightOf.get(b) as number;
      const alone = costs.single(la) + costs.single(lb);
      if (la.isCall === lb.isCall && strategies.verticals) {
        // long call – short call, or short put – long put
        const spread = la.long ? { long: la, short: lb } : { long: lb, short: la };
        const cost = costs.vertical(spread);
        if (cost !== null) add(l, r, { kind: 'vertical', legs: la.long ? [a, b] : [b, a], cost }, alone);
      } else if (!la.long && !lb.long && strategies.straddles) {
        add(l, r, { kind: 'straddle', legs: [b, a], cost: costs.straddle(lb, la) }, alone);
      }
    }
  }
  if (strategies.covered && cover.long > 0) {
    for (const b of right) {
      const leg = legs[b] as OptionLeg;
      if (leg.isCall && !leg.long) add(longStock, rightOf.get(b) as number, { kind: 'covered', legs: [b], cost: costs.covered(leg) }, costs.single(leg));
    }
  }
  if (strategies.covered && cover.short > 0) {
    for (const a of left) {
      const leg = legs[a] as OptionLeg;
      if (!leg.isCall && !leg.long) add(leftOf.get(a) as number, shortStock, { kind: 'covered', legs: [a], cost: costs.covered(leg) }, costs.single(leg));
    }
  }

  const flow = minCostPairing(Float64Array.from(leftCapacity), Float64Array.from(rightCapacity), edges);
  const units: StrategyUnit[] = [];
  const used = new Map<number, number>();
  made.forEach((unit, e) => {
    const count = flow[e] as number;
    if (count <= saving) return;
    units.push({ ...unit, count });
    for (const leg of unit.legs) used.set(leg, (used.get(leg) ?? 0) + count);
  });
  for (const i of indices) {
    const leg = legs[i] as OptionLeg;
    const rest = (available[i] as number) - (used.get(i) ?? 0);
    if (rest > saving) units.push({ kind: leg.long ? 'longOption' : 'naked', legs: [i], count: rest, cost: costs.single(leg) });
  }
  return units;
}
