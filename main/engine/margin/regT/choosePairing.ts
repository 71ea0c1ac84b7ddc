import type { RegTParameters } from '../../../../shared/rules/regTRules.ts';
import { combinationCandidates } from './combinationCandidates.ts';
import { combineSpreads } from './combineSpreads.ts';
import { pairStrategies, type StockCover } from './pairStrategies.ts';
import type { OptionLeg } from './regTGroupBook.ts';
import type { StrategyCosts } from './strategyCosts.ts';
import type { StrategyUnit } from './strategyUnit.ts';

export interface Pairing {
  units: StrategyUnit[];
  /** Σ count × cost of the units (the options' part; covered stock is charged apart). */
  cost: number;
  /** True when the pairing is proven the cheapest; false when it comes from the local search. */
  exact: boolean;
}

/** Most ways of setting four-leg strategies aside that are all tried (beyond it, local search). */
const exhaustiveLimit = 2_000;
/** Most pairings the local search evaluates. */
const searchBudget = 400;

/**
 * The Reg T pairing of one group's legs of one multiplier: the account is entitled to the
 * cheapest (`../shared/spec/methodologies.md` §3).
 *
 * Two-leg strategies alone (spreads, straddles, covered) are an exact min-cost bipartite
 * matching (`pairStrategies`, proof in `minCostPairing`). Four-leg strategies (two spreads of
 * one expiry: butterflies, condors, iron condors) break that structure, so they are chosen
 * around it: a state y gives how many units of each `combinationCandidates` entry are set
 * aside, and its cost is Σ y_c × cost_c plus the exact two-leg pairing of the remaining
 * contracts, whose same-expiry spreads `combineSpreads` may still combine. Every pairing is
 * some y plus a two-leg pairing of the rest (a combination that is no cheaper than its legs
 * alone, or that joins two spreads of one side, can be split at no cost: see
 * `combinationCandidates`, `combineSpreads`), so the minimum over ALL feasible y is the
 * optimum:
 * - when there are at most `limit` (default `exhaustiveLimit`) feasible y, all are tried and
 *   the result is exact — a few multi-leg structures of a few lots each stay below it;
 * - otherwise a local search runs from two starts (nothing set aside; candidates set aside
 *   greedily by saving per unit). Moves: raise y_c by d ∈ {m, ⌈m/2⌉, 1} (m = what the free
 *   contracts allow), lower it by d ∈ {y_c, ⌈y_c/2⌉, 1}, or lower it by d and raise another
 *   candidate by min(d, m') or m' (a swap); the first cheaper move is kept, until none is or
 *   `searchBudget` pairings were evaluated. The result is never worse than stages 1-2 alone
 *   and is marked not exact. `test/unit/engine/margin/regTPairing.test.ts` compares both
 *   paths with exhaustive enumeration of every strategy count.
 */
export function choosePairing(
  legs: readonly OptionLeg[],
  indices: readonly number[],
  costs: StrategyCosts,
  strategies: RegTParameters['strategies'],
  cover: StockCover,
  limit = exhaustiveLimit,
): Pairing {
  const combining = strategies.combinations && strategies.verticals;
  const candidates = combining ? combinationCandidates(legs, indices, costs) : [];
  const uses = candidates.map((c) => {
    const n = new Map<number, number>();
    for (const i of c.legs) n.set(i, (n.get(i) ?? 0) + 1);
    return n;
  });
  const run = (setAside: Float64Array) => {
    const available = new Float64Array(legs.length);
    for (const i of indices) available[i] = (legs[i] as OptionLeg).contracts;
    const units: StrategyUnit[] = [];
    candidates.forEach((c, k) => {
      const count = setAside[k] as number;
      if (count <= 0) return;
      units.push({ ...c, count });
      for (const i of c.legs) available[i] = (available[i] as number) - count;
    });
    const paired = pairStrategies(legs, indices, costs, strategies, cover, available);
    units.push(...(combining ? combineSpreads(legs, paired, costs) : paired));
    return { setAside, units, cost: units.reduce((sum, u) => sum + u.count * u.cost, 0) };
  };
  /** Contracts of each leg not set aside in y. */
  const freeOf = (y: Float64Array): Float64Array => {
    const free = new Float64Array(legs.length);
    for (const i of indices) free[i] = (legs[i] as OptionLeg).contracts;
    candidates.forEach((c, j) => {
      for (const i of c.legs) free[i] = (free[i] as number) - (y[j] as number);
    });
    return free;
  };
  /** The most units of candidate k that `free` contracts allow, after `freed` more units of candidate `back` are returned. */
  const room = (free: Float64Array, k: number, back = -1, freed = 0): number => {
    let most = Infinity;
    for (const [i, n] of uses[k] as Map<number, number>) {
      const returned = back < 0 ? 0 : freed * ((uses[back] as Map<number, number>).get(i) ?? 0);
      most = Math.min(most, Math.floor(((free[i] as number) + returned) / n + 1e-9));
    }
    return Math.max(most, 0);
  };
  const moved = (y: Float64Array, k: number, change: number): Float64Array => {
    const next = y.slice();
    next[k] = (next[k] as number) + change;
    return next;
  };

  // Every feasible y, unless there are more than `limit`.
  const states: Float64Array[] = [];
  const enumerate = (k: number, y: Float64Array, free: Float64Array): void => {
    if (states.length > limit) return;
    if (k === candidates.length) {
      states.push(y);
      return;
    }
    for (let n = room(free, k); n >= 0 && states.length <= limit; n--) {
      if (n === 0) enumerate(k + 1, y, free);
      else {
        const less = free.slice();
        for (const i of (candidates[k] as Omit<StrategyUnit, 'count'>).legs) less[i] = (less[i] as number) - n;
        enumerate(k + 1, moved(y, k, n), less);
      }
    }
  };
  enumerate(0, new Float64Array(candidates.length), freeOf(new Float64Array(candidates.length)));
  if (states.length <= limit) {
    let best = run(states[0] as Float64Array);
    for (const y of states.slice(1)) {
      const tried = run(y);
      if (tried.cost < best.cost) best = tried;
    }
    return { units: best.units, cost: best.cost, exact: true };
  }

  let trials = 0;
  const tolerance = (cost: number): number => 1e-9 * (1 + Math.abs(cost));
  const steps = (m: number): number[] => [...new Set([m, Math.ceil(m / 2), 1])].filter((d) => d > 0 && d <= m);
  const search = (start: Float64Array) => {
    let best = run(start);
    const tryMove = (y: Float64Array): boolean => {
      if (trials >= searchBudget) return false;
      trials++;
      const tried = run(y);
      if (!(tried.cost < best.cost - tolerance(best.cost))) return false;
      best = tried;
      return true;
    };
    const improve = (): boolean => {
      const y = best.setAside;
      const free = freeOf(y);
      for (let k = 0; k < candidates.length && trials < searchBudget; k++) {
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
  return { units: best.units, cost: best.cost, exact: false };
}
