import type { Instrument } from '../../../../shared/instrument.ts';
import type { FinraPmParameters } from '../../../../shared/rules/finraPmRules.ts';
import type { PriceRange } from './valuationPoints.ts';

/**
 * The valuation range of a class group from its underlying's product class
 * (`../shared/spec/methodologies.md` §2): `broadIndex` (high-capitalisation broad-based index
 * or ETF on one) −8%/+6%, `broadIndexOther` ±10%, `equity` and `narrowIndex` ±15% by default.
 * A leveraged ETF (`leverage`) has its range × |leverage| when `scaleRangeByLeverage`, with
 * down and up swapped for an inverse one (it rises when its index falls); a fall is capped at
 * 100%.
 */
export function classRange(underlying: Instrument | undefined, parameters: FinraPmParameters): PriceRange {
  const base = parameters.ranges[underlying?.class ?? 'equity'];
  const leverage = underlying?.leverage;
  if (!parameters.scaleRangeByLeverage || leverage === undefined || leverage === 1) return base;
  const [down, up] = leverage < 0 ? [base.up, base.down] : [base.down, base.up];
  const scale = Math.abs(leverage);
  return { down: Math.min(down * scale, 1), up: up * scale };
}
