import type { SpanCombinedCommodity } from '../../../../shared/rules/spanRules.ts';
import { intraSpreadCharge, type TierSpread } from './intraSpreadCharge.ts';
import { spanPriceRisk } from './spanPriceRisk.ts';
import type { SpanPositions } from './spanPositions.ts';
import { spanScenarioCount } from './spanScenarioMoves.ts';

/** One combined commodity of one account before inter-commodity credits. */
export interface CombinedCommodityRisk {
  /** Σ quantity × risk array: the CC's loss (positive) per scenario. */
  losses: Float64Array;
  /** The scenario (0-based) with the largest loss, the first on ties. */
  worst: number;
  scanningRisk: number;
  intraSpread: number;
  intraApplied: (TierSpread & { spreads: number; charge: number })[];
  spotMonth: number;
  /** Net composite delta of the positions in a delivery month. */
  spotDelta: number;
  shortOptionMinimum: number;
  /** Short option contracts (Σ |quantity| of short option positions). */
  shortOptions: number;
  netOptionValue: number;
  netDelta: number;
  /** Net delta outside the delivery month: what inter-commodity spreads may use. */
  spreadableDelta: number;
  /** Price risk of the active scenario (`spanPriceRisk`). */
  priceRisk: number;
}

/**
 * The charges of one combined commodity over `members` (indices into `positions`, all of one
 * account and this CC) [pub, CME SPAN; `../shared/spec/methodologies.md` §1]:
 * - scanning risk = max(0, max_j Σ qty·RA[j]);
 * - intra-commodity spread charge on the net composite delta per tier (`intraSpreadCharge`);
 * - spot (delivery) month charge = rate × |net composite delta in the delivery month|;
 * - short option minimum = rate × short option contracts (gross: long options do not offset);
 * - net option value = Σ qty × value of one option contract (long − short).
 */
export function combinedCommodityRisk(positions: SpanPositions, members: readonly number[], cc: SpanCombinedCommodity, tierSpreads: readonly TierSpread[]): CombinedCommodityRisk {
  const losses = new Float64Array(spanScenarioCount);
  const tierDeltas = new Float64Array(cc.tiers.length);
  let spotDelta = 0;
  let netDelta = 0;
  let shortOptions = 0;
  let netOptionValue = 0;
  for (const p of members) {
    const qty = positions.quantity[p] as number;
    const base = p * spanScenarioCount;
    for (let j = 0; j < spanScenarioCount; j++) losses[j] = (losses[j] as number) + qty * (positions.riskArray[base + j] as number);
    const delta = qty * (positions.delta[p] as number);
    const tier = positions.tier[p] as number;
    tierDeltas[tier] = (tierDeltas[tier] as number) + delta;
    netDelta += delta;
    if (positions.spotMonth[p] === 1) spotDelta += delta;
    if (positions.isOption[p] === 1) {
      netOptionValue += qty * (positions.optionValue[p] as number);
      if (qty < 0) shortOptions -= qty;
    }
  }
  let worst = 0;
  for (let j = 1; j < spanScenarioCount; j++) if ((losses[j] as number) > (losses[worst] as number)) worst = j;
  const intra = intraSpreadCharge(tierDeltas, tierSpreads);
  return {
    losses,
    worst,
    scanningRisk: Math.max(0, losses[worst] as number),
    intraSpread: intra.charge,
    intraApplied: intra.applied,
    spotMonth: cc.spotMonth.rate * Math.abs(spotDelta),
    spotDelta,
    shortOptionMinimum: cc.shortOptionMinimum * shortOptions,
    shortOptions,
    netOptionValue,
    netDelta,
    spreadableDelta: netDelta - spotDelta,
    priceRisk: spanPriceRisk(losses, worst),
  };
}
