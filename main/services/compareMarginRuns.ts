import { ApiError } from '../../shared/api.ts';
import type { MarginRunComparison } from '../../shared/marginRunComparison.ts';
import type { AccountMarginHeadline } from '../../shared/marginView.ts';
import type { MarginRunPositions } from '../store/marginRunRepository.ts';
import type { Store } from '../store/openStore.ts';

type Side = 'left' | 'right';

/**
 * Two saved runs side by side, per account and position by position: each run stores every
 * account's contributions (quantity and P&L in its group's worst scenario) beside its
 * explanation, summed here per account and instrument.
 */
export function compareMarginRuns(store: Store, left: number, right: number): MarginRunComparison {
  const runs = { left: store.marginRuns.positions(left), right: store.marginRuns.positions(right) };
  for (const side of ['left', 'right'] as const) if (!runs[side]) throw new ApiError('not-found', `no margin run ${side === 'left' ? left : right}`);
  const { left: a, right: b } = runs as Record<Side, MarginRunPositions>;
  const accounts = new Map<string, MarginRunComparison['accounts'][number]>();
  const positions = new Map<string, MarginRunComparison['positions'][number]>();
  const take = (run: MarginRunPositions, side: Side) => {
    for (const { headline: account, contributions } of run.accounts) {
      const row = accounts.get(account.id) ?? { account: account.id, currency: account.currency, left: null, right: null };
      row[side] = figures(account);
      accounts.set(account.id, row);
      for (const [instrument, quantity, pnl] of contributions) {
        const key = `${account.id}\u0000${instrument}`;
        const position = positions.get(key) ?? { account: account.id, instrument, left: null, right: null };
        const sum = position[side] ?? { quantity: 0, pnl: 0 };
        position[side] = { quantity: sum.quantity + quantity, pnl: sum.pnl + pnl };
        positions.set(key, position);
      }
    }
  };
  take(a, 'left');
  take(b, 'right');
  const header = (run: MarginRunPositions) => ({ runId: run.runId, computedAt: run.computedAt, bookVersion: run.bookVersion });
  return {
    left: header(a),
    right: header(b),
    accounts: [...accounts.values()].sort((x, y) => x.account.localeCompare(y.account)),
    positions: [...positions.values()].sort((x, y) => x.account.localeCompare(y.account) || x.instrument.localeCompare(y.instrument)),
  };
}

function figures(account: AccountMarginHeadline) {
  return { method: account.method, ruleSet: account.ruleSet, requirement: account.requirement, equity: account.equity };
}
