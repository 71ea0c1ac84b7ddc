import type { VarParameters } from '../../../shared/rules/varRules.ts';
import { varOfAccounts } from './house/varOfAccounts.ts';
import type { MarginMethod, MethodAccountResult } from './marginMethod.ts';

/**
 * `var` as a margin method (`../shared/spec/methodologies.md` §5): per account, VaR and ES of
 * the rule set's VaR model over `input.history` (`main/engine/risk/startVar.ts` states the
 * definitions). Requirement = initial = maintenance = max(VaR, ES) (ES, as ES ≥ VaR on one
 * sample); components `var`, `es`. Positions without history are excluded with the reason.
 */
export const varMethod: MarginMethod<VarParameters> = {
  id: 'var',
  components: ['var', 'es'],
  compute(input, parameters) {
    const terms = varOfAccounts(input, parameters);
    return input.accounts.map((account): MethodAccountResult => {
      const t = terms.get(account.id)!;
      const requirement = Math.max(t.var, t.es);
      return { id: account.id, currency: account.currency, initial: requirement, maintenance: requirement, components: { var: t.var, es: t.es }, groups: [t.group], excluded: t.excluded };
    });
  },
};
