import type { RegTParameters } from '../../../../shared/rules/regTRules.ts';
import type { OptionLeg } from './regTGroupBook.ts';

/**
 * How many of a leg's nearest rungs the starting graph of a sparse two-leg graph keeps in each
 * partner ladder, on each side of its own: `same` in the ladders of its own expiry and in the
 * straddle ladders, `other` in the ladders of the other expiries (diagonals).
 */
export interface NearestStrikes {
  same: number;
  other: number;
  /** Each side of a window grows beyond its `same` / `other` legs until they hold this many times the leg's own contracts... */
  cover: number;
  /** ...or it has this many legs. */
  most: number;
}

/** Admissible two-leg pairs of a sparse graph: left leg and right leg of each, grouped by left leg in `indices` order. */
export interface CandidatePairs {
  left: Int32Array;
  right: Int32Array;
  count: number;
}

const LONG_CALL = 0;
const SHORT_CALL = 1;
const SHORT_PUT = 2;
const LONG_PUT = 3;

function kindOf(leg: OptionLeg): number {
  return leg.isCall ? (leg.long ? LONG_CALL : SHORT_CALL) : leg.long ? LONG_PUT : SHORT_PUT;
}

/**
 * How many admissible two-leg pairs the legs (of one multiplier) have, as `twoLegPairing`'s
 * full graph visits them: long call × short call expiring with or before it and short put ×
 * long put expiring with or after it (spreads, when `verticals`), short put × short call
 * (straddles and strangles, when `straddles`). Counted from the legs per kind and expiry
 * (O(legs + expiries²)), without visiting a pair.
 */
export function admissiblePairCount(legs: readonly OptionLeg[], indices: readonly number[], strategies: RegTParameters['strategies']): number {
  const { rank, expiries } = expiryRanks(legs, indices);
  const counts = new Float64Array(4 * expiries);
  for (const i of indices) {
    const k = 4 * (rank[i] as number) + kindOf(legs[i] as OptionLeg);
    counts[k] = (counts[k] as number) + 1;
  }
  let pairs = 0;
  if (strategies.verticals) {
    // long calls × short calls of this or an earlier expiry; short puts × long puts of this or a later one.
    let shortCallsSoFar = 0;
    for (let e = 0; e < expiries; e++) {
      shortCallsSoFar += counts[4 * e + SHORT_CALL] as number;
      pairs += (counts[4 * e + LONG_CALL] as number) * shortCallsSoFar;
    }
    let longPutsFromHere = 0;
    for (let e = expiries - 1; e >= 0; e--) {
      longPutsFromHere += counts[4 * e + LONG_PUT] as number;
      pairs += (counts[4 * e + SHORT_PUT] as number) * longPutsFromHere;
    }
  }
  if (strategies.straddles) {
    let shortCalls = 0;
    let shortPuts = 0;
    for (let e = 0; e < expiries; e++) {
      shortCalls += counts[4 * e + SHORT_CALL] as number;
      shortPuts += counts[4 * e + SHORT_PUT] as number;
    }
    pairs += shortCalls * shortPuts;
  }
  return pairs;
}

/**
 * The ladders of a large group's two-leg graph, built once (O(legs log legs)): what
 * `twoLegPairing` uses instead of the full graph when that has more than `denseTwoLegLimit`
 * admissible pairs. Two uses:
 * - `nearestPairs`: a sparse starting graph, each leg joined to its nearest rungs in every
 *   ladder it may pair with, plus the pairs of greedy covering sweeps;
 * - `price`: column generation over ALL admissible pairs without listing them: given the
 *   current pairing's optimal duals, the pair of least reduced cost per leg, ladder, side and
 *   region, from Fenwick-tree minima along the ladders (O(legs × expiries × log legs)).
 *
 * Ladders:
 * - Spreads: one ladder per kind (long call, short call, short put, long put) and expiry,
 *   sorted by strike. A short meets the longs of its right expiring with or after it. A spread
 *   that covers a short with a long on its protected side (a long call at or below the short
 *   call's strike, a long put at or above the short put's) saves the short's requirement plus
 *   its premium whichever such long it is; a credit spread saves less the wider it is.
 * - Straddles and strangles: one ladder of the short calls and one of the short puts, all
 *   expiries, sorted by their requirement alone (`single`). A pair's requirement is the
 *   greater requirement plus the other leg's premium, so it saves the naked margin
 *   (requirement less premium) of its leg with the SMALLER requirement, whatever the partner
 *   above it. (Strike is the wrong order here: the best straddles join an in-the-money call
 *   with an in-the-money put, strikes far apart.)
 */
export interface TwoLegLadders {
  /**
   * Each leg joined to its nearest rungs (on each side of its own, binary search) in every
   * ladder it may pair with, from both sides, plus the pairs of the covering sweeps
   * (`coveringPairs`), deduplicated, grouped by left leg in `indices` order: `same` rungs on
   * each side in the ladders of the leg's own expiry and in the straddle ladders, `other` in
   * other expiries' ladders, each side extended until its legs hold `cover` × the leg's own
   * contracts (at most `most` rungs). A starting point only: pricing adds what it misses.
   */
  nearestPairs(nearest: NearestStrikes): CandidatePairs;
  /**
   * Pricing (column generation): `dual[i]` is leg i's optimal dual in the current pairing (the
   * value of one more contract of it: `PairingNetwork.duals`); a pair (l, r) not in the graph
   * would lower the cost iff cost(l, r) − alone(l) − alone(r) + dual[l] + dual[r] < 0. For every
   * leg, ladder it may pair with, side of its strike (protected, credit) and region, `visit`
   * gets the pair whose reduced cost is least, when it is below −`tolerance` (long, short;
   * straddles: call, put) — exactly, each strategy's requirement being a long's part plus a
   * short's part within regions that orders of the legs decide (see the sweeps). So when
   * nothing is visited no pair of the whole graph has a negative reduced cost: the pairing is
   * the cheapest over ALL pairs (LP duality). With `least`, lowers least[i] of each left leg
   * (long call, short put) to the least reduced cost of any pair with it, so that, with x_i
   * its contracts, Σ x_i × min(least[i], 0) bounds what all pairs together could still save
   * (each contract of a left leg is in one pair at most). Returns the work done (rungs
   * scanned).
   */
  price(dual: Float64Array, tolerance: number, visit: (first: number, second: number) => void, least?: Float64Array): number;
}

export function twoLegLadders(
  legs: readonly OptionLeg[],
  indices: readonly number[],
  strategies: RegTParameters['strategies'],
  single: Float64Array,
  premiumOffset: boolean,
): TwoLegLadders {
  const { rank, expiries } = expiryRanks(legs, indices);
  // Ladders 0 .. 4 × expiries − 1: spreads, by kind and expiry, keyed by strike; then the
  // short calls' and short puts' straddle ladders, keyed by requirement alone.
  const spreadLadder = (i: number): number => 4 * (rank[i] as number) + kindOf(legs[i] as OptionLeg);
  const straddleCalls = 4 * expiries;
  const straddlePuts = straddleCalls + 1;
  const ladders = straddlePuts + 1;
  const straddleLadder = (i: number): number => {
    const leg = legs[i] as OptionLeg;
    return leg.long || !strategies.straddles ? -1 : leg.isCall ? straddleCalls : straddlePuts;
  };
  const ladderStart = new Int32Array(ladders + 1);
  const count = (k: number): void => {
    if (k >= 0) ladderStart[k + 1] = (ladderStart[k + 1] as number) + 1;
  };
  for (const i of indices) {
    count(spreadLadder(i));
    count(straddleLadder(i));
  }
  for (let k = 0; k < ladders; k++) ladderStart[k + 1] = (ladderStart[k + 1] as number) + (ladderStart[k] as number);
  const rungs = ladderStart[ladders] as number;
  const ladderLegs = new Int32Array(rungs);
  {
    const fill = ladderStart.slice();
    const place = (k: number, i: number): void => {
      if (k < 0) return;
      ladderLegs[fill[k] as number] = i;
      fill[k] = (fill[k] as number) + 1;
    };
    for (const i of indices) {
      place(spreadLadder(i), i);
      place(straddleLadder(i), i);
    }
  }
  const strikeOf = (i: number): number => (legs[i] as OptionLeg).strike;
  const requirementOf = (i: number): number => single[i] as number;
  const ladderKeys = new Float64Array(rungs);
  const ladderContracts = new Float64Array(rungs);
  for (let k = 0; k < ladders; k++) {
    const from = ladderStart[k] as number;
    const to = ladderStart[k + 1] as number;
    const key = k < straddleCalls ? strikeOf : requirementOf;
    ladderLegs.subarray(from, to).sort((a, b) => key(a) - key(b) || a - b);
    for (let x = from; x < to; x++) {
      ladderKeys[x] = key(ladderLegs[x] as number);
      ladderContracts[x] = (legs[ladderLegs[x] as number] as OptionLeg).contracts;
    }
  }
  /** First rung of ladder k whose key is ≥ `key` (`strictly`: > `key`). */
  const search = (k: number, key: number, strictly: boolean): number => {
    let lo = ladderStart[k] as number;
    let hi = ladderStart[k + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = ladderKeys[mid] as number;
      if (at < key || (strictly && at === key)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  /**
   * Greedy covering sweeps, so that the starting graph reaches as far as the book needs: per
   * right and per pair of expiries (short's, long's with or after it), the strikes in order
   * from the protected side (calls ascending, puts descending), each short covered by the
   * nearest longs not yet taken (a stack); and the straddle ladders by requirement,
   * descending, each short leg paired with the nearest legs of the other right above it not yet
   * taken. Each sweep gives O(its legs) pairs — where shorts outnumber the longs near them,
   * pairs with longs far away, which nearest windows miss and pricing would find one round at a
   * time. `visit(long, short)` for spreads, `visit(call, put)` for straddles.
   */
  function coveringPairs(visit: (first: number, second: number) => void): void {
    const stack = new Int32Array(rungs);
    const left = new Float64Array(rungs);
    if (strategies.verticals) {
      for (const calls of [true, false]) {
        for (let e = 0; e < expiries; e++) {
          for (let f = e; f < expiries; f++) {
            const shorts = 4 * e + (calls ? SHORT_CALL : SHORT_PUT);
            const longs = 4 * f + (calls ? LONG_CALL : LONG_PUT);
            const sBegin = ladderStart[shorts] as number;
            const sEnd = ladderStart[shorts + 1] as number;
            const lBegin = ladderStart[longs] as number;
            const lEnd = ladderStart[longs + 1] as number;
            if (sBegin === sEnd || lBegin === lEnd) continue;
            let top = 0;
            // Merge by strike from the protected side, a long before a short on a tie.
            const n = sEnd - sBegin + lEnd - lBegin;
            let si = 0;
            let li = 0;
            for (let step = 0; step < n; step++) {
              const sx = calls ? sBegin + si : sEnd - 1 - si;
              const lx = calls ? lBegin + li : lEnd - 1 - li;
              const shortsLeft = si < sEnd - sBegin;
              const longsLeft = li < lEnd - lBegin;
              const longFirst = longsLeft && (!shortsLeft || (calls ? (ladderKeys[lx] as number) <= (ladderKeys[sx] as number) : (ladderKeys[lx] as number) >= (ladderKeys[sx] as number)));
              if (longFirst) {
                stack[top] = lx;
                left[top] = ladderContracts[lx] as number;
                top++;
                li++;
                continue;
              }
              let need = ladderContracts[sx] as number;
              while (need > 0 && top > 0) {
                const t = top - 1;
                visit(ladderLegs[stack[t] as number] as number, ladderLegs[sx] as number);
                const take = Math.min(need, left[t] as number);
                need -= take;
                left[t] = (left[t] as number) - take;
                if (!((left[t] as number) > 0)) top--;
              }
              si++;
            }
          }
        }
      }
    }
    if (strategies.straddles) {
      // Both straddle ladders merged by requirement, descending; a stack of each right's legs.
      const calls = new Int32Array(rungs);
      const callsLeft = new Float64Array(rungs);
      let callTop = 0;
      let putTop = 0;
      let ci = (ladderStart[straddlePuts] as number) - 1;
      let pi = (ladderStart[straddlePuts + 1] as number) - 1;
      const cEnd = ladderStart[straddleCalls] as number;
      const pEnd = ladderStart[straddlePuts] as number;
      while (ci >= cEnd || pi >= pEnd) {
        const isCall = pi < pEnd || (ci >= cEnd && (ladderKeys[ci] as number) >= (ladderKeys[pi] as number));
        const x = isCall ? ci-- : pi--;
        let need = ladderContracts[x] as number;
        // Take the other right's legs above (this leg is the smaller requirement).
        const [otherStack, otherLeft] = isCall ? [stack, left] : [calls, callsLeft];
        let otherTop = isCall ? putTop : callTop;
        while (need > 0 && otherTop > 0) {
          const t = otherTop - 1;
          const partner = ladderLegs[otherStack[t] as number] as number;
          if (isCall) visit(ladderLegs[x] as number, partner);
          else visit(partner, ladderLegs[x] as number);
          const take = Math.min(need, otherLeft[t] as number);
          need -= take;
          otherLeft[t] = (otherLeft[t] as number) - take;
          if (!((otherLeft[t] as number) > 0)) otherTop--;
        }
        if (isCall) putTop = otherTop;
        else callTop = otherTop;
        if (need > 0) {
          if (isCall) {
            calls[callTop] = x;
            callsLeft[callTop] = need;
            callTop++;
          } else {
            stack[putTop] = x;
            left[putTop] = need;
            putTop++;
          }
        }
      }
    }
  }

  function nearestPairs(nearest: NearestStrikes): CandidatePairs {
    /** Visits the legs of ladder k nearest to `key` on each side of it (below; at or above), as `NearestStrikes` says. */
    const window = (k: number, key: number, contracts: number, least: number, visit: (partner: number) => void): void => {
      const begin = ladderStart[k] as number;
      const end = ladderStart[k + 1] as number;
      if (begin === end || least <= 0) return;
      const lo = search(k, key, false);
      const wanted = contracts * nearest.cover;
      let held = 0;
      let x = lo - 1;
      for (let taken = 0; x >= begin && taken < nearest.most && (taken < least || held < wanted); x--, taken++) {
        visit(ladderLegs[x] as number);
        held += ladderContracts[x] as number;
      }
      held = 0;
      x = lo;
      for (let taken = 0; x < end && taken < nearest.most && (taken < least || held < wanted); x++, taken++) {
        visit(ladderLegs[x] as number);
        held += ladderContracts[x] as number;
      }
    };
    /** Visits a leg's spread partners: the ladders of `kind` from expiry `first` to `last`, by strike. */
    const spreads = (i: number, kind: number, first: number, last: number, visit: (partner: number) => void): void => {
      const own = rank[i] as number;
      const contracts = (legs[i] as OptionLeg).contracts;
      for (let e = first; e <= last; e++) window(4 * e + kind, strikeOf(i), contracts, e === own ? nearest.same : nearest.other, visit);
    };
    /** Visits a short leg's straddle partners: the other right's straddle ladder, by requirement. */
    const straddles = (i: number, ladder: number, visit: (partner: number) => void): void => {
      window(ladder, requirementOf(i), (legs[i] as OptionLeg).contracts, nearest.same, visit);
    };

    // Pairs found from the right side and by the sweeps, grouped by their left leg (counting
    // sort over leg indices).
    const fromRight = new PairList();
    const isLeft = (i: number): boolean => (legs[i] as OptionLeg).isCall === (legs[i] as OptionLeg).long;
    coveringPairs((a, b) => (isLeft(a) ? fromRight.push(a, b) : fromRight.push(b, a)));
    for (const i of indices) {
      const leg = legs[i] as OptionLeg;
      const e = rank[i] as number;
      const push = (partner: number): void => fromRight.push(partner, i);
      if (leg.isCall && !leg.long) {
        if (strategies.verticals) spreads(i, LONG_CALL, e, expiries - 1, push);
        if (strategies.straddles) straddles(i, straddlePuts, push);
      } else if (!leg.isCall && leg.long && strategies.verticals) spreads(i, SHORT_PUT, 0, e, push);
    }
    const byLeft = new Int32Array(legs.length + 1);
    for (let x = 0; x < fromRight.count; x++) {
      const l = (fromRight.left[x] as number) + 1;
      byLeft[l] = (byLeft[l] as number) + 1;
    }
    for (let i = 0; i < legs.length; i++) byLeft[i + 1] = (byLeft[i + 1] as number) + (byLeft[i] as number);
    const rightOfLeft = new Int32Array(fromRight.count);
    {
      const fill = byLeft.slice();
      for (let x = 0; x < fromRight.count; x++) {
        const l = fromRight.left[x] as number;
        rightOfLeft[fill[l] as number] = fromRight.right[x] as number;
        fill[l] = (fill[l] as number) + 1;
      }
    }

    // Each left leg's pairs from its own side, then those found from the right, each right leg once.
    const out = new PairList();
    const seen = new Int32Array(legs.length).fill(-1);
    for (const i of indices) {
      const leg = legs[i] as OptionLeg;
      if (leg.isCall !== leg.long) continue; // left side: long calls, short puts
      const e = rank[i] as number;
      const push = (partner: number): void => {
        if (seen[partner] === i) return;
        seen[partner] = i;
        out.push(i, partner);
      };
      if (leg.isCall) {
        if (strategies.verticals) spreads(i, SHORT_CALL, 0, e, push);
      } else {
        if (strategies.verticals) spreads(i, LONG_PUT, e, expiries - 1, push);
        if (strategies.straddles) straddles(i, straddleCalls, push);
      }
      for (let x = byLeft[i] as number; x < (byLeft[i + 1] as number); x++) push(rightOfLeft[x] as number);
    }
    return { left: out.left, right: out.right, count: out.count };
  }

  // Pricing, spreads. A spread's saving (requirement less its legs alone) is, per side of the
  // short's strike and per region, a long's part plus a short's part:
  //   requirement = m × max(width⁺ + P_long − P_short, 0)   (premium offset)
  //              or m × (width⁺ + max(P_long − P_short, 0)) (without),
  // width⁺ = 0 on the protected side, |K_long − K_short| on the credit side; region 1 is where
  // the max takes its first argument — T_long ≥ T_short with T = premium, or with the offset on
  // the credit side T = premium + strike (calls), premium − strike (puts) — region 2 the rest.
  // Each (long ladder, side, region, direction) is one sweep: the querying legs in order of T,
  // the legs of the other role entering a Fenwick tree of minima over their strike order as T
  // allows, each querying leg asking for its side's range. Both directions: each short gets
  // the best long (shorts query, longs enter) and each long the best short (longs query, the
  // shorts of every expiry up to the long's enter) — one column per leg and range, so that a
  // long wanted by many shorts and a short wanted by many longs both get theirs in one round.
  // Static parts (orders, ranges) are built once, on the first pricing.
  interface Sweep {
    calls: boolean;
    credit: boolean;
    /** Region 1 (T_long ≥ T_short) or 2 (T_long < T_short). */
    first: boolean;
    /** True when the longs enter and the shorts query. */
    longsEnter: boolean;
    /** Entering legs in the order they enter, with their Fenwick positions (0 at the query ranges' inner end). */
    entering: Int32Array;
    place: Int32Array;
    /** Querying legs in the order they query, with the length of their range (Fenwick positions [0, reach)). */
    querying: Int32Array;
    reach: Int32Array;
    size: number;
  }
  let sweeps: Sweep[] | undefined;
  /** The threshold key T of a leg for one side (see above). */
  const thresholdOf = (i: number, calls: boolean, credit: boolean): number => {
    const leg = legs[i] as OptionLeg;
    if (!credit || !premiumOffset) return leg.price;
    return calls ? leg.price + leg.strike : leg.price - leg.strike;
  };
  /** First index of `sorted` (leg indices by strike) whose strike is ≥ `strike` (`strictly`: >). */
  const bound = (sorted: Int32Array, strike: number, strictly: boolean): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = strikeOf(sorted[mid] as number);
      if (at < strike || (strictly && at === strike)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const buildSweeps = (): Sweep[] => {
    const out: Sweep[] = [];
    /** Indices 0 .. count − 1 sorted by `key` ascending (ties by index). */
    const ascending = (key: Float64Array): Int32Array => {
      const order = new Int32Array(key.length);
      for (let x = 0; x < order.length; x++) order[x] = x;
      return order.sort((x, y) => (key[x] as number) - (key[y] as number) || x - y);
    };
    // Per right, all its shorts by strike and by each side's key, sorted once; a long ladder's
    // shorts (those expiring with or before it) are filtered from them in order.
    const shortsOf = (calls: boolean): Int32Array => {
      const list: number[] = [];
      for (let f = 0; f < expiries; f++) {
        const k = 4 * f + (calls ? SHORT_CALL : SHORT_PUT);
        for (let x = ladderStart[k] as number; x < (ladderStart[k + 1] as number); x++) list.push(ladderLegs[x] as number);
      }
      return Int32Array.from(list);
    };
    const sortedBy = (items: Int32Array, key: (i: number) => number): Int32Array => {
      const keys = Float64Array.from(items, key);
      return Int32Array.from(ascending(keys), (x) => items[x] as number);
    };
    const allShorts = [true, false].map((calls) => {
      const items = shortsOf(calls);
      return {
        byStrike: sortedBy(items, strikeOf),
        byKey: [false, true].map((credit) => sortedBy(items, (i) => thresholdOf(i, calls, credit))),
      };
    });
    const upTo = (items: Int32Array, e: number): Int32Array => items.filter((i) => (rank[i] as number) <= e);
    for (let e = 0; e < expiries; e++) {
      for (const calls of [true, false]) {
        const ladder = 4 * e + (calls ? LONG_CALL : LONG_PUT);
        const longs = ladderLegs.slice(ladderStart[ladder] as number, ladderStart[ladder + 1] as number);
        if (longs.length === 0) continue;
        const all = allShorts[calls ? 0 : 1] as (typeof allShorts)[number];
        // The shorts of this right expiring with or before the longs, by strike.
        const shorts = upTo(all.byStrike, e);
        if (shorts.length === 0) continue;
        const shortAt = new Map<number, number>();
        shorts.forEach((b, x) => shortAt.set(b, x));
        // Each short's cut in the longs (calls: the first long strike above it; puts: the first
        // at or above it), each long's in the shorts (calls: the first short strike at or above
        // it; puts: the first above it): the boundary between the two sides.
        const longCut = Int32Array.from(shorts, (b) => bound(longs, strikeOf(b), calls));
        const shortCut = Int32Array.from(longs, (a) => bound(shorts, strikeOf(a), !calls));
        for (const credit of [false, true]) {
          // In the longs' strike order the short's range is a prefix (calls protected: K_long ≤
          // K_short; puts credit: K_long < K_short) or a suffix; in the shorts' order, the other.
          const longPrefix = calls !== credit;
          const longsUp = ascending(Float64Array.from(longs, (i) => thresholdOf(i, calls, credit)));
          // The shorts by key: the right's sorted once, filtered, as positions in `shorts`.
          const shortsUp = Int32Array.from(upTo((all.byKey[credit ? 1 : 0] as Int32Array), e), (b) => shortAt.get(b) as number);
          for (const first of [true, false]) {
            for (const longsEnter of [true, false]) {
              const prefix = longsEnter ? longPrefix : !longPrefix;
              const size = longsEnter ? longs.length : shorts.length;
              // Region 1 enters longs with T_long ≥ T_short: longs entering, both by T descending;
              // shorts entering, ascending. Region 2 the other way round.
              const down = first === longsEnter;
              const inOrder = (up: Int32Array): Int32Array => (down ? up.slice().reverse() : up);
              const enteringAt = inOrder(longsEnter ? longsUp : shortsUp);
              const queryingAt = inOrder(longsEnter ? shortsUp : longsUp);
              const enteringLegs = longsEnter ? longs : shorts;
              const queryingLegs = longsEnter ? shorts : longs;
              const cuts = longsEnter ? longCut : shortCut;
              out.push({
                calls,
                credit,
                first,
                longsEnter,
                entering: Int32Array.from(enteringAt, (x) => enteringLegs[x] as number),
                place: Int32Array.from(enteringAt, (x) => (prefix ? x : size - 1 - x)),
                querying: Int32Array.from(queryingAt, (x) => queryingLegs[x] as number),
                reach: Int32Array.from(queryingAt, (x) => (prefix ? (cuts[x] as number) : size - (cuts[x] as number))),
                size,
              });
            }
          }
        }
      }
    }
    return out;
  };
  let tree = new Float64Array(0);
  let treeAt = new Int32Array(0);

  function price(dual: Float64Array, tolerance: number, visit: (first: number, second: number) => void, leastOut?: Float64Array): number {
    let work = 0;
    if (strategies.verticals) {
      sweeps ??= buildSweeps();
      for (const sweep of sweeps) {
        const { calls, credit, first, longsEnter, entering, place, querying, reach, size } = sweep;
        work += (entering.length + querying.length) * 4;
        if (tree.length < size + 1) {
          tree = new Float64Array(size + 1);
          treeAt = new Int32Array(size + 1);
        }
        tree.fill(Infinity, 0, size + 1);
        // The width counts on the credit side, but in region 2 with the offset (a floor at 0).
        const widthCounts = credit && (first || !premiumOffset);
        /** A leg's part of the saving: its premium's and strike's parts of the requirement (as long or short) − alone + dual. */
        const partOf = (i: number): number => {
          const leg = legs[i] as OptionLeg;
          const m = leg.multiplier;
          const sign = leg.long ? 1 : -1;
          const width = widthCounts ? (calls ? sign * m * leg.strike : -sign * m * leg.strike) : 0;
          const premium = first ? sign * m * leg.price : 0;
          return width + premium - (single[i] as number) + (dual[i] as number);
        };
        let entered = 0;
        for (let s = 0; s < querying.length; s++) {
          const q = querying[s] as number;
          const threshold = thresholdOf(q, calls, credit);
          // Enter while in the region: T_long ≥ T_short (region 1) or T_long < T_short (region 2).
          while (entered < entering.length) {
            const i = entering[entered] as number;
            const t = thresholdOf(i, calls, credit);
            const inRegion = longsEnter ? (first ? t >= threshold : t < threshold) : first ? threshold >= t : threshold < t;
            if (!inRegion) break;
            const v = partOf(i);
            const at = place[entered] as number;
            for (let x = at + 1; x <= size; x += x & -x) {
              const held = tree[x] as number;
              // Ties go to the larger position: the nearer strike.
              if (v < held || (v === held && v !== Infinity && at > (place[treeAt[x] as number] as number))) {
                tree[x] = v;
                treeAt[x] = entered;
              }
            }
            entered++;
          }
          if (entered === 0) continue;
          let best = Infinity;
          let at = -1;
          for (let x = reach[s] as number; x > 0; x -= x & -x) {
            const v = tree[x] as number;
            if (v < best || (v === best && at >= 0 && (place[treeAt[x] as number] as number) > (place[at] as number))) {
              best = v;
              at = treeAt[x] as number;
            }
          }
          if (at < 0) continue;
          const reduced = best + partOf(q);
          // The querying leg's least reduced cost over this range, when it is a left leg (a long
          // call; a short put): what the bound on the remaining gain adds up.
          if (leastOut && calls !== longsEnter && reduced < (leastOut[q] as number)) leastOut[q] = reduced;
          if (!(reduced < -tolerance)) continue;
          const other = entering[at] as number;
          if (longsEnter) visit(other, q);
          else visit(q, other);
        }
      }
    }
    if (strategies.straddles) {
      // A pair saves the naked margin of its leg with the smaller requirement (a tie: the put's),
      // so for each short leg: the partner of least dual among those at or above its
      // requirement (ties counted both ways, so that float rounding cannot hide a pair), the
      // nearest on ties.
      const least = new Float64Array(rungs);
      const leastAt = new Int32Array(rungs);
      // For the bound: over the short calls by requirement, the least (naked margin saved + dual)
      // at or below each rung: a short put's straddles where the call is the smaller leg.
      const callsFrom = ladderStart[straddleCalls] as number;
      const callsTo = ladderStart[straddlePuts] as number;
      const below = leastOut ? new Float64Array(callsTo - callsFrom) : null;
      if (below) {
        let best = Infinity;
        for (let x = callsFrom; x < callsTo; x++) {
          const c = ladderLegs[x] as number;
          const leg = legs[c] as OptionLeg;
          best = Math.min(best, leg.multiplier * leg.price - (single[c] as number) + (dual[c] as number));
          below[x - callsFrom] = best;
        }
      }
      for (const k of [straddleCalls, straddlePuts]) {
        let best = Infinity;
        let at = -1;
        for (let x = (ladderStart[k + 1] as number) - 1; x >= (ladderStart[k] as number); x--) {
          const v = dual[ladderLegs[x] as number] as number;
          if (v <= best) {
            best = v;
            at = x;
          }
          least[x] = best;
          leastAt[x] = at;
        }
        work += (ladderStart[k + 1] as number) - (ladderStart[k] as number);
      }
      for (const i of indices) {
        const leg = legs[i] as OptionLeg;
        if (leg.long) continue;
        const own = leg.multiplier * leg.price - (single[i] as number) + (dual[i] as number);
        const other = leg.isCall ? straddlePuts : straddleCalls;
        const from = search(other, single[i] as number, false);
        work += 2;
        if (leastOut && below && !leg.isCall) {
          // A short put: the straddles where it is the smaller leg, and those where the call is.
          const upTo = search(straddleCalls, single[i] as number, true) - callsFrom;
          let reduced = from < callsTo ? own + (least[from] as number) : Infinity;
          if (upTo > 0) reduced = Math.min(reduced, (below[upTo - 1] as number) + (dual[i] as number));
          if (reduced < (leastOut[i] as number)) leastOut[i] = reduced;
        }
        if (from >= (ladderStart[other + 1] as number) || (leastAt[from] as number) < 0) continue;
        const bound = own + (least[from] as number);
        if (!(bound < -tolerance)) continue;
        const partner = ladderLegs[leastAt[from] as number] as number;
        if (leg.isCall) visit(i, partner);
        else visit(partner, i);
      }
    }
    return work;
  }

  return { nearestPairs, price };
}

/** Each leg's expiry as a rank among the legs' distinct expiries, ascending (ISO dates sort as text). */
function expiryRanks(legs: readonly OptionLeg[], indices: readonly number[]): { rank: Int32Array; expiries: number } {
  const distinct = [...new Set(indices.map((i) => (legs[i] as OptionLeg).expiry))].sort();
  const rankOf = new Map(distinct.map((expiry, r) => [expiry, r]));
  const rank = new Int32Array(legs.length).fill(-1);
  for (const i of indices) rank[i] = rankOf.get((legs[i] as OptionLeg).expiry) as number;
  return { rank, expiries: distinct.length };
}

/** A growing list of (left, right) leg pairs in typed arrays. */
class PairList {
  left: Int32Array = new Int32Array(1024);
  right: Int32Array = new Int32Array(1024);
  count = 0;

  push(left: number, right: number): void {
    if (this.count === this.left.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(2 * a.length);
        b.set(a);
        return b;
      };
      this.left = grow(this.left);
      this.right = grow(this.right);
    }
    this.left[this.count] = left;
    this.right[this.count] = right;
    this.count++;
  }
}
