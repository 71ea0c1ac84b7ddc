import type { PositionChangeBook } from '../../shared/positionChange.ts';
import type { Store } from '../store/openStore.ts';

/** The book as `checkPositionChanges` asks about it, by indexed lookups; call inside the transaction that applies the changes. */
export function positionChangeBook(store: Store): PositionChangeBook {
  const account = store.db.prepare('SELECT 1 FROM accounts WHERE id = ?').pluck();
  const kind = store.db.prepare('SELECT kind FROM instruments WHERE id = ?').pluck();
  const position = store.db.prepare('SELECT account_id AS account, instrument_id AS instrument FROM positions WHERE id = ?');
  const holds = store.db.prepare('SELECT 1 FROM positions WHERE account_id = ? AND instrument_id = ?').pluck();
  return {
    hasAccount: (id) => account.get(id) !== undefined,
    instrumentKind: (id) => kind.get(id) as string | undefined,
    position: (id) => position.get(id) as { account: string; instrument: string } | undefined,
    holds: (a, i) => holds.get(a, i) !== undefined,
  };
}
