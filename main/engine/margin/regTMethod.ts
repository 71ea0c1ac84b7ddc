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
 *
 * At scale: the groups of all accounts are collected in one pass over the positions; the
 * two-leg pairing is an exact min-cost flow, on the full graph of admissible pairs for small
 * and mid-sized groups and, for option-heavy ones (thousands of options on one underlying,
 * where that graph grows with legs²), on a sparse graph grown by column generation that
 * proves the same optimum or, stopped by its work budget, states in the group's notes how far
 * from it the pairing can be (`regT/pairStrategies`); four-leg strategies are chosen exactly
 * on small groups and by a bounded search on large ones (a group's note says so). So a
 * 10,000-position book with 144-leg chains per underlying takes about as long as one pairing
 * per group, and an account of 5,000 SPX options well under a second (`regT/choosePairing`
 * documents what is exact and what is heuristic).
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
    const collected = collectRegTGroups(input, input.accounts, parameters, modelPrice);
    return input.accounts.map((account, a): MethodAccountResult => {
      const { groups, excluded } = collected[a] as (typeof collected)[number];
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
