import { formatMoney, formatNumber } from '../../../../shared/formatNumber.ts';
import type { GroupMargin } from '../../../../shared/marginResult.ts';
import type { HouseParameters } from '../../../../shared/rules/houseRules.ts';

/**
 * The concentration add-on of one account (`../shared/spec/methodologies.md` §7): per risk
 * factor, rate × max(0, N − threshold × equity), N its delta-equivalent notional; summed. An
 * account with no positive equity has every notional above the threshold.
 */
export function concentrationAddOn(
  factorIds: readonly string[],
  notional: Float64Array,
  parameters: HouseParameters['concentration'],
  equity: number,
  currency: string,
): { addOn: number; group: GroupMargin } {
  const limit = parameters.threshold * Math.max(equity, 0);
  const components: Record<string, number> = {};
  const notes = [`threshold ${formatNumber(parameters.threshold * 100)}% of equity = ${formatMoney(limit, currency)} per risk factor; add-on ${formatNumber(parameters.rate * 100)}% of the notional above it`];
  let addOn = 0;
  factorIds.forEach((factor, u) => {
    const above = notional[u]! - limit;
    if (!(above > 0)) return;
    const charge = parameters.rate * above;
    components[factor] = charge;
    addOn += charge;
    notes.push(`${factor}: notional ${formatMoney(notional[u]!, currency)}, ${formatMoney(above, currency)} above → ${formatMoney(charge, currency)}`);
  });
  return { addOn, group: { id: 'concentration', currency, requirement: addOn, worstScenario: null, components, contributions: [], notes } };
}
