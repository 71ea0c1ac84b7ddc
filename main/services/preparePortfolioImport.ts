import type { ImportWarning } from '../../shared/importResult.ts';
import type { PlannedAccount, PreviewRow } from '../../shared/importPreview.ts';
import type { BookState } from './bookState.ts';
import { bookSnapshot } from './bookSnapshot.ts';
import { errorRowsOf } from './errorRowsOf.ts';
import type { PreparedImport } from './prepareImport.ts';
import type { ImportRead } from './readImportFile.ts';
import { replaceBook } from './replaceBook.ts';

/** A portfolio document replaces the whole book, all or nothing (skipping rows does not apply). */
export function preparePortfolioImport(read: Extract<ImportRead, { kind: 'portfolio' }>, book: BookState): PreparedImport {
  const { document, errors, positionLines } = read.portfolio;
  const warnings: ImportWarning[] = [...read.decodeWarnings, { message: 'a portfolio document replaces the whole book: every account, instrument, rate and the as-of date' }];
  const instruments = new Map(document?.instruments.map((i) => [i.id, i]) ?? []);
  const rows: PreviewRow[] = (document?.positions ?? []).map((p, index) => ({
    line: positionLines[index] ?? 1,
    account: p.account,
    fileAccount: p.account,
    rawSymbol: p.instrument,
    instrument: instruments.get(p.instrument) ?? { id: p.instrument, kind: 'equity' },
    quantity: p.quantity,
  }));
  const accounts: PlannedAccount[] = (document?.accounts ?? []).map((a) => ({
    id: a.id,
    fileAccounts: [a.id],
    isNew: !book.accounts.has(a.id),
    currency: a.currency ?? document?.baseCurrency ?? book.baseCurrency,
    equity: a.equity ?? 0,
    positionsBefore: book.positionCounts.get(a.id) ?? 0,
    positionsAfter: rows.filter((r) => r.account === a.id).length,
  }));
  if (document) {
    for (const [id, account] of book.accounts) {
      if (accounts.some((a) => a.id === id)) continue;
      warnings.push({ message: `account ${id} is not in the document and is removed with its positions` });
      accounts.push({ id, fileAccounts: [], isNew: false, currency: account.currency, equity: null, positionsBefore: book.positionCounts.get(id) ?? 0, positionsAfter: 0 });
    }
  }
  return {
    preview: {
      fileName: read.fileName,
      format: 'scanline-portfolio',
      kind: 'portfolio',
      ...(document ? { statementDate: document.asOf } : {}),
      rows,
      errorRows: errorRowsOf(errors, read.sourceLine),
      errors,
      warnings,
      ambiguities: [],
      rememberedOverrides: {},
      accounts,
      positions: rows.length,
      instruments: instruments.size,
      underlyingsCreated: [],
      series: [],
      canCommit: document !== null,
    },
    write({ store, bulk }) {
      if (!document) throw new Error(`${read.fileName}: a document with errors cannot be written`);
      const all = [...book.accounts.keys()];
      const previousBook = bookSnapshot(book, all, bulk.positionsOf(all));
      return { bookVersion: replaceBook(store, document), previousBook };
    },
  };
}
