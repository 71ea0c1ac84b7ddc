/** One tier pair of an intra-commodity spread table, by tier index, in priority order. */
export interface TierSpread {
  a: number;
  b: number;
  rate: number;
}

/** Deltas this close to zero count as zero (rounding left over by the spreading). */
const deltaTolerance = 1e-9;

/**
 * Intra-commodity (calendar) spread charge [pub, CME SPAN; `../shared/spec/methodologies.md`
 * §1]: `tierDeltas` are the net composite deltas per expiry tier (not changed); for each tier
 * pair in priority order whose remaining deltas have opposite signs, spreads = min(|a|, |b|)
 * are formed (one delta each side), charged spreads × rate, and both tiers move that much
 * toward zero. Opposite deltas within one tier net without charge: the rule set's tiers say
 * which expiries are alike.
 */
export function intraSpreadCharge(tierDeltas: Float64Array, spreads: readonly TierSpread[]): { charge: number; applied: (TierSpread & { spreads: number; charge: number })[] } {
  const remaining = Float64Array.from(tierDeltas);
  const applied: (TierSpread & { spreads: number; charge: number })[] = [];
  let charge = 0;
  for (const spread of spreads) {
    const da = remaining[spread.a];
    const db = remaining[spread.b];
    if (da === undefined || db === undefined) throw new RangeError(`tier spread ${spread.a}/${spread.b} is outside the ${remaining.length} tiers`);
    if (Math.abs(da) <= deltaTolerance || Math.abs(db) <= deltaTolerance || Math.sign(da) === Math.sign(db)) continue;
    const count = Math.min(Math.abs(da), Math.abs(db));
    remaining[spread.a] = da - Math.sign(da) * count;
    remaining[spread.b] = db - Math.sign(db) * count;
    charge += count * spread.rate;
    applied.push({ ...spread, spreads: count, charge: count * spread.rate });
  }
  return { charge, applied };
}
