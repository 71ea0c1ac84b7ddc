import { ApiError } from '../../shared/api.ts';
import type { MarginRunComparison } from '../../shared/marginRunComparison.ts';
import type { AccountMargin, MarginSnapshot } from '../../shared/marginView.ts';
import type { Store } from '../store/openStore.ts';

type Side = 'left' | 'right';

/**
 * Two saved runs side by side, per account and position by position: each run stores every
 * account's groups with their positions' contributions (quantity and P&L in the group's worst
 * scenario), summed here per account and instrument.
 */
export function compareMarginRuns(store: Store, left: number, right: number): MarginRunComparison {
  const runs = { left: store.marginRuns.get(left), right: store.marginRuns.get(right) };
  for (const side of ['left', 'right'] as const) if (!runs[side]) throw new ApiError('not-found', `no margin run ${side === 'left' ? left : right}`);
  const { left: a, right: b } = runs as Record<Side, MarginSnapshot>;
  const accounts = new Map<string, MarginRunComparison['accounts'][number]>();
  const positions = new Map<string, MarginRunComparison['positions'][number]>();
  const take = (run: MarginSnapshot, side: Side) => {
    for (const account of run.accounts) {
      const row = accounts.get(account.id) ?? { account: account.id, currency: account.currency, left: null, right: null };
      row[side] = figures(account);
      accounts.set(account.id, row);
      for (const c of account.groups.flatMap((g) => g.contributions)) {
        const key = `${account.id}\u0000${c.instrument}`;
        const position = positions.get(key) ?? { account: account.id, instrument: c.instrument, left: null, right: null };
        const sum = position[side] ?? { quantity: 0, pnl: 0 };
        position[side] = { quantity: sum.quantity + c.quantity, pnl: sum.pnl + c.pnl };
        positions.set(key, position);
      }
    }
  };
  take(a, 'left');
  take(b, 'right');
  const header = (run: MarginSnapshot) => ({ runId: run.runId, computedAt: run.computedAt, bookVersion: run.bookVersion });
  return {
    left: header(a),
    right: header(b),
    accounts: [...accounts.values()].sort((x, y) => x.account.localeCompare(y.account)),
    positions: [...positions.values()].sort((x, y) => x.account.localeCompare(y.account) || x.instrument.localeCompare(y.instrument)),
  };
}

function figures(account: AccountMargin) {
  return { method: account.method, ruleSet: account.ruleSet, requirement: account.requirement, equity: account.equity };
}
