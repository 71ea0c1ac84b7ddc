import type { RegTParameters } from '../../../shared/rules/regTRules.ts';
import { priceInstruments } from '../priceInstruments.ts';
import { PRICE, valuationFieldCount } from '../valuationFields.ts';
import type { MarginMethod, MethodAccountResult } from './marginMethod.ts';
import { collectRegTGroups } from './regT/collectRegTGroups.ts';
import { regTComponents, regTGroupMargin } from './regT/regTGroupMargin.ts';

/**
 * `reg-t`: strategy-based margin of a Regulation T account per the Cboe Margin Manual
 * (`../shared/spec/methodologies.md` §3), the comparison baseline for portfolio margin. Per
 * account: one group per underlying (`regT/collectRegTGroups`), its positions paired into the
 * cheapest strategies (`regT/choosePairing`) and charged per `regT/strategyCosts`; the
 * account's figures are the sums of its groups'. Requirement = initial; no scenario drives it
 * (`worstScenario` null, no contributions); the notes list each chosen strategy.
 */
export const regTMethod: MarginMethod<RegTParameters> = {
  id: 'reg-t',
  components: regTComponents,
  compute(input, parameters) {
    let valuations: Float64Array | undefined;
    const modelPrice = (row: number): number => {
      valuations ??= priceInstruments(input.book);
      return valuations[row * valuationFieldCount + PRICE] as number;
    };
    return input.accounts.map((account): MethodAccountResult => {
      const { groups, excluded } = collectRegTGroups(input, account, parameters, modelPrice);
      const components = Object.fromEntries(regTComponents.map((c) => [c, 0]));
      let initial = 0;
      let maintenance = 0;
      const margins = groups.map((group) => {
        const result = regTGroupMargin(group, parameters, account.currency);
        initial += result.margin.requirement;
        maintenance += result.maintenance;
        for (const c of regTComponents) components[c] = (components[c] as number) + (result.margin.components[c] as number);
        return result.margin;
      });
      return { id: account.id, currency: account.currency, initial, maintenance, components, groups: margins, excluded };
    });
  },
};
