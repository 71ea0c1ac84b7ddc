import type { PortfolioDocument } from '../../../shared/portfolioDocument.ts';
import { resolveBook } from '../resolveBook.ts';
import type { MarginInput } from './marginMethod.ts';

/** Resolves a portfolio document once into what every margin method reads. */
export function marginInputFromDocument(doc: PortfolioDocument): MarginInput {
  return {
    asOf: doc.asOf,
    book: resolveBook(doc),
    instruments: doc.instruments,
    positions: doc.positions,
    accounts: doc.accounts.map((a) => ({ id: a.id, currency: a.currency ?? doc.baseCurrency, equity: a.equity ?? 0 })),
  };
}
