import type { PortfolioDocument } from '../../shared/portfolioDocument.ts';
import { bumpBookVersion, writeMeta } from '../store/bookVersion.ts';
import type { Store } from '../store/openStore.ts';

/**
 * Replaces the whole book with a portfolio document in one transaction: accounts, instruments,
 * positions, rates and the as-of date land together or not at all. Returns the new book version.
 */
export function replaceBook(store: Store, doc: PortfolioDocument): number {
  return store.transaction(() => {
    store.positions.deleteAll();
    store.accounts.deleteAll();
    for (const inst of doc.instruments) store.instruments.upsert(inst);
    for (const a of doc.accounts) {
      store.accounts.upsert({ id: a.id, name: a.name ?? a.id, currency: a.currency ?? doc.baseCurrency, equity: a.equity ?? 0, marginMethod: a.marginMethod ?? 'gross-notional' });
    }
    for (const p of doc.positions) store.positions.insert(p.account, p.instrument, p.quantity);
    store.instruments.deleteUnused();
    for (const [currency, rate] of Object.entries(doc.market.rates)) store.marketData.setRate(currency, rate);
    writeMeta(store.db, 'as_of', doc.asOf);
    writeMeta(store.db, 'base_currency', doc.baseCurrency);
    return bumpBookVersion(store.db);
  });
}
