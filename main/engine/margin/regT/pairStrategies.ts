import type { RegTParameters } from '../../../../shared/rules/regTRules.ts';
import { pairingNetwork } from './minCostPairing.ts';
import type { OptionLeg } from './regTGroupBook.ts';
import type { StrategyCosts } from './strategyCosts.ts';
import type { StrategyKind, StrategyUnit } from './strategyUnit.ts';

/** Stock that can cover options of one multiplier: whole contracts' worth of long and short shares. */
export interface StockCover {
  long: number;
  short: number;
}

/** The two-leg pairing of one group's legs, built once and solved for any contracts still to pair. */
export interface TwoLegPairing {
  /**
   * The cheapest assignment of `available` contracts (by group leg index; legs outside the
   * indices are ignored) to two-leg strategies and singles, with cost = Σ count × cost.
   */
  pair(available: Float64Array): { units: StrategyUnit[]; cost: number };
  /** Number of admissible two-leg edges. */
  readonly edgeCount: number;
  /** Arcs scanned by the pairing's searches so far (`PairingNetwork.work`). */
  readonly work: number;
  /**
   * After `pair`: takes up to `most` units of the spread long/short (a vertical unit of the
   * current solution) out of it, leg contracts included, keeping the rest the cheapest pairing
   * of what is left (`PairingNetwork.reduce`, no search); returns how many (0 when the solution
   * has no such spread).
   */
  release(long: number, short: number, most: number): number;
  /**
   * After `pair`: the cheapest pairing of `available` contracts, no more of any leg than the
   * current solution has (`PairingNetwork.lower`: a few searches per changed leg, not a new
   * solve); returns its cost. `units()` gives the pairing itself.
   */
  repair(available: Float64Array): number;
  /** The current solution's units (after `pair`, `release`, `repair`). */
  units(): StrategyUnit[];
  /**
   * Per group leg index, how much the current pairing's cost falls when one contract of the
   * leg is removed (its single requirement less the saving lost with it:
   * `PairingNetwork.shadowPrices`); −Infinity for a leg with no contract left. The array is
   * overwritten by the next call.
   */
  marginalValues(): Float64Array;
}

const saving = 1e-9;
/** Strategy of a two-leg edge (index into `kinds`). */
const VERTICAL = 0;
const STRADDLE = 1;
const COVERED = 2;
const kinds: readonly StrategyKind[] = ['vertical', 'straddle', 'covered'];

/**
 * First stage of the Reg T pairing: the cheapest assignment of the given legs (all of one
 * multiplier) to two-leg strategies — spread (vertical or diagonal), short straddle / strangle,
 * covered call, covered put — and singles (long option, naked short), solved exactly by
 * a min-cost pairing (`pairingNetwork` in minCostPairing.ts).
 *
 * Every two-leg strategy joins a node of one side to a node of the other, so the graph is
 * bipartite and the optimum is exact and in whole contracts:
 *   left  = long calls, short puts, long stock (as contracts' worth of shares)
 *   right = short calls, long puts, short stock
 * call spread = long call – short call; put spread = short put – long put; straddle = short
 * put – short call; covered call = long stock – short call; covered put = short put – short
 * stock. An edge's cost is the strategy's requirement minus its legs' requirements alone (the
 * stock is charged the same covered or not), and only savings become edges.
 *
 * Only admissible pairs are visited: legs are bucketed by side and right and sorted by expiry,
 * so a long call meets only the short calls expiring with or before it (a prefix), a short put
 * only the long puts expiring with or after it (a suffix), and the short calls (straddles). The
 * graph and its costs do not depend on the contracts, so `choosePairing` builds it once and
 * re-solves it for each set of contracts left after setting combinations aside.
 */
export function twoLegPairing(
  legs: readonly OptionLeg[],
  indices: readonly number[],
  costs: StrategyCosts,
  strategies: RegTParameters['strategies'],
  cover: StockCover,
): TwoLegPairing {
  const n = legs.length;
  const left: number[] = [];
  const right: number[] = [];
  const nodeOf = new Int32Array(n);
  const single = new Float64Array(n);
  for (const i of indices) {
    const leg = legs[i] as OptionLeg;
    single[i] = costs.single(leg);
    const side = leg.isCall === leg.long ? left : right;
    nodeOf[i] = side.length;
    side.push(i);
  }
  const byExpiry = (pick: (leg: OptionLeg) => boolean): number[] =>
    indices.filter((i) => pick(legs[i] as OptionLeg)).sort((a, b) => ((legs[a] as OptionLeg).expiry < (legs[b] as OptionLeg).expiry ? -1 : (legs[a] as OptionLeg).expiry > (legs[b] as OptionLeg).expiry ? 1 : a - b));
  const shortCalls = byExpiry((l) => l.isCall && !l.long);
  const longPuts = byExpiry((l) => !l.isCall && l.long);
  const longStock = strategies.covered && cover.long > 0 ? left.length : -1;
  const shortStock = strategies.covered && cover.short > 0 ? right.length : -1;
  const nLeft = left.length + (longStock >= 0 ? 1 : 0);
  const nRight = right.length + (shortStock >= 0 ? 1 : 0);

  // Edges (at most one per left × right node pair), in typed arrays over one buffer: nodes,
  // saving (cost − alone), and the strategy it stands for.
  const most = nLeft * nRight;
  const buffer = new ArrayBuffer(most * (8 + 8 + 4 + 4 + 4 + 4 + 1));
  const edgeCost = new Float64Array(buffer, 0, most);
  const unitCost = new Float64Array(buffer, 8 * most, most);
  const edgeLeft = new Int32Array(buffer, 16 * most, most);
  const edgeRight = new Int32Array(buffer, 20 * most, most);
  const unitFirst = new Int32Array(buffer, 24 * most, most);
  const unitSecond = new Int32Array(buffer, 28 * most, most);
  const unitKind = new Uint8Array(buffer, 32 * most, most);
  let size = 0;
  // Edge of each vertical (long × n + short), built on first `release`.
  let spreadEdge: Map<number, number> | undefined;
  const add = (l: number, r: number, kind: number, first: number, second: number, cost: number, alone: number): void => {
    if (!(cost - alone < -saving)) return;
    edgeLeft[size] = l;
    edgeRight[size] = r;
    edgeCost[size] = cost - alone;
    unitKind[size] = kind;
    unitFirst[size] = first;
    unitSecond[size] = second;
    unitCost[size] = cost;
    size++;
  };
  for (const a of left) {
    const la = legs[a] as OptionLeg;
    const l = nodeOf[a] as number;
    if (la.long) {
      // long call: the short calls expiring with or before it (a prefix of the sorted list)
      if (!strategies.verticals) continue;
      for (const b of shortCalls) {
        const lb = legs[b] as OptionLeg;
        if (lb.expiry > la.expiry) break;
        const cost = costs.verticalOf(la, lb);
        if (cost !== null) add(l, nodeOf[b] as number, VERTICAL, a, b, cost, (single[a] as number) + (single[b] as number));
      }
      continue;
    }
    // short put: the long puts expiring with or after it (a suffix), and every short call
    if (strategies.verticals) {
      let from = longPuts.length;
      while (from > 0 && (legs[longPuts[from - 1] as number] as OptionLeg).expiry >= la.expiry) from--;
      for (let k = from; k < longPuts.length; k++) {
        const b = longPuts[k] as number;
        const cost = costs.verticalOf(legs[b] as OptionLeg, la);
        if (cost !== null) add(l, nodeOf[b] as number, VERTICAL, b, a, cost, (single[a] as number) + (single[b] as number));
      }
    }
    if (strategies.straddles) {
      for (const b of shortCalls) add(l, nodeOf[b] as number, STRADDLE, b, a, costs.straddle(legs[b] as OptionLeg, la), (single[a] as number) + (single[b] as number));
    }
    if (shortStock >= 0) add(l, shortStock, COVERED, a, -1, costs.covered(la), single[a] as number);
  }
  if (longStock >= 0) {
    for (const b of shortCalls) add(longStock, nodeOf[b] as number, COVERED, b, -1, costs.covered(legs[b] as OptionLeg), single[b] as number);
  }

  const network = pairingNetwork(nLeft, nRight, edgeLeft.subarray(0, size), edgeRight.subarray(0, size), edgeCost.subarray(0, size));
  const leftCapacity = new Float64Array(nLeft);
  const rightCapacity = new Float64Array(nRight);
  const used = new Float64Array(n);
  const values = new Float64Array(n);
  /** Contracts of each leg in the current solution. */
  const current = new Float64Array(n);
  let flow: Float64Array | undefined;
  const capacitiesOf = (available: Float64Array): void => {
    left.forEach((i, l) => (leftCapacity[l] = Math.max(available[i] as number, 0)));
    right.forEach((i, r) => (rightCapacity[r] = Math.max(available[i] as number, 0)));
    if (longStock >= 0) leftCapacity[longStock] = cover.long;
    if (shortStock >= 0) rightCapacity[shortStock] = cover.short;
    for (const i of indices) current[i] = available[i] as number;
  };
  /** The current solution's units (when `out`) and cost: the flow's strategies, then each leg's rest alone. */
  const read = (out: StrategyUnit[] | null): number => {
    const f = flow as Float64Array;
    let cost = 0;
    for (const i of indices) used[i] = 0;
    for (let e = 0; e < size; e++) {
      const count = f[e] as number;
      if (count <= saving) continue;
      const kind = unitKind[e] as number;
      const first = unitFirst[e] as number;
      const second = unitSecond[e] as number;
      const c = unitCost[e] as number;
      if (out) out.push({ kind: kinds[kind] as StrategyKind, legs: kind === COVERED ? [first] : [first, second], count, cost: c });
      cost += count * c;
      used[first] = (used[first] as number) + count;
      if (kind !== COVERED) used[second] = (used[second] as number) + count;
    }
    for (const i of indices) {
      const rest = (current[i] as number) - (used[i] as number);
      if (rest > saving) {
        const c = single[i] as number;
        if (out) out.push({ kind: (legs[i] as OptionLeg).long ? 'longOption' : 'naked', legs: [i], count: rest, cost: c });
        cost += rest * c;
      }
    }
    return cost;
  };
  return {
    edgeCount: size,
    get work() {
      return network.work;
    },
    pair(available) {
      capacitiesOf(available);
      flow = network.solve(leftCapacity, rightCapacity);
      const units: StrategyUnit[] = [];
      const cost = read(units);
      return { units, cost };
    },
    release(long, short, most) {
      if (!spreadEdge) {
        spreadEdge = new Map();
        for (let e = 0; e < size; e++) if (unitKind[e] === VERTICAL) spreadEdge.set((unitFirst[e] as number) * n + (unitSecond[e] as number), e);
      }
      const e = spreadEdge.get(long * n + short);
      if (e === undefined || flow === undefined) return 0;
      const amount = Math.min(most, flow[e] as number);
      if (!(amount > saving)) return 0;
      network.reduce(e, amount);
      current[long] = (current[long] as number) - amount;
      current[short] = (current[short] as number) - amount;
      return amount;
    },
    repair(available) {
      capacitiesOf(available);
      flow = network.lower(leftCapacity, rightCapacity);
      return read(null);
    },
    units() {
      const units: StrategyUnit[] = [];
      read(units);
      return units;
    },
    marginalValues() {
      const prices = network.shadowPrices();
      left.forEach((i, l) => (values[i] = (current[i] as number) > saving ? (single[i] as number) - (prices[l] as number) : -Infinity));
      right.forEach((i, r) => (values[i] = (current[i] as number) > saving ? (single[i] as number) - (prices[nLeft + r] as number) : -Infinity));
      return values;
    },
  };
}
