import type { RegTParameters } from '../../../../shared/rules/regTRules.ts';
import { combinationCandidates } from './combinationCandidates.ts';
import { priceCombinations, spreadPairCount, spreadTable, type SpreadTable } from './combinationPricing.ts';
import { combineSpreads } from './combineSpreads.ts';
import { denseTwoLegLimit, twoLegPairing, type StockCover, type TwoLegPairing } from './pairStrategies.ts';
import type { OptionLeg } from './regTGroupBook.ts';
import type { StrategyCosts } from './strategyCosts.ts';
import type { StrategyUnit } from './strategyUnit.ts';

export interface Pairing {
  units: StrategyUnit[];
  /** Σ count × cost of the units (the options' part; covered stock is charged apart). */
  cost: number;
  /** True when the pairing is proven the cheapest; false when it comes from a bounded search. */
  exact: boolean;
  /**
   * True when the two-leg stage is not proven the cheapest: an option-heavy group whose column
   * generation stopped at its budget (`twoLegPairing`); then never `exact`.
   */
  bounded: boolean;
  /** When `bounded`: at most how much cheaper the cheapest two-leg pairing can be (its LP bound); else 0. */
  gap: number;
}

/** Most ways of setting four-leg strategies aside that are all tried (beyond it, a search). */
const exhaustiveLimit = 2_000;
/** Most pairings the local search evaluates. */
const searchBudget = 400;
/** Most candidates the local search walks through (and that are listed at all); beyond it, the priced search. */
const localSearchLimit = 200;
/** Most lower × upper spread pairs that are costed to list the candidates; beyond it, the priced search straight away. */
const candidatePairLimit = 4 * exhaustiveLimit;
/**
 * Work budgets, in the units of `PairingNetwork.work` (arcs scanned), to which each pairing
 * adds 60 per leg for what it costs besides its searches (units, stage 2's graph) and the
 * pricing its pairs looked at — counts, not times, so results do not depend on the machine.
 * About 30-60 ns each on the bench machine.
 * - `searchWork`: most work of a heuristic search, the first pairing included (which is always
 *   made). It leaves small groups their whole `searchBudget` (a pairing of a few legs is a few
 *   hundred units), gives groups of tens of legs a few dozen pairings, and a group of a
 *   hundred legs or more (one pairing ≈ 50,000) nothing beyond stages 1-2: the time per group
 *   is then one pairing's, and a book's time grows with its size, not with its choices.
 * - `exactWork`: the exhaustive enumeration runs only when its states × one pairing's work stay
 *   below it (small groups: a few hundred states of a few hundred units).
 */
const searchWork = 20_000;
const exactWork = 1_000_000;

/**
 * The Reg T pairing of one group's legs of one multiplier: the account is entitled to the
 * cheapest (`../shared/spec/methodologies.md` §3).
 *
 * Two-leg strategies alone (spreads, straddles, covered) are an exact min-cost bipartite
 * matching (`twoLegPairing`; algorithm and proof: `pairingNetwork`), polynomial at any size.
 * Up to `denseLimit` admissible pairs the graph holds them all; beyond it (option-heavy
 * groups: thousands of options on one underlying) it is sparse and grows by column
 * generation, which proves its optimum the same (LP duality) or, when its work budget stops
 * it first, says so (`bounded`, with a bound on what it may miss, `gap`): see
 * `twoLegPairing`. Four-leg strategies (two spreads of one expiry:
 * butterflies, condors, iron condors) break that structure, so they are chosen around it: a
 * state y gives how many units of each `combinationCandidates` entry are set aside, and its
 * cost is Σ y_c × cost_c plus the exact two-leg pairing of the remaining contracts, whose
 * same-expiry spreads `combineSpreads` may still combine (stage 2, exact for the spreads it is
 * given). Every pairing is some y plus a two-leg pairing of the rest (a combination that is no
 * cheaper than its legs alone, or that joins two spreads of one side, can be split at no cost:
 * see `combinationCandidates`, `combineSpreads`), so the minimum over ALL feasible y is the
 * optimum. Three regimes, by size:
 * - EXACT (small groups): when there are at most `limit` (default `exhaustiveLimit`) feasible
 *   y and trying them all fits `exactWork`, all are tried (`enumerateStates`, iterative, with
 *   cheap lower bounds that give up at once on larger books) — a few multi-leg structures of a
 *   few lots each stay below it. The result is proven the cheapest (`exact`).
 * - LOCAL SEARCH (heuristic; up to `localSearchLimit` candidates): from two starts (nothing set
 *   aside; candidates set aside greedily by saving per unit). Moves: raise y_c by
 *   d ∈ {m, ⌈m/2⌉, 1} (m = what the free contracts allow), lower it by d ∈ {y_c, ⌈y_c/2⌉, 1},
 *   or lower it by d and raise another candidate by min(d, m') or m' (a swap); the first
 *   cheaper move is kept, until none is, `searchBudget` pairings were evaluated or
 *   `searchWork` is spent.
 * - PRICED SEARCH (heuristic; more candidates, e.g. a chain of 24 strikes × 3 expiries with
 *   tens of thousands of them; a sparse two-leg graph goes straight to stages 1-2, which is
 *   what its budget would allow anyway): the candidates are never listed. Stages 1-2 with nothing set
 *   aside, then, while `searchWork` allows another round, column generation: the combinations
 *   stage 2 formed are set aside (exact, no search: the two-leg pairing of the rest is what it
 *   was less their spreads), every lower × upper spread pair is priced against the two-leg
 *   pairing's marginal values (LP duals: `priceCombinations`, pruned by a bound so that most
 *   pairs are not costed), the best-gaining combinations on disjoint legs are set aside as many
 *   times as the contracts allow, and the rest is re-paired from the current solution
 *   (`PairingNetwork.lower`); the cheapest pairing seen gets stage 2 again. It stops when
 *   nothing gains or the budget is spent.
 * Heuristic results are marked not exact. They are valid pairings (each leg's contracts used
 * exactly once, each strategy priced by the rules), so never below the optimum; never above
 * stages 1-2 alone, so never above every leg alone. Quality at scale, measured on 6 of the 40
 * groups of 144 legs of `test/bench/workloads/marginBook.ts` against a MILP solver (HiGHS):
 * stages 1-2 alone, what the default budget gives such groups, come within 0.8-17% of the
 * optimum (median 1.7%; the worst is a broad-index book whose optimum is mostly iron
 * condors); the priced search given ~4× the time, within 0.5-9.5%.
 * `test/unit/engine/margin/regTPairing.test.ts` compares the exact and local-search paths
 * with exhaustive enumeration of every strategy count; `regTScale.test.ts` checks the priced
 * search against it on small books and its validity and bounds on a large generated book;
 * `regTOptionHeavy.test.ts` checks the sparse two-leg graph (`denseLimit` 0) against the full
 * one and times a 5,000-option account.
 */
export function choosePairing(
  legs: readonly OptionLeg[],
  indices: readonly number[],
  costs: StrategyCosts,
  strategies: RegTParameters['strategies'],
  cover: StockCover,
  limit = exhaustiveLimit,
  searchLimit = localSearchLimit,
  denseLimit = denseTwoLegLimit,
): Pairing {
  const twoLeg = twoLegPairing(legs, indices, costs, strategies, cover, denseLimit);
  const combining = strategies.combinations && strategies.verticals;
  const meter = { work: 0 };
  const work = (): number => twoLeg.work + meter.work;
  const contracts = new Float64Array(legs.length);
  for (const i of indices) contracts[i] = (legs[i] as OptionLeg).contracts;
  /** Stages 1-2 on what is left: the exact two-leg pairing, then its spreads combined. */
  const pairRest = (available: Float64Array): StrategyUnit[] => {
    // What a pairing costs besides its searches (units, stage 2's graph), in the same units.
    meter.work += 60 * indices.length;
    const paired = twoLeg.pair(available);
    return combining ? combineSpreads(legs, paired.units, costs, meter) : paired.units;
  };
  if (!combining) {
    const units = pairRest(contracts);
    return { units, cost: totalOf(units), exact: !twoLeg.bounded, bounded: twoLeg.bounded, gap: twoLeg.gap };
  }

  if (spreadPairCount(legs, indices) > candidatePairLimit) return pricedSearch();
  // Listed only up to `searchLimit`: beyond it neither the local search nor (but for
  // degenerate books where nearly every two candidates exclude each other) the enumeration
  // would run, so the priced search takes over without costing them all.
  const listed = combinationCandidates(legs, indices, costs, searchLimit);
  if (!listed) return pricedSearch();
  // A candidate that the contracts cannot fill once is never set aside: drop it.
  const candidates = listed.filter((c) => roomOf(c.legs, contracts) >= 1);

  const run = (setAside: Float64Array) => {
    const available = contracts.slice();
    const units: StrategyUnit[] = [];
    candidates.forEach((c, k) => {
      const count = setAside[k] as number;
      if (count <= 0) return;
      units.push({ ...c, count });
      for (const i of c.legs) available[i] = (available[i] as number) - count;
    });
    units.push(...pairRest(available));
    return { setAside, units, cost: totalOf(units) };
  };
  /** Contracts of each leg not set aside in y. */
  const freeOf = (y: Float64Array): Float64Array => {
    const free = contracts.slice();
    candidates.forEach((c, j) => {
      const n = y[j] as number;
      if (n > 0) for (const i of c.legs) free[i] = (free[i] as number) - n;
    });
    return free;
  };
  // Each candidate's four legs and how many of its own legs each is (2 for a butterfly's body).
  const legOf = new Int32Array(4 * candidates.length);
  const useOf = new Int32Array(4 * candidates.length);
  candidates.forEach((c, k) => {
    c.legs.forEach((i, x) => {
      legOf[4 * k + x] = i;
      useOf[4 * k + x] = c.legs.filter((other) => other === i).length;
    });
  });
  /** The most units of candidate k that `free` contracts allow, after `freed` more units of candidate `back` are returned. */
  const room = (free: Float64Array, k: number, back = -1, freed = 0): number => {
    meter.work += 4;
    let most = Infinity;
    for (let x = 4 * k; x < 4 * k + 4; x++) {
      const i = legOf[x] as number;
      let returned = 0;
      if (back >= 0 && freed > 0) for (let y = 4 * back; y < 4 * back + 4; y++) if (legOf[y] === i) returned += freed;
      most = Math.min(most, Math.floor(((free[i] as number) + returned) / (useOf[x] as number) + 1e-9));
    }
    return Math.max(most, 0);
  };
  const moved = (y: Float64Array, k: number, change: number): Float64Array => {
    const next = y.slice();
    next[k] = (next[k] as number) + change;
    return next;
  };

  const count = enumerateStates(candidates.length, legOf, useOf, contracts, limit, null);
  if (count !== null) {
    let best: ReturnType<typeof run> | undefined;
    let affordable = true;
    // Exact only while affordable: every state costs about one pairing (known after the first).
    enumerateStates(candidates.length, legOf, useOf, contracts, limit, (y) => {
      if (!affordable) return;
      const tried = run(y.slice());
      if (!best) affordable = count * work() <= exactWork;
      if (!best || tried.cost < best.cost) best = tried;
    });
    if (affordable && best) return { units: best.units, cost: best.cost, exact: !twoLeg.bounded, bounded: twoLeg.bounded, gap: twoLeg.gap };
  }

  let trials = 0;
  let budget = Infinity;
  const tolerance = (cost: number): number => 1e-9 * (1 + Math.abs(cost));
  const steps = (m: number): number[] => [...new Set([m, Math.ceil(m / 2), 1])].filter((d) => d > 0 && d <= m);
  const search = (start: Float64Array) => {
    let best = run(start);
    if (budget === Infinity) budget = Math.max(searchWork, work());
    const tryMove = (y: Float64Array): boolean => {
      if (trials >= searchBudget || work() >= budget) return false;
      trials++;
      const tried = run(y);
      if (!(tried.cost < best.cost - tolerance(best.cost))) return false;
      best = tried;
      return true;
    };
    const improve = (): boolean => {
      const y = best.setAside;
      const free = freeOf(y);
      for (let k = 0; k < candidates.length && trials < searchBudget && work() < budget; k++) {
        for (const d of steps(room(free, k))) if (tryMove(moved(y, k, d))) return true;
        for (const d of steps(y[k] as number)) {
          const fewer = moved(y, k, -d);
          if (tryMove(fewer)) return true;
          for (let j = 0; j < candidates.length; j++) {
            const r = j === k ? 0 : room(free, j, k, d);
            for (const e of new Set([Math.min(d, r), r])) if (e > 0 && tryMove(moved(fewer, j, e))) return true;
          }
        }
      }
      return false;
    };
    while (improve());
    return best;
  };
  const greedy = new Float64Array(candidates.length);
  const perUnit = candidates.map((c) => c.legs.reduce((sum, i) => sum + costs.single(legs[i] as OptionLeg), 0) - c.cost);
  for (const k of candidates.map((_, k) => k).sort((a, b) => (perUnit[b] as number) - (perUnit[a] as number))) greedy[k] = room(freeOf(greedy), k);
  const fromNothing = search(new Float64Array(candidates.length));
  const fromGreedy = search(greedy);
  const best = fromGreedy.cost < fromNothing.cost ? fromGreedy : fromNothing;
  return { units: best.units, cost: best.cost, exact: false, bounded: twoLeg.bounded, gap: twoLeg.gap };

  /** The priced search (see above): column generation around the exact two-leg pairing. */
  function pricedSearch(): Pairing {
    const available = contracts.slice();
    const start = pairRest(available);
    const startCost = totalOf(start);
    const first = work();
    const budget = Math.max(searchWork, first);
    const tolerance = 1e-9 * (1 + Math.abs(startCost));
    // A round costs about one pairing at first (then as measured): start one only if the budget still covers it.
    let round = first;
    // A sparse two-leg graph (an option-heavy group) has no shadow prices: stages 1-2 only.
    if (twoLeg.sparse || work() + round > budget) return { units: start, cost: startCost, exact: false, bounded: twoLeg.bounded, gap: twoLeg.gap };
    // The combinations stage 2 formed are set aside; the two-leg pairing drops their spreads
    // (exact, no search).
    const setAside: StrategyUnit[] = [];
    let setAsideCost = 0;
    for (const unit of start) {
      if (unit.kind !== 'combination') continue;
      const [l1, s1, l2, s2] = unit.legs as [number, number, number, number];
      releaseSpread(twoLeg, l1, s1, unit.count);
      releaseSpread(twoLeg, l2, s2, unit.count);
      setAside.push(unit);
      setAsideCost += unit.count * unit.cost;
      for (const i of unit.legs) available[i] = (available[i] as number) - unit.count;
    }
    let best: { setAside: StrategyUnit[]; units: StrategyUnit[]; cost: number } | undefined;
    let bestCost = startCost;
    let table: SpreadTable | undefined;
    while (work() + round <= budget) {
      const before = work();
      table ??= spreadTable(legs, indices, costs);
      const values = twoLeg.marginalValues();
      const priced = priceCombinations(table, values, legs, costs, tolerance, meter);
      // The best-gaining combinations on disjoint legs, as many units as the contracts allow.
      const touched = new Uint8Array(legs.length);
      let added = 0;
      for (const c of priced) {
        if (c.legs.some((i) => touched[i] === 1)) continue;
        const count = roomOf(c.legs, available);
        if (count < 1) continue;
        setAside.push({ kind: 'combination', legs: [...c.legs], count, cost: c.cost });
        setAsideCost += count * c.cost;
        for (const i of c.legs) {
          available[i] = (available[i] as number) - count;
          touched[i] = 1;
        }
        // Units of its spreads that the pairing holds are taken out as they are (no search).
        twoLeg.release(c.legs[0], c.legs[1], count);
        twoLeg.release(c.legs[2], c.legs[3], count);
        added++;
      }
      if (added === 0) break;
      const cost = setAsideCost + twoLeg.repair(available);
      if (cost < bestCost - tolerance) {
        best = { setAside: [...setAside], units: twoLeg.units(), cost };
        bestCost = cost;
      }
      round = work() - before;
    }
    if (!best) return { units: start, cost: startCost, exact: false, bounded: twoLeg.bounded, gap: twoLeg.gap };
    // Stage 2 on the best two-leg pairing found.
    const units = [...best.setAside, ...combineSpreads(legs, best.units, costs, meter)];
    const cost = totalOf(units);
    return cost < startCost ? { units, cost, exact: false, bounded: twoLeg.bounded, gap: twoLeg.gap } : { units: start, cost: startCost, exact: false, bounded: twoLeg.bounded, gap: twoLeg.gap };
  }
}

/** Takes a spread of the last two-leg solution out of it (`TwoLegPairing.release`): stage 2 only combines spreads of that solution, so it is there. */
function releaseSpread(twoLeg: TwoLegPairing, long: number, short: number, count: number): void {
  if (twoLeg.release(long, short, count) < count - 1e-9) throw new Error(`reg-t pairing: spread ${long}/${short} × ${count} is not in the two-leg solution`);
}

function totalOf(units: readonly StrategyUnit[]): number {
  return units.reduce((sum, u) => sum + u.count * u.cost, 0);
}

/** The most units of a candidate with these legs that `free` contracts allow (a leg listed twice needs two contracts per unit). */
function roomOf(candidateLegs: readonly number[], free: Float64Array): number {
  let most = Infinity;
  for (const i of candidateLegs) {
    let n = 0;
    for (const other of candidateLegs) if (other === i) n++;
    most = Math.min(most, Math.floor((free[i] as number) / n + 1e-9));
  }
  return Math.max(most, 0);
}

/**
 * Counts every feasible way y of setting candidates aside (y_k units of candidate k, the
 * contracts allowing; candidate k's legs are legOf[4k..4k+3], each used useOf[·] times per
 * unit), depth first with the largest count first, handing each to `visit` (the array is reused:
 * copy it to keep it); null as soon as there are more than `limit`. Iterative (an explicit
 * odometer, no recursion), so the depth is not bounded by the call stack. There are at least
 * candidates + 1 states (none, or any one candidate alone), and at least Π (room + 1) over
 * candidates on disjoint legs, so such books give up at once; otherwise it gives up after
 * 4 × (limit + 1) steps (a state costs at most candidates steps).
 */
function enumerateStates(
  K: number,
  legOf: Int32Array,
  useOf: Int32Array,
  contracts: Float64Array,
  limit: number,
  visit: ((y: Float64Array) => void) | null,
): number | null {
  if (K + 1 > limit) return null;
  const free = contracts.slice();
  const roomOf = (k: number): number => {
    let most = Infinity;
    for (let x = 4 * k; x < 4 * k + 4; x++) most = Math.min(most, Math.floor((free[legOf[x] as number] as number) / (useOf[x] as number) + 1e-9));
    return Math.max(most, 0);
  };
  // A lower bound first: candidates on pairwise disjoint legs combine freely.
  const taken = new Uint8Array(contracts.length);
  let least = 1;
  for (let k = 0; k < K && least <= limit; k++) {
    let clear = true;
    for (let x = 4 * k; x < 4 * k + 4; x++) if (taken[legOf[x] as number] === 1) clear = false;
    if (!clear) continue;
    for (let x = 4 * k; x < 4 * k + 4; x++) taken[legOf[x] as number] = 1;
    least *= roomOf(k) + 1;
  }
  if (least > limit) return null;
  const current = new Float64Array(K);
  const apply = (k: number, n: number): void => {
    for (let x = 4 * k; x < 4 * k + 4; x++) free[legOf[x] as number] = (free[legOf[x] as number] as number) - n;
  };
  let states = 0;
  let steps = 0;
  const mostSteps = 4 * (limit + 1);
  let k = 0;
  let descending = true;
  for (;;) {
    if (++steps > mostSteps) return null;
    if (descending) {
      if (k === K) {
        if (++states > limit) return null;
        visit?.(current);
        descending = false;
        k--;
        continue;
      }
      const n = roomOf(k);
      current[k] = n;
      if (n > 0) apply(k, n);
      k++;
      continue;
    }
    if (k < 0) return states;
    if ((current[k] as number) > 0) {
      apply(k, -1);
      current[k] = (current[k] as number) - 1;
      k++;
      descending = true;
    } else k--;
  }
}
