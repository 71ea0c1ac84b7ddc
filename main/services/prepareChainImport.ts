import type { ImportWarning, RowError } from '../../shared/importResult.ts';
import type { PreviewRow } from '../../shared/importPreview.ts';
import type { ParsedImportRequest } from '../../shared/importRequest.ts';
import type { Instrument } from '../../shared/instrument.ts';
import { bumpBookVersion } from '../store/bookVersion.ts';
import { addMissingUnderlyings } from './addMissingUnderlyings.ts';
import type { BookState } from './bookState.ts';
import { bookSnapshot } from './bookSnapshot.ts';
import { completeInstrument } from './completeInstrument.ts';
import { errorRowsOf } from './errorRowsOf.ts';
import type { PreparedImport } from './prepareImport.ts';
import type { ImportRead } from './readImportFile.ts';
import { underlyingInstrument } from './underlyingInstrument.ts';

/**
 * An option chain sets the marks and vols of its options (created when new, merged with the
 * book's otherwise) and the prices of the underlyings it quotes (the future or forward each
 * option is priced on, and the index under it), creating what is missing. Positions are
 * untouched; the book version moves, so margin recomputes with the new marks.
 */
export function prepareChainImport(read: Extract<ImportRead, { kind: 'optionChain' }>, book: BookState, request: ParsedImportRequest): PreparedImport {
  const { chain } = read;
  const errors: RowError[] = [...chain.errors];
  const warnings: ImportWarning[] = [...read.decodeWarnings, ...chain.warnings];
  const referenceYear = Number((request.options.asOf ?? book.asOf).slice(0, 4));
  const written = new Map<string, Instrument>();
  const firstLine = new Map<string, number>();
  const rows: PreviewRow[] = [];
  for (const option of chain.options) {
    const id = option.instrument.id;
    const earlier = firstLine.get(id);
    if (earlier !== undefined) {
      errors.push({ line: option.line, message: `${id}: a second quote (line ${earlier} has one)` });
      continue;
    }
    firstLine.set(id, option.line);
    written.set(id, { ...book.instruments.get(id), ...option.instrument });
    rows.push({ line: option.line, rawSymbol: option.rawSymbol, instrument: option.instrument });
  }
  const known = (id: string) => written.get(id) ?? book.instruments.get(id);
  for (const [id, quote] of chain.underlyings) {
    const referrer = [...written.values()].find((i) => i.underlying === id);
    const underlying = known(id) ?? (referrer ? completeInstrument(underlyingInstrument(id, referrer, referenceYear).instrument, book.baseCurrency) : undefined);
    if (!underlying) continue;
    written.set(id, { ...underlying, price: quote.price });
    const rootId = underlying.underlying;
    if (quote.index === undefined || rootId === undefined) continue;
    const root = known(rootId) ?? completeInstrument(underlyingInstrument(rootId, underlying, referenceYear).instrument, book.baseCurrency);
    written.set(rootId, { ...root, price: quote.index });
  }
  for (const [id, instrument] of written) {
    const underlyingCurrency = instrument.underlying === undefined ? undefined : known(instrument.underlying)?.currency;
    written.set(id, completeInstrument(instrument, underlyingCurrency ?? book.baseCurrency));
  }
  const created = [...written.keys()].filter((id) => !book.instruments.has(id) && !firstLine.has(id));
  const underlyingsCreated = [...created, ...addMissingUnderlyings(written, book.instruments, referenceYear, book.baseCurrency, warnings)].sort();
  for (const row of rows) row.instrument = written.get(row.instrument.id) ?? row.instrument;
  errors.sort((a, b) => a.line - b.line);
  return {
    preview: {
      fileName: read.fileName,
      format: 'option-chain',
      kind: 'optionChain',
      rows,
      errorRows: errorRowsOf(errors, read.sourceLine),
      errors,
      warnings,
      ambiguities: [],
      rememberedOverrides: {},
      accounts: [],
      positions: 0,
      instruments: written.size,
      underlyingsCreated,
      series: [],
      canCommit: rows.length > 0 && (errors.length === 0 || request.skipInvalid),
    },
    write({ store, bulk }) {
      const previousBook = bookSnapshot(book, [], [], [...written.keys()]);
      bulk.upsertInstruments(written.values());
      return { bookVersion: bumpBookVersion(store.db), previousBook };
    },
  };
}
