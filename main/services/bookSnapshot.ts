import type { Instrument } from '../../shared/instrument.ts';
import { portfolioFormat, type PortfolioDocument, type Position } from '../../shared/portfolioDocument.ts';
import type { BookState } from './bookState.ts';

/**
 * Some accounts of the book as a portfolio document (with the instruments their positions need,
 * underlyings included), kept in the import history as the book an import replaced.
 * `extraInstruments` adds instruments an import changes without holding them (option chains).
 */
export function bookSnapshot(book: BookState, accounts: readonly string[], positions: readonly Position[], extraInstruments: readonly string[] = []): PortfolioDocument {
  const needed = new Map<string, Instrument>();
  const need = (id: string) => {
    const instrument = book.instruments.get(id);
    if (!instrument || needed.has(id)) return;
    needed.set(id, instrument);
    if (instrument.underlying !== undefined) need(instrument.underlying);
  };
  positions.forEach((p) => need(p.instrument));
  extraInstruments.forEach(need);
  return {
    format: portfolioFormat,
    asOf: book.asOf,
    baseCurrency: book.baseCurrency,
    accounts: accounts.flatMap((id) => {
      const a = book.accounts.get(id);
      return a ? [{ id: a.id, name: a.name, currency: a.currency, equity: a.equity }] : [];
    }),
    instruments: [...needed.values()].sort((a, b) => a.id.localeCompare(b.id)),
    market: { rates: book.rates },
    positions: [...positions],
  };
}
