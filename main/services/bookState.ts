import type { AccountRow } from '../../shared/bookView.ts';
import type { Instrument } from '../../shared/instrument.ts';
import { readMeta } from '../store/bookVersion.ts';
import type { BookImportRepository } from '../store/bookImportRepository.ts';
import type { Store } from '../store/openStore.ts';

/** What an import is planned against: the book as it is now (read inside the import's transaction). */
export interface BookState {
  asOf: string;
  baseCurrency: string;
  accounts: Map<string, AccountRow>;
  instruments: Map<string, Instrument>;
  positionCounts: Map<string, number>;
  rates: Record<string, number>;
}

export function loadBookState(store: Store, bulk: BookImportRepository, today: string): BookState {
  return {
    asOf: readMeta(store.db, 'as_of') ?? today,
    baseCurrency: readMeta(store.db, 'base_currency') ?? 'USD',
    accounts: new Map(store.accounts.list().map((a) => [a.id, a])),
    instruments: new Map(store.instruments.list().map((i) => [i.id, i])),
    positionCounts: bulk.positionCounts(),
    rates: store.marketData.rates(),
  };
}
