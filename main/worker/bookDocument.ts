import { portfolioFormat, type PortfolioDocument } from '../../shared/portfolioDocument.ts';
import type { BookSnapshot } from './readBookSnapshot.ts';

/** The stored book as a portfolio document, positions in the snapshot's order. */
export function bookDocument(snapshot: BookSnapshot): PortfolioDocument {
  return {
    format: portfolioFormat,
    asOf: snapshot.asOf,
    baseCurrency: snapshot.baseCurrency,
    accounts: snapshot.accounts.map((a) => ({ id: a.id, name: a.name, currency: a.currency, equity: a.equity, marginMethod: a.marginMethod })),
    instruments: snapshot.instruments,
    market: { rates: snapshot.rates },
    positions: snapshot.positions.map((p) => ({ account: p.account, instrument: p.instrument, quantity: p.quantity })),
  };
}
