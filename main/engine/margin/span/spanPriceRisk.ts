import { spanScenarioCount } from './spanScenarioMoves.ts';

/**
 * Price risk of a combined commodity's aggregate risk array (loss positive) [pub, CME SPAN's
 * split of scanning risk into time, volatility and price risk]: time risk = the mean of
 * scenarios 1 and 2 (price unchanged, vol up and down); for the active (worst) scenario j and
 * its pair j' (same price move, other vol), price risk = (L[j] + L[j']) / 2 − time risk; for
 * an extreme scenario (15/16, no pair) price risk = L[j] − time risk. Floored at 0. Divided by
 * the CC's net delta it is the weighted futures price risk that inter-commodity credits use.
 */
export function spanPriceRisk(losses: Float64Array, worst: number): number {
  if (losses.length !== spanScenarioCount) throw new RangeError(`expected ${spanScenarioCount} losses, got ${losses.length}`);
  const timeRisk = ((losses[0] as number) + (losses[1] as number)) / 2;
  const active = losses[worst] as number;
  const risk = worst < 14 ? (active + (losses[worst ^ 1] as number)) / 2 - timeRisk : active - timeRisk;
  return Math.max(risk, 0);
}
