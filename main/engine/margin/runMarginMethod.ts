import type { AccountMarginResult } from '../../../shared/marginResult.ts';
import type { MarginInput, MarginMethod } from './marginMethod.ts';

/**
 * Runs one method and completes each account the same way for every method: the requirement
 * is the initial margin, excess = equity − requirement (negative: a deficit). Accounts the
 * method returns nothing for get a zero requirement, so no account disappears from a report.
 */
export function runMarginMethod<P>(method: MarginMethod<P>, input: MarginInput, parameters: P): AccountMarginResult[] {
  const byId = new Map(method.compute(input, parameters).map((r) => [r.id, r]));
  return input.accounts.map((account) => {
    const r = byId.get(account.id) ?? {
      id: account.id,
      currency: account.currency,
      initial: 0,
      maintenance: 0,
      components: Object.fromEntries(method.components.map((c) => [c, 0])),
      groups: [],
      excluded: [],
    };
    return { ...r, requirement: r.initial, equity: account.equity, excess: account.equity - r.initial };
  });
}
