import type { ExcludedMarginPosition } from '../../../shared/marginResult.ts';
import type { HouseParameters } from '../../../shared/rules/houseRules.ts';
import { concentrationAddOn } from './house/concentrationAddOn.ts';
import { factorNotionals } from './house/factorNotionals.ts';
import { liquidityAddOn } from './house/liquidityAddOn.ts';
import { stressLossOfAccounts } from './house/stressLossOfAccounts.ts';
import { varOfAccounts } from './house/varOfAccounts.ts';
import type { MarginMethod, MethodAccountResult } from './marginMethod.ts';

/**
 * `house`: the house model (`../shared/spec/methodologies.md` §7). Per account
 *   requirement = max(stressLoss, var, es) + liquidity + concentration
 * (initial = maintenance), each term a component and a group explaining it:
 * - stressLoss: the worst loss over the rule set's stress-library scenario sets
 *   (`house/stressLossOfAccounts`, with each position's P&L in the worst scenario);
 * - var, es: the rule set's VaR model over the price history (`house/varOfAccounts`);
 * - liquidity: close-out cost from size versus average daily volume (`house/liquidityAddOn`;
 *   factors without volume are reported as not computed);
 * - concentration: above a threshold share of equity per risk factor (`house/concentrationAddOn`).
 * Sizes are delta-equivalent notionals per risk factor (`house/factorNotionals`). Exclusions:
 * positions no term could value, and positions left out of VaR/ES only (no history), marked so.
 */
export const houseMethod: MarginMethod<HouseParameters> = {
  id: 'house',
  components: ['stressLoss', 'var', 'es', 'liquidity', 'concentration'],
  compute(input, parameters) {
    const stress = stressLossOfAccounts(input, parameters.scenarioSets);
    const vars = varOfAccounts(input, parameters.var);
    const notionals = factorNotionals(input.book, input.accounts);
    const factorIds = input.book.underlyingIds;
    return input.accounts.map((account, a): MethodAccountResult => {
      const s = stress.get(account.id)!;
      const v = vars.get(account.id)!;
      const liquidity = liquidityAddOn(factorIds, notionals[a]!, parameters, input.history ?? [], input.asOf, account.currency);
      const concentration = concentrationAddOn(factorIds, notionals[a]!, parameters.concentration, account.equity, account.currency);
      const requirement = Math.max(s.loss, v.var, v.es) + liquidity.addOn + concentration.addOn;
      const excluded: ExcludedMarginPosition[] = [
        ...s.excluded,
        ...v.excluded.filter((e) => !s.excluded.some((x) => x.position === e.position)).map((e) => ({ ...e, reason: `left out of VaR and ES only: ${e.reason}` })),
      ].sort((x, y) => x.position - y.position);
      return {
        id: account.id,
        currency: account.currency,
        initial: requirement,
        maintenance: requirement,
        components: { stressLoss: s.loss, var: v.var, es: v.es, liquidity: liquidity.addOn, concentration: concentration.addOn },
        groups: [s.group, v.group, liquidity.group, concentration.group],
        excluded,
      };
    });
  },
};
