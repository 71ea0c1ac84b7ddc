import { portfolioFormat, type PortfolioDocument } from '../../shared/portfolioDocument.ts';
import type { Instrument } from '../../shared/instrument.ts';
import { readMeta } from '../store/bookVersion.ts';
import type { Store } from '../store/openStore.ts';

/** The book (or one account of it) as a portfolio document, with the instruments it needs. */
export function exportBook(store: Store, account?: string): PortfolioDocument {
  const accounts = store.accounts.list().filter((a) => account === undefined || a.id === account);
  const ids = new Set(accounts.map((a) => a.id));
  const positions = store.positions.list().filter((p) => ids.has(p.account));
  const all = new Map(store.instruments.list().map((i) => [i.id, i]));
  const needed = new Map<string, Instrument>();
  const need = (id: string) => {
    const inst = all.get(id);
    if (!inst || needed.has(id)) return;
    needed.set(id, inst);
    if (inst.underlying !== undefined) need(inst.underlying);
  };
  positions.forEach((p) => need(p.instrument));
  return {
    format: portfolioFormat,
    asOf: readMeta(store.db, 'as_of') ?? new Date().toISOString().slice(0, 10),
    baseCurrency: readMeta(store.db, 'base_currency') ?? 'USD',
    accounts: accounts.map((a) => ({ id: a.id, name: a.name, currency: a.currency, equity: a.equity, marginMethod: a.marginMethod })),
    instruments: [...needed.values()].sort((a, b) => a.id.localeCompare(b.id)),
    market: { rates: store.marketData.rates() },
    positions: positions.map((p) => ({ account: p.account, instrument: p.instrument, quantity: p.quantity })),
  };
}
