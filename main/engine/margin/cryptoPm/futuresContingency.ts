/**
 * Futures contingency [rec; `../shared/spec/methodologies.md` §4]: `share` of the offsetting
 * futures size — min(Σ long, Σ |short|) of the futures and perpetual deltas in coin (long 100
 * BTC in one future and short 100 in another offset 100) — in coin (0.6% × 100 = 0.6 BTC).
 */
export function futuresContingency(futureDeltas: Float64Array, share: number): { offsetting: number; charge: number } {
  let long = 0;
  let short = 0;
  for (const delta of futureDeltas) {
    if (delta > 0) long += delta;
    else short -= delta;
  }
  const offsetting = Math.min(long, short);
  return { offsetting, charge: offsetting * share };
}
