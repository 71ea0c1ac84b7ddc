import type { ImportPreview } from '../../shared/importPreview.ts';
import type { ParsedImportRequest } from '../../shared/importRequest.ts';
import type { PortfolioDocument } from '../../shared/portfolioDocument.ts';
import type { BookImportRepository } from '../store/bookImportRepository.ts';
import type { Store } from '../store/openStore.ts';
import type { BookState } from './bookState.ts';
import { prepareChainImport } from './prepareChainImport.ts';
import { preparePortfolioImport } from './preparePortfolioImport.ts';
import { preparePositionImport } from './preparePositionImport.ts';
import { preparePriceImport } from './preparePriceImport.ts';
import type { ImportRead } from './readImportFile.ts';

/** A file planned against the book: what the preview shows, and the write that does exactly that. */
export interface PreparedImport {
  preview: ImportPreview;
  /** Writes the import; the caller runs it inside the transaction the plan was made in. */
  write(target: { store: Store; bulk: BookImportRepository }): WrittenImport;
}

export interface WrittenImport {
  /** The new book version, or null when the book itself did not change (price history). */
  bookVersion: number | null;
  /** What the import replaced, for the import history. */
  previousBook: PortfolioDocument;
}

/** Plans a read file against the book as it is now. */
export function prepareImport(read: ImportRead, book: BookState, request: ParsedImportRequest): PreparedImport {
  switch (read.kind) {
    case 'positions':
      return preparePositionImport(read, book, request);
    case 'portfolio':
      return preparePortfolioImport(read, book);
    case 'prices':
      return preparePriceImport(read, book, request);
    case 'optionChain':
      return prepareChainImport(read, book, request);
  }
}
