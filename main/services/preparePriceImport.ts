import type { ParsedImportRequest } from '../../shared/importRequest.ts';
import type { SeriesSummary } from '../../shared/importPreview.ts';
import type { BookState } from './bookState.ts';
import { bookSnapshot } from './bookSnapshot.ts';
import { errorRowsOf } from './errorRowsOf.ts';
import type { PreparedImport } from './prepareImport.ts';
import type { ImportRead } from './readImportFile.ts';

/** A price history goes into `price_history` (a close per series and date, replaced when there is one); the book is unchanged. */
export function preparePriceImport(read: Extract<ImportRead, { kind: 'prices' }>, book: BookState, request: ParsedImportRequest): PreparedImport {
  const { history } = read;
  const series: SeriesSummary[] = [...history.series].map(([name, closes]) => ({ series: name, first: closes[0]?.date ?? '', last: closes.at(-1)?.date ?? '', count: closes.length }));
  const closes = series.reduce((sum, s) => sum + s.count, 0);
  return {
    preview: {
      fileName: read.fileName,
      format: 'price-history',
      kind: 'prices',
      rows: [],
      errorRows: errorRowsOf(history.errors, read.sourceLine),
      errors: history.errors,
      warnings: [...read.decodeWarnings, ...history.warnings],
      ambiguities: [],
      rememberedOverrides: {},
      accounts: [],
      positions: 0,
      instruments: 0,
      underlyingsCreated: [],
      series,
      canCommit: closes > 0 && (history.errors.length === 0 || request.skipInvalid),
    },
    write({ store }) {
      for (const [name, list] of history.series) store.marketData.putCloses(name, list);
      return { bookVersion: null, previousBook: bookSnapshot(book, [], []) };
    },
  };
}
