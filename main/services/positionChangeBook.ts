import type { PositionChangeBook } from '../../shared/positionChange.ts';
import type { Store } from '../store/openStore.ts';

/** The book as `checkPositionChanges` reads it; call inside the transaction that applies the changes. */
export function positionChangeBook(store: Store): PositionChangeBook {
  return {
    accounts: new Set(store.accounts.list().map((a) => a.id)),
    instruments: new Map(store.instruments.list().map((i) => [i.id, i.kind])),
    positions: new Map(store.positions.list().map((p) => [p.id, { account: p.account, instrument: p.instrument }])),
  };
}
