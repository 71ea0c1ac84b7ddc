import type { OptionLeg } from './regTGroupBook.ts';
import type { StrategyCosts } from './strategyCosts.ts';

/** Same-expiry spreads of one side: legs, requirement before the floor (`spreadLoss`), strike width × multiplier. */
interface SpreadRows {
  long: Int32Array;
  short: Int32Array;
  loss: Float64Array;
  width: Float64Array;
}

/** The same-expiry spreads of a group, per expiry, on the two sides that combinations join. */
export interface SpreadTable {
  expiries: { lower: SpreadRows; upper: SpreadRows }[];
  /** Σ over expiries of lower × upper spreads: how many four-leg combinations there could be. */
  pairs: number;
}

/** A combination the marginal values say is worth setting aside: its legs (two spreads), requirement per unit and estimated gain per unit. */
export interface PricedCombination {
  legs: [number, number, number, number];
  cost: number;
  gain: number;
}

/**
 * How many four-leg combinations the legs (of one multiplier) could form: Σ over expiries of
 * lower × upper same-expiry spreads (as `spreadTable` splits them), counted without building
 * them, to choose the regime before any costing.
 */
export function spreadPairCount(legs: readonly OptionLeg[], indices: readonly number[]): number {
  // Per (expiry, right): the short strikes; then each long against them.
  const expiryId = new Map<string, number>();
  for (const i of indices) {
    const expiry = (legs[i] as OptionLeg).expiry;
    if (!expiryId.has(expiry)) expiryId.set(expiry, expiryId.size);
  }
  const shortStrikes: number[][] = Array.from({ length: 2 * expiryId.size }, () => []);
  for (const i of indices) {
    const leg = legs[i] as OptionLeg;
    if (!leg.long) (shortStrikes[2 * (expiryId.get(leg.expiry) as number) + (leg.isCall ? 0 : 1)] as number[]).push(leg.strike);
  }
  const sorted = shortStrikes.map((strikes) => Float64Array.from(strikes).sort());
  const lower = new Float64Array(expiryId.size);
  const upper = new Float64Array(expiryId.size);
  for (const i of indices) {
    const leg = legs[i] as OptionLeg;
    if (!leg.long) continue;
    const e = expiryId.get(leg.expiry) as number;
    // Shorts at or above the long's strike make lower spreads, the others upper ones.
    const strikes = sorted[2 * e + (leg.isCall ? 0 : 1)] as Float64Array;
    let lo = 0;
    let hi = strikes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((strikes[mid] as number) < leg.strike) lo = mid + 1;
      else hi = mid;
    }
    lower[e] = (lower[e] as number) + (strikes.length - lo);
    upper[e] = (upper[e] as number) + lo;
  }
  let pairs = 0;
  for (let e = 0; e < expiryId.size; e++) pairs += (lower[e] as number) * (upper[e] as number);
  return pairs;
}

/**
 * Every admissible same-expiry spread of the given legs (bucketed by expiry and right, so only
 * those pairs are visited), split as `combinationCandidates` splits them: lower = long strike ≤
 * short strike (call debit, put credit), upper = the others (call credit, put debit).
 */
export function spreadTable(legs: readonly OptionLeg[], indices: readonly number[], costs: StrategyCosts): SpreadTable {
  const buckets = new Map<string, { longs: number[]; shorts: number[] }>();
  for (const i of indices) {
    const leg = legs[i] as OptionLeg;
    const key = `${leg.expiry}${leg.isCall ? 'C' : 'P'}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { longs: [], shorts: [] }));
    (leg.long ? bucket.longs : bucket.shorts).push(i);
  }
  type Rows = { long: number[]; short: number[]; loss: number[]; width: number[] };
  const rows = (): Rows => ({ long: [], short: [], loss: [], width: [] });
  const byExpiry = new Map<string, { lower: Rows; upper: Rows }>();
  for (const { longs, shorts } of buckets.values()) {
    for (const a of longs) {
      const long = legs[a] as OptionLeg;
      let sides = byExpiry.get(long.expiry);
      if (!sides) byExpiry.set(long.expiry, (sides = { lower: rows(), upper: rows() }));
      for (const b of shorts) {
        const short = legs[b] as OptionLeg;
        if (costs.verticalOf(long, short) === null) continue;
        const side = long.strike <= short.strike ? sides.lower : sides.upper;
        side.long.push(a);
        side.short.push(b);
        side.loss.push(costs.spreadLoss({ long, short }));
        side.width.push(Math.abs(long.strike - short.strike) * long.multiplier);
      }
    }
  }
  const typed = (r: Rows): SpreadRows => ({ long: Int32Array.from(r.long), short: Int32Array.from(r.short), loss: Float64Array.from(r.loss), width: Float64Array.from(r.width) });
  const expiries = [...byExpiry.values()].map((e) => ({ lower: typed(e.lower), upper: typed(e.upper) }));
  return { expiries, pairs: expiries.reduce((sum, e) => sum + e.lower.long.length * e.upper.long.length, 0) };
}

/**
 * Prices every combination of a lower and an upper spread of one expiry against marginal
 * values (`TwoLegPairing.marginalValues`: what removing one contract of a leg saves the two-leg
 * pairing of the rest): gain = Σ value of its four legs − its requirement, the first-order
 * change of the total if one unit were set aside (column generation's reduced cost, negated).
 * Returns those that gain more than `tolerance` and cost less than their two spreads apart (a
 * combination that does not can be left to the two-leg pairing), best gain first.
 *
 * Pruned without costing most pairs: with A = the values of a spread's two legs and
 * b = A − `spreadLoss`, every combination satisfies combination(s1, s2) ≥ max(0, loss1 + loss2
 * − min(width1, width2)) (its payoff is the sum of the spreads', each of which ranges over its
 * strike width, so its worst loss is at least the sum of theirs less the narrower width), so
 * gain ≤ b1 + b2 + min(width1, width2). Upper spreads are sorted by b + width, and for each
 * lower spread the scan stops at the first upper spread that cannot pass. `meter.work` grows
 * by the pairs looked at (and 4 per pair costed).
 */
export function priceCombinations(
  table: SpreadTable,
  values: Float64Array,
  legs: readonly OptionLeg[],
  costs: StrategyCosts,
  tolerance: number,
  meter: { work: number },
): PricedCombination[] {
  const out: PricedCombination[] = [];
  for (const { lower, upper } of table.expiries) {
    const nUpper = upper.long.length;
    if (lower.long.length === 0 || nUpper === 0) continue;
    // Upper spreads by b + width, best first; those with a leg that has no contract left are out.
    const upperValue = new Float64Array(nUpper);
    const upperSlack = new Float64Array(nUpper);
    const reach = new Float64Array(nUpper);
    const live: number[] = [];
    let bestSlack = -Infinity;
    for (let k = 0; k < nUpper; k++) {
      const value = (values[upper.long[k] as number] as number) + (values[upper.short[k] as number] as number);
      const slack = value - (upper.loss[k] as number);
      upperValue[k] = value;
      upperSlack[k] = slack;
      reach[k] = slack + (upper.width[k] as number);
      if (Number.isFinite(slack)) {
        live.push(k);
        if (slack > bestSlack) bestSlack = slack;
      }
    }
    if (live.length === 0) continue;
    live.sort((x, y) => (reach[y] as number) - (reach[x] as number) || x - y);
    const order = Int32Array.from(live);
    const bestReach = reach[order[0] as number] as number;
    for (let f = 0; f < lower.long.length; f++) {
      const long1 = lower.long[f] as number;
      const short1 = lower.short[f] as number;
      const value1 = (values[long1] as number) + (values[short1] as number);
      const loss1 = lower.loss[f] as number;
      const width1 = lower.width[f] as number;
      const slack1 = value1 - loss1;
      if (!Number.isFinite(slack1)) continue;
      const need = tolerance - slack1;
      const needNarrow = need - width1;
      if (!(bestReach > need && bestSlack > needNarrow)) continue;
      let scanned = 0;
      for (let x = 0; x < order.length; x++) {
        const k = order[x] as number;
        scanned++;
        if (!((reach[k] as number) > need)) break;
        const slack2 = upperSlack[k] as number;
        const width2 = upper.width[k] as number;
        if (!(slack2 > needNarrow) || !(slack2 + (width1 < width2 ? width1 : width2) > need)) continue;
        const value = value1 + (upperValue[k] as number);
        if (!(value > tolerance)) continue;
        const long2 = upper.long[k] as number;
        const short2 = upper.short[k] as number;
        const cost = costs.combinationOf(legs[long1] as OptionLeg, legs[short1] as OptionLeg, legs[long2] as OptionLeg, legs[short2] as OptionLeg);
        scanned += 4;
        if (cost === null || !(cost < Math.max(loss1, 0) + Math.max(upper.loss[k] as number, 0) - tolerance)) continue;
        const gain = value - cost;
        if (gain > tolerance) out.push({ legs: [long1, short1, long2, short2], cost, gain });
      }
      meter.work += scanned;
    }
  }
  return out.sort((x, y) => y.gain - x.gain);
}
