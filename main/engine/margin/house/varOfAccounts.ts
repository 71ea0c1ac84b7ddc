import { formatNumber } from '../../../../shared/formatNumber.ts';
import type { ExcludedMarginPosition, GroupMargin } from '../../../../shared/marginResult.ts';
import type { VarParameters } from '../../../../shared/rules/varRules.ts';
import { valueAtRisk } from '../../risk/startVar.ts';
import { VarHistoryError } from '../../risk/varHistoryError.ts';
import type { MarginInput } from '../marginMethod.ts';

/** VaR and ES of one account as margin terms, with the group that explains them. */
export interface AccountVarTerms {
  var: number;
  es: number;
  group: GroupMargin;
  excluded: ExcludedMarginPosition[];
}

/**
 * VaR and ES per account (`valueAtRisk` over `input.history`; no history: every position is
 * excluded for lack of it), each account on its own: its moves are the common dates of its own
 * factors' histories, so its figure does not depend on the other accounts in the run. The
 * group `var` carries both as components, the worst historical move as its worst scenario (a
 * Monte Carlo path has no date: "worst path"; delta-normal has none), and the run's method,
 * sample and notes. When the history cannot support the method
 * (`VarHistoryError`), every position of the account is excluded with that reason and the
 * figures are 0: the result says it is incomplete rather than failing the whole run.
 */
export function varOfAccounts(input: MarginInput, parameters: VarParameters): Map<string, AccountVarTerms> {
  const accounts = input.accounts.map((a) => ({ id: a.id, currency: a.currency }));
  const out = new Map<string, AccountVarTerms>();
  for (const account of accounts) {
    try {
      const result = valueAtRisk({ book: input.book, accounts: [account], history: input.history ?? [] }, parameters);
      const a = result.accounts[0]!;
      const sample = `${result.method} VaR ${formatNumber(result.confidence * 100)}%, ${result.horizonDays}-day horizon, ${result.observations} scenarios${result.from === null ? '' : ` (moves ${result.from}..${result.to})`}, full revaluation`;
      const worstScenario = a.worstLoss === null ? null : { id: a.worstDate ?? 'worst path', loss: a.worstLoss };
      out.set(a.id, {
        var: a.var,
        es: a.es,
        excluded: a.excluded,
        group: { id: 'var', currency: a.currency, requirement: Math.max(a.var, a.es), worstScenario, components: { var: a.var, es: a.es }, contributions: [], notes: [sample, ...result.notes] },
      });
    } catch (error) {
      if (!(error instanceof VarHistoryError)) throw error;
      const excluded = input.positions.flatMap((p, position) => (p.account === account.id ? [{ position, instrument: p.instrument, reason: `VaR not computed: ${error.message}` }] : []));
      out.set(account.id, { var: 0, es: 0, excluded, group: { id: 'var', currency: account.currency, requirement: 0, worstScenario: null, components: { var: 0, es: 0 }, contributions: [], notes: [`VaR not computed: ${error.message}`] } });
    }
  }
  return out;
}
