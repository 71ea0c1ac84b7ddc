import type { RegTParameters } from '../../../../shared/rules/regTRules.ts';
import { pairingNetwork, type PairingNetwork } from './minCostPairing.ts';
import { admissiblePairCount, twoLegLadders, type NearestStrikes } from './twoLegCandidates.ts';
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
  /**
   * True when a `pair` so far was not proven the cheapest over all pairs: a sparse graph (more
   * admissible pairs than the dense limit) whose pricing stopped at its budget, so the pairing
   * is the cheapest on the pairs found, within `gap` of the cheapest of all.
   */
  readonly bounded: boolean;
  /** Pricing rounds the last `pair` took (0: the full graph, no pricing). */
  readonly rounds: number;
  /**
   * The largest bound so far of how much the cheapest two-leg pairing of all pairs can be below
   * a `pair`'s (from the pricing's reduced costs: see `twoLegPairing`; 0 while all are proven).
   */
  readonly gap: number;
  /** True beyond the dense limit: the graph is sparse and grows by pricing (the priced search does not run on such groups). */
  readonly sparse: boolean;
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
 * Most admissible two-leg pairs (`admissiblePairCount`) of a group for which every one is made
 * an edge up front (the full graph); beyond it the graph starts from each leg's nearest rungs
 * and grows by column generation (`twoLegPairing`). Every group of the bench's mixed book
 * (144-leg chains: ~3,000 pairs) and chains of several hundred legs stay below it, so their
 * pairings are what they always were; an option-heavy account (5,000 SPX options: ~3 million
 * pairs, 25,000: ~80 million) is far above it, where the full graph would not fit in memory.
 */
export const denseTwoLegLimit = 50_000;
/** The starting graph's windows beyond the dense limit (`TwoLegLadders.nearestPairs`). */
export const startingNearest: NearestStrikes = { same: 1, other: 1, cover: 2, most: 16 };
/**
 * Budget of the column generation beyond the dense limit (`twoLegPairing`). Each round after
 * the first solve prices every pair, adds those that gain and solves again; it stops
 * - when no pair gains: PROVEN the cheapest;
 * - when the bound on what all pairs together could still save is at most `gap` (relative) of
 *   the cost: within 0.01% of the cheapest, proven by the bound (the pairing is `bounded`, with
 *   its `gap`);
 * - after `rounds` rounds, or before a round that would take the work of the rounds past
 *   `perLeg` × legs (arcs scanned, `PairingNetwork.work`, plus the pricing's rungs: a count,
 *   not a time, so results do not depend on the machine): `bounded`, with its `gap`.
 * Books of real chains need no round or one or two (the starting graph already holds an
 * optimum or nearly, and pricing proves it); books whose marks are far from arbitrage-free, or
 * whose shorts and longs sit at opposite ends of the chains or in different expiries, gain
 * slowly from round to round: there the budget stops, and the group's notes give the bound.
 */
export const pricingBudget = { rounds: 20, perLeg: 10_000, gap: 1e-4 };

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
 * Up to `denseLimit` admissible pairs (small and mid-sized groups), every admissible pair is
 * visited: legs are bucketed by side and right and sorted by expiry, so a long call meets only
 * the short calls expiring with or before it (a prefix), a short put only the long puts
 * expiring with or after it (a suffix), and the short calls (straddles). The graph and its
 * costs do not depend on the contracts, so `choosePairing` builds it once and re-solves it for
 * each set of contracts left after setting combinations aside.
 *
 * Beyond it (option-heavy books: the full graph grows with legs², ~3 million edges for 5,000
 * options, and so do its solve's searches), COLUMN GENERATION on a sparse graph
 * (`twoLegLadders`): the graph starts with each leg's nearest partners in strike and in
 * requirement (`startingNearest`) and the pairs of greedy covering sweeps, and is solved; the
 * solution's optimal duals (`PairingNetwork.duals`) then price EVERY admissible pair at once,
 * without listing them, by Fenwick-tree minima along strike and requirement ladders
 * (`TwoLegLadders.price`: exact, each strategy's saving being a long's part plus a short's
 * within regions that orders of the legs decide); the pairs that would lower the cost are
 * added and the graph is solved again, until no pair would. When none would, the pairing is
 * PROVEN the cheapest over all pairs (LP duality) — the optimum of the full graph. The same
 * pricing bounds what all pairs together could still save (each left leg's contracts × its
 * least reduced cost), so when `budget` (`pricingBudget`) stops it first, the pairing is the
 * cheapest on the pairs found — valid, priced by the rules, never below the optimum
 * (conservative) — at most `gap` above the cheapest, and `bounded` says so. The priced search
 * of `choosePairing` (warm restarts, shadow prices) does not run on such groups.
 */
export function twoLegPairing(
  legs: readonly OptionLeg[],
  indices: readonly number[],
  costs: StrategyCosts,
  strategies: RegTParameters['strategies'],
  cover: StockCover,
  denseLimit = denseTwoLegLimit,
  nearest = startingNearest,
  budget = pricingBudget,
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
  const longStock = strategies.covered && cover.long > 0 ? left.length : -1;
  const shortStock = strategies.covered && cover.short > 0 ? right.length : -1;
  const nLeft = left.length + (longStock >= 0 ? 1 : 0);
  const nRight = right.length + (shortStock >= 0 ? 1 : 0);

  // All admissible pairs up to the dense limit, else a sparse start that pricing grows.
  const admissible = admissiblePairCount(legs, indices, strategies);
  const ladders = admissible > denseLimit ? twoLegLadders(legs, indices, strategies, single, costs.premiumOffset) : null;
  const start = ladders?.nearestPairs(nearest) ?? null;

  // Edges, in typed arrays that grow (only with pricing): nodes, saving (cost − alone), the
  // strategy it stands for, its requirement per unit.
  const edges = new EdgeList((start ? start.count : admissible) + nLeft + nRight);
  // Edge of each vertical (long × n + short), built on first `release`.
  let spreadEdge: Map<number, number> | undefined;
  const add = (l: number, r: number, kind: number, first: number, second: number, cost: number, alone: number): void => {
    if (cost - alone < -saving) edges.push(l, r, kind, first, second, cost, cost - alone);
  };
  /** Adds the edge of legs a (left) and b (right), if they save. */
  const addPair = (a: number, b: number): void => {
    const la = legs[a] as OptionLeg;
    const lb = legs[b] as OptionLeg;
    const l = nodeOf[a] as number;
    const r = nodeOf[b] as number;
    const alone = (single[a] as number) + (single[b] as number);
    if (la.isCall) {
      const cost = costs.verticalOf(la, lb);
      if (cost !== null) add(l, r, VERTICAL, a, b, cost, alone);
    } else if (lb.isCall) add(l, r, STRADDLE, b, a, costs.straddle(lb, la), alone);
    else {
      const cost = costs.verticalOf(lb, la);
      if (cost !== null) add(l, r, VERTICAL, b, a, cost, alone);
    }
  };
  if (start && ladders) {
    for (let x = 0; x < start.count; x++) addPair(start.left[x] as number, start.right[x] as number);
    if (shortStock >= 0) for (const a of left) if (!(legs[a] as OptionLeg).long) add(nodeOf[a] as number, shortStock, COVERED, a, -1, costs.covered(legs[a] as OptionLeg), single[a] as number);
    if (longStock >= 0) for (const b of right) if ((legs[b] as OptionLeg).isCall) add(longStock, nodeOf[b] as number, COVERED, b, -1, costs.covered(legs[b] as OptionLeg), single[b] as number);
  } else {
    const byExpiry = (pick: (leg: OptionLeg) => boolean): number[] =>
      indices.filter((i) => pick(legs[i] as OptionLeg)).sort((a, b) => ((legs[a] as OptionLeg).expiry < (legs[b] as OptionLeg).expiry ? -1 : (legs[a] as OptionLeg).expiry > (legs[b] as OptionLeg).expiry ? 1 : a - b));
    const shortCalls = byExpiry((l) => l.isCall && !l.long);
    const longPuts = byExpiry((l) => !l.isCall && l.long);
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
  }

  const build = (): PairingNetwork => pairingNetwork(nLeft, nRight, edges.left.subarray(0, edges.size), edges.right.subarray(0, edges.size), edges.saving.subarray(0, edges.size));
  let network = build();
  let builtWith = edges.size;
  /** Work of the networks replaced (pricing rounds) and of the pricing itself. */
  let pastWork = 0;
  let proven = ladders === null;
  let roundsTaken = 0;
  const leftCapacity = new Float64Array(nLeft);
  const rightCapacity = new Float64Array(nRight);
  const used = new Float64Array(n);
  const values = new Float64Array(n);
  const dual = new Float64Array(n);
  const leastReduced = new Float64Array(n);
  /** After a sparse `pair`: how much cheaper than it the cheapest pairing can be, at most (0 when proven). */
  let gap = 0;
  // Over every `pair` so far (a caller comparing several pairings is as sure as its least sure one).
  let everBounded = false;
  let largestGap = 0;
  /** Contracts of each leg in the current solution. */
  const current = new Float64Array(n);
  let flow: Float64Array | undefined;
  // Pairs the pricing added (long or call × n + short or put), so none is added twice.
  const priced = new Set<number>();
  let tolerance = 0;
  for (const i of indices) tolerance = Math.max(tolerance, single[i] as number);
  tolerance = 1e-9 * (1 + tolerance);
  const capacitiesOf = (available: Float64Array): void => {
    left.forEach((i, l) => (leftCapacity[l] = Math.max(available[i] as number, 0)));
    right.forEach((i, r) => (rightCapacity[r] = Math.max(available[i] as number, 0)));
    if (longStock >= 0) leftCapacity[longStock] = cover.long;
    if (shortStock >= 0) rightCapacity[shortStock] = cover.short;
    for (const i of indices) current[i] = available[i] as number;
  };
  /**
   * Column generation (see above): solves, prices every pair against the solution's duals,
   * adds those that gain, solves again, until none gains or the budget is spent. `proven` when
   * the last pricing found no pair that gains.
   */
  const solve = (): void => {
    let spent = 0;
    let firstWork = 0;
    for (let round = 0; ; round++) {
      roundsTaken = round;
      if (builtWith < edges.size) {
        pastWork += network.work;
        network = build();
        builtWith = edges.size;
        spreadEdge = undefined;
      }
      const before = network.work;
      flow = network.solve(leftCapacity, rightCapacity);
      const solveWork = network.work - before;
      spent += solveWork;
      if (round === 0) firstWork = solveWork;
      if (!ladders) return;
      const duals = network.duals();
      // A leg with no contract to pair cannot take a new pair: its dual is unbounded.
      for (const i of indices) dual[i] = (current[i] as number) > saving ? (duals[(legs[i] as OptionLeg).isCall === (legs[i] as OptionLeg).long ? (nodeOf[i] as number) : nLeft + (nodeOf[i] as number)] as number) : Infinity;
      let clean = true;
      const edgesBefore = edges.size;
      leastReduced.fill(0);
      const pricing = ladders.price(dual, tolerance, (first, second) => {
        clean = false;
        const key = first * n + second;
        if (priced.has(key)) return;
        // The pair's own reduced cost decides (the pricing's is the same but for float rounding).
        const a = legs[first] as OptionLeg;
        const b = legs[second] as OptionLeg;
        const cost = a.isCall && !b.isCall ? costs.straddle(a, b) : costs.verticalOf(a, b);
        if (cost === null || !(cost - (single[first] as number) - (single[second] as number) + (dual[first] as number) + (dual[second] as number) < -tolerance)) return;
        priced.add(key);
        // Edges join a left leg (long call, short put) to a right one (short call, long put).
        if (a.isCall === a.long) addPair(first, second);
        else addPair(second, first);
      }, leastReduced);
      spent += pricing;
      pastWork += pricing;
      // What all pairs together could still save: each left leg's contracts × its least reduced cost.
      gap = 0;
      for (const i of left) gap -= Math.max(current[i] as number, 0) * Math.min(leastReduced[i] as number, 0);
      const cost = read(null);
      if (clean) gap = 0;
      if (edges.size === edgesBefore) {
        proven = clean;
        return;
      }
      // Close enough: within `budget.gap` of the cheapest (relative), proven by the bound.
      if (gap <= budget.gap * Math.abs(cost)) {
        proven = false;
        return;
      }
      // Budget spent: the pairs found wait (unused) for the next `pair`.
      // (Another round costs about one more solve.)
      if (round + 1 > budget.rounds || spent - firstWork + solveWork > budget.perLeg * indices.length) {
        proven = false;
        return;
      }
    }
  };
  /** The current solution's units (when `out`) and cost: the flow's strategies, then each leg's rest alone. */
  const read = (out: StrategyUnit[] | null): number => {
    const f = flow as Float64Array;
    let cost = 0;
    for (const i of indices) used[i] = 0;
    for (let e = 0; e < builtWith; e++) {
      const count = f[e] as number;
      if (count <= saving) continue;
      const kind = edges.kind[e] as number;
      const first = edges.first[e] as number;
      const second = edges.second[e] as number;
      const c = edges.cost[e] as number;
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
    get edgeCount() {
      return builtWith;
    },
    get bounded() {
      return everBounded;
    },
    get rounds() {
      return roundsTaken;
    },
    get gap() {
      return largestGap;
    },
    get sparse() {
      return ladders !== null;
    },
    get work() {
      return pastWork + network.work;
    },
    pair(available) {
      capacitiesOf(available);
      gap = 0;
      solve();
      if (!proven) everBounded = true;
      largestGap = Math.max(largestGap, proven ? 0 : gap);
      const units: StrategyUnit[] = [];
      const cost = read(units);
      return { units, cost };
    },
    release(long, short, most) {
      if (!spreadEdge) {
        spreadEdge = new Map();
        for (let e = 0; e < builtWith; e++) if (edges.kind[e] === VERTICAL) spreadEdge.set((edges.first[e] as number) * n + (edges.second[e] as number), e);
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

/** The edges of a two-leg graph in typed arrays that double when full. */
class EdgeList {
  size = 0;
  left: Int32Array;
  right: Int32Array;
  kind: Uint8Array;
  first: Int32Array;
  second: Int32Array;
  /** Requirement per unit of the strategy. */
  cost: Float64Array;
  /** Requirement less its legs' alone (negative: a saving): the network's edge cost. */
  saving: Float64Array;

  constructor(capacity: number) {
    const c = Math.max(capacity, 16);
    this.left = new Int32Array(c);
    this.right = new Int32Array(c);
    this.kind = new Uint8Array(c);
    this.first = new Int32Array(c);
    this.second = new Int32Array(c);
    this.cost = new Float64Array(c);
    this.saving = new Float64Array(c);
  }

  push(l: number, r: number, kind: number, first: number, second: number, cost: number, saving: number): void {
    if (this.size === this.left.length) {
      const c = 2 * this.size;
      const grow = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const b = make(c);
        b.set(a);
        return b;
      };
      this.left = grow(this.left, (k) => new Int32Array(k));
      this.right = grow(this.right, (k) => new Int32Array(k));
      this.kind = grow(this.kind, (k) => new Uint8Array(k));
      this.first = grow(this.first, (k) => new Int32Array(k));
      this.second = grow(this.second, (k) => new Int32Array(k));
      this.cost = grow(this.cost, (k) => new Float64Array(k));
      this.saving = grow(this.saving, (k) => new Float64Array(k));
    }
    const e = this.size++;
    this.left[e] = l;
    this.right[e] = r;
    this.kind[e] = kind;
    this.first[e] = first;
    this.second[e] = second;
    this.cost[e] = cost;
    this.saving[e] = saving;
  }
}
