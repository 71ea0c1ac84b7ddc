import type { AccountRow, PositionRow } from '../../shared/bookView.ts';
import type { MarginSnapshot } from '../../shared/marginView.ts';

/** A pinned total row per account: summed market value and the account's margin requirement. */
export interface AccountTotalRow {
  account: string;
  instrument: string;
  marketValue: number;
  currency: string;
  margin: number | null;
  positions: number;
}

export function accountTotals(accounts: readonly AccountRow[], positions: readonly PositionRow[], margin: MarginSnapshot | null): AccountTotalRow[] {
  return accounts.map((a) => {
    const held = positions.filter((p) => p.account === a.id);
    return {
      account: a.id,
      instrument: `Total ${a.id}`,
      marketValue: held.reduce((sum, p) => sum + (p.marketValue ?? 0), 0),
      currency: a.currency,
      margin: margin?.accounts.find((m) => m.id === a.id)?.requirement ?? null,
      positions: held.length,
    };
  });
}
