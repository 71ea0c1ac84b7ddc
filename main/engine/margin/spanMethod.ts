import type { SpanParameters } from '../../../shared/rules/spanRules.ts';
import type { MarginMethod } from './marginMethod.ts';
import { spanAccountMargin, spanComponents } from './span/spanAccountMargin.ts';
import { spanPositions } from './span/spanPositions.ts';

/**
 * `span`: SPAN-style scenario scanning for futures and options on futures
 * (`../shared/spec/methodologies.md` §1). Risk arrays per ONE long contract are computed by
 * full revaluation (`spanRiskArrays`) or taken as supplied on the instrument (`riskArray`,
 * `compositeDelta`); positions combine per combined commodity (`spanAccountMargin`). Every
 * position that is not a future or option on a future, or that no CC of the rule set covers,
 * or that cannot be valued, is listed in its account's `excluded` with the reason.
 */
export const spanMethod: MarginMethod<SpanParameters> = {
  id: 'span',
  components: spanComponents,
  compute(input, parameters) {
    const positions = spanPositions(input, parameters);
    return input.accounts.map((account) => {
      const members: number[] = [];
      for (let p = 0; p < positions.count; p++) if (positions.account[p] === account.id) members.push(p);
      const excluded = positions.excluded.filter((e) => e.account === account.id).map(({ position, instrument, reason }) => ({ position, instrument, reason }));
      return spanAccountMargin(account, positions, members, parameters, excluded);
    });
  },
};
