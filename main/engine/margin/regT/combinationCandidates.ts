import type { OptionLeg } from './regTGroupBook.ts';
import type { SpreadLegs, StrategyCosts } from './strategyCosts.ts';
import type { StrategyUnit } from './strategyUnit.ts';

const saving = 1e-9;

/**
 * Every four-leg strategy two same-expiry spreads of the given legs could form — a call debit
 * or put credit spread (long strike ≤ short strike) with a call credit or put debit spread —
 * that needs less than its legs margined alone (a leg used by both spreads, a butterfly's
 * body, counts twice). These are what `choosePairing` may set aside.
 *
 * Legs are bucketed by expiry and right first, so only same-expiry spreads are formed and
 * paired (O(spreads² per expiry), not O(legs⁴)). Order: spreads by long leg then short leg in
 * `indices` order, pairs by first then second spread. When `most` is given and more
 * candidates exist, returns null as soon as it is passed (the caller then works without the
 * full list).
 */
export function combinationCandidates(legs: readonly OptionLeg[], indices: readonly number[], costs: StrategyCosts, most = Infinity): Omit<StrategyUnit, 'count'>[] | null {
  const shortsOf = new Map<string, number[]>();
  for (const b of indices) {
    const short = legs[b] as OptionLeg;
    if (short.long) continue;
    const key = `${short.isCall ? 'C' : 'P'}${short.expiry}`;
    const bucket = shortsOf.get(key);
    if (bucket) bucket.push(b);
    else shortsOf.set(key, [b]);
  }
  const lower: [number, number][] = [];
  const upper: [number, number][] = [];
  for (const a of indices) {
    const long = legs[a] as OptionLeg;
    if (!long.long) continue;
    for (const b of shortsOf.get(`${long.isCall ? 'C' : 'P'}${long.expiry}`) ?? []) {
      const short = legs[b] as OptionLeg;
      if (costs.verticalOf(long, short) === null) continue;
      (long.strike <= short.strike ? lower : upper).push([a, b]);
    }
  }
  const upperByExpiry = new Map<string, [number, number][]>();
  for (const spread of upper) {
    const expiry = (legs[spread[0]] as OptionLeg).expiry;
    const bucket = upperByExpiry.get(expiry);
    if (bucket) bucket.push(spread);
    else upperByExpiry.set(expiry, [spread]);
  }
  const spread = ([a, b]: [number, number]): SpreadLegs => ({ long: legs[a] as OptionLeg, short: legs[b] as OptionLeg });
  const single = new Map<number, number>(indices.map((i) => [i, costs.single(legs[i] as OptionLeg)]));
  const out: Omit<StrategyUnit, 'count'>[] = [];
  for (const first of lower) {
    const firstAlone = (single.get(first[0]) as number) + (single.get(first[1]) as number);
    const firstLegs = spread(first);
    for (const second of upperByExpiry.get(firstLegs.long.expiry) ?? []) {
      const cost = costs.combinationOf(firstLegs.long, firstLegs.short, legs[second[0]] as OptionLeg, legs[second[1]] as OptionLeg);
      const alone = firstAlone + (single.get(second[0]) as number) + (single.get(second[1]) as number);
      if (cost !== null && cost < alone - saving) {
        if (out.length >= most) return null;
        out.push({ kind: 'combination', legs: [...first, ...second], cost });
      }
    }
  }
  return out;
}
