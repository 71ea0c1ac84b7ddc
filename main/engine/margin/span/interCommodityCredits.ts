/** One inter-commodity spread of the credit table, legs by CC index, in priority order. */
export interface CcSpread {
  id: string;
  creditRate: number;
  legs: readonly { cc: number; deltaRatio: number }[];
}

export interface AppliedCcSpread {
  id: string;
  spreads: number;
  /** Credit granted to each leg's CC, in leg order. */
  credits: number[];
}

/** Deltas this close to zero count as zero (rounding left over by the spreading). */
const deltaTolerance = 1e-9;

/**
 * Inter-commodity spread credits [pub, CME SPAN; `../shared/spec/methodologies.md` §1].
 * `available[c]` is the net composite delta of CC c that may be spread (delivery-month
 * positions left out: no credit for a leg in its delivery month), `priceRisk[c]` its weighted
 * futures price risk per delta. For each spread in priority order: one spread is deltaRatio
 * of each leg (legs with opposite ratio signs on opposite sides, so [ES 1, NQ −1] pairs long ES
 * with short NQ or the reverse); the spreads formed are min over legs of |available| / |ratio|
 * when every leg's delta has the spread's sign, and each leg's CC is credited
 * spreads × |ratio| × priceRisk × creditRate; the deltas used are taken off before the next
 * spread. Returns the credit per CC and the spreads formed.
 */
export function interCommodityCredits(available: Float64Array, priceRisk: Float64Array, table: readonly CcSpread[]): { credit: Float64Array; applied: AppliedCcSpread[] } {
  if (priceRisk.length !== available.length) throw new RangeError(`priceRisk holds ${priceRisk.length} entries, available ${available.length}`);
  const remaining = Float64Array.from(available);
  const credit = new Float64Array(available.length);
  const applied: AppliedCcSpread[] = [];
  for (const spread of table) {
    const first = spread.legs[0];
    if (!first) continue;
    const side = Math.sign(remaining[first.cc] ?? 0) * Math.sign(first.deltaRatio);
    let count = Infinity;
    for (const leg of spread.legs) {
      const delta = remaining[leg.cc];
      if (delta === undefined) throw new RangeError(`spread "${spread.id}" names CC ${leg.cc}, outside the ${remaining.length} CCs`);
      if (Math.abs(delta) <= deltaTolerance || Math.sign(delta) !== side * Math.sign(leg.deltaRatio)) count = 0;
      else count = Math.min(count, Math.abs(delta) / Math.abs(leg.deltaRatio));
    }
    if (!(count > 0) || side === 0) continue;
    const credits = spread.legs.map((leg) => {
      remaining[leg.cc] = (remaining[leg.cc] as number) - side * leg.deltaRatio * count;
      const legCredit = count * Math.abs(leg.deltaRatio) * (priceRisk[leg.cc] as number) * spread.creditRate;
      credit[leg.cc] = (credit[leg.cc] as number) + legCredit;
      return legCredit;
    });
    applied.push({ id: spread.id, spreads: count, credits });
  }
  return { credit, applied };
}
