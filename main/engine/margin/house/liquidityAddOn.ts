import { formatMoney, formatNumber } from '../../../../shared/formatNumber.ts';
import type { GroupMargin } from '../../../../shared/marginResult.ts';
import type { HouseParameters } from '../../../../shared/rules/houseRules.ts';
import type { PriceSeries } from '../../risk/priceSeries.ts';
import { averageDailyVolume } from './averageDailyVolume.ts';

/** One risk factor's close-out cost, or why it has none. */
export interface FactorLiquidity {
  factor: string;
  notional: number;
  /** Undefined when not computed (`reason`). */
  addOn?: number;
  adv?: number;
  daysToLiquidate?: number;
  reason?: string;
}

/**
 * The liquidity add-on of one account (`../shared/spec/methodologies.md` §7): per risk factor
 * with a delta-equivalent notional N > 0,
 *   add-on = halfSpread × N × max(1, N / (advShare × ADV)),
 * half the bid/ask on the whole size, times the days it takes to sell at `advShare` of the
 * average daily traded value (`averageDailyVolume` over `advDays`). A factor with no volume
 * series mapped, none in the history, or no volume up to asOf gets no add-on, and the group's
 * notes say so ("not computed").
 */
export function liquidityAddOn(
  factorIds: readonly string[],
  notional: Float64Array,
  parameters: HouseParameters,
  history: readonly PriceSeries[],
  asOf: string,
  currency: string,
): { addOn: number; factors: FactorLiquidity[]; group: GroupMargin } {
  const { liquidity } = parameters;
  const byId = new Map(history.map((s) => [s.id, s]));
  const factors: FactorLiquidity[] = [];
  factorIds.forEach((factor, u) => {
    const n = notional[u]!;
    if (!(n > 0)) return;
    const source = liquidity.volume[factor];
    const volume = source && byId.get(source.series);
    if (!source) return void factors.push({ factor, notional: n, reason: 'no volume series is mapped to it' });
    if (!volume) return void factors.push({ factor, notional: n, reason: `the volume series "${source.series}" is not in the history` });
    const adv = averageDailyVolume(volume, source.unit, byId.get(parameters.var.series[factor] ?? factor), asOf, liquidity.advDays);
    if (!adv) return void factors.push({ factor, notional: n, reason: `no traded value in "${source.series}" up to ${asOf}` });
    const halfSpread = liquidity.halfSpread[factor] ?? liquidity.defaultHalfSpread;
    const daysToLiquidate = n / (liquidity.advShare * adv.value);
    factors.push({ factor, notional: n, adv: adv.value, daysToLiquidate, addOn: halfSpread * n * Math.max(1, daysToLiquidate) });
  });
  const addOn = factors.reduce((s, f) => s + (f.addOn ?? 0), 0);
  const notes = factors.map((f) =>
    f.addOn === undefined
      ? `${f.factor}: not computed, ${f.reason} (notional ${formatMoney(f.notional, currency)})`
      : `${f.factor}: notional ${formatMoney(f.notional, currency)}, ADV ${formatMoney(f.adv, currency)}, ${formatNumber(f.daysToLiquidate)} days at ${formatNumber(liquidity.advShare * 100)}% of ADV, half spread ${formatNumber((liquidity.halfSpread[f.factor] ?? liquidity.defaultHalfSpread) * 100)}% → ${formatMoney(f.addOn, currency)}`,
  );
  return {
    addOn,
    factors,
    group: { id: 'liquidity', currency, requirement: addOn, worstScenario: null, components: Object.fromEntries(factors.filter((f) => f.addOn !== undefined).map((f) => [f.factor, f.addOn!])), contributions: [], notes },
  };
}
