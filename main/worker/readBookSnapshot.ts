import type { AccountRow, PositionRow } from '../../shared/bookView.ts';
import type { Instrument } from '../../shared/instrument.ts';
import { readBookVersion, readMeta } from '../store/bookVersion.ts';
import type { Store } from '../store/openStore.ts';

/** One consistent read of the whole book (a single read transaction). */
export interface BookSnapshot {
  bookVersion: number;
  asOf: string;
  baseCurrency: string;
  accounts: AccountRow[];
  instruments: Instrument[];
  positions: PositionRow[];
  rates: Record<string, number>;
}

export function readBookSnapshot(store: Store): BookSnapshot {
  return store.transaction(() => ({
    bookVersion: readBookVersion(store.db),
    asOf: readMeta(store.db, 'as_of') ?? '',
    baseCurrency: readMeta(store.db, 'base_currency') ?? 'USD',
    accounts: store.accounts.list(),
    instruments: store.instruments.list(),
    positions: store.positions.list(),
    rates: store.marketData.rates(),
  }));
}
