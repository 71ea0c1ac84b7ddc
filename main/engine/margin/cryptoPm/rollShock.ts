import type { CryptoPmCurrency } from '../../../../shared/rules/cryptoPmRules.ts';

/**
 * Roll shock [rec; `../shared/spec/methodologies.md` §4]: per expiry bucket b with net delta
 * δ_b (coin) and T_b years to expiry, max(minMove·|δ_b|, |e^(annualisedMoveRisk·T_b) − 1|·|δ_b|),
 * summed over buckets: the risk that the futures curve moves against the index. Perpetuals
 * form a bucket with T = 0 (the floor only: a Deribit `private/pme/simulate` response charges
 * a short ETH perpetual 0.005 × |δ|). Returns the charge per bucket and the total (coin).
 */
export function rollShock(bucketDelta: Float64Array, bucketYears: Float64Array, roll: CryptoPmCurrency['rollShock']): { charges: Float64Array; total: number } {
  if (bucketYears.length !== bucketDelta.length) throw new RangeError(`bucketYears holds ${bucketYears.length} entries, bucketDelta ${bucketDelta.length}`);
  const charges = new Float64Array(bucketDelta.length);
  let total = 0;
  for (let b = 0; b < bucketDelta.length; b++) {
    const size = Math.abs(bucketDelta[b] as number);
    const charge = Math.max(roll.minMove * size, Math.abs(Math.expm1(roll.annualisedMoveRisk * (bucketYears[b] as number))) * size);
    charges[b] = charge;
    total += charge;
  }
  return { charges, total };
}
