import type { Ambiguity, ImportedInstrument, ImportWarning, MappingProfile, MappingRequest, RowError } from './importResult.ts';
import type { ImportFormat } from './importRequest.ts';

/** What a file holds: positions of some accounts, a whole book, or market data. */
export type ImportKind = 'positions' | 'portfolio' | 'prices' | 'optionChain';

/** One row the import would write, as the preview grid shows it. */
export interface PreviewRow {
  line: number;
  /** Every line netted into this row, when more than `line`. */
  lines?: number[];
  /** The book account it goes to (after the account mapping); absent for market data. */
  account?: string;
  /** The account as the file names it. */
  fileAccount?: string;
  rawSymbol: string;
  /** The instrument as it will be stored: multiplier, settlement, exercise, underlying and currency explicit. */
  instrument: ImportedInstrument;
  quantity?: number;
  /** The file's own quantity when it was converted (`fileQuantity` USD of an inverse contract). */
  fileQuantity?: number;
  quantityCurrency?: string;
}

/** A line that will not be written, with every reason and, when one value fixes it, what to ask for. */
export interface ErrorRow {
  line: number;
  /** The line's text as the file has it (empty for spreadsheets). */
  source: string;
  problems: { field?: string; message: string }[];
  /** An instrument field the user can give as a remembered override for `rawSymbol`. */
  fix?: { rawSymbol: string; field: 'expiry' | 'multiplier' | 'underlying' | 'currency' | 'kind' | 'strike' | 'right' };
}

/** A book account the import replaces the positions of (or creates). */
export interface PlannedAccount {
  id: string;
  /** The file's accounts mapped to it. */
  fileAccounts: string[];
  isNew: boolean;
  currency: string;
  /** Account equity from the statement (IB Net Asset Value…), when it gives one that applies. */
  equity: number | null;
  positionsBefore: number;
  positionsAfter: number;
}

/** One price series of a price-history file. */
export interface SeriesSummary {
  series: string;
  first: string;
  last: string;
  count: number;
}

/** What `previewImport` returns: everything read, and what `commitImport` would write. */
export interface ImportPreview {
  fileName: string;
  format: ImportFormat | 'unknown';
  kind: ImportKind;
  statementDate?: string;
  rows: PreviewRow[];
  errorRows: ErrorRow[];
  /** Every error (line and reason); the file writes nothing while any remains unless skipped. */
  errors: RowError[];
  warnings: ImportWarning[];
  ambiguities: Ambiguity[];
  mappingRequest?: MappingRequest;
  /** The column mapping the generic CSV was read with (given, or a saved profile that fits). */
  mappingProfile?: MappingProfile;
  /** Saved answers (by raw symbol) that this read applied. */
  rememberedOverrides: Record<string, Partial<ImportedInstrument>>;
  accounts: PlannedAccount[];
  positions: number;
  /** Instruments written: those of the rows plus the underlyings created. */
  instruments: number;
  /** Underlyings the rows refer to that neither the book nor the file has; created by the import. */
  underlyingsCreated: string[];
  series: SeriesSummary[];
  /** Whether `commitImport` with the same request would write. */
  canCommit: boolean;
}

/** What `commitImport` (and the `import` command) report. */
export interface ImportOutcome {
  format: ImportFormat | 'unknown';
  kind: ImportKind;
  accounts: string[];
  positions: number;
  instruments: number;
  underlyingsCreated: string[];
  series: SeriesSummary[];
  errors: RowError[];
  warnings: ImportWarning[];
  ambiguities: Ambiguity[];
  written: boolean;
  /** The book version after the write (null when nothing was written or only price history was). */
  bookVersion: number | null;
  /** The import-history entry (null when nothing was written). */
  batchId: number | null;
}

/** One past import, newest first in `listImportBatches`. */
export interface ImportBatchSummary {
  id: number;
  importedAt: string;
  fileName: string;
  format: string;
  accounts: string[];
  positions: number;
  skippedRows: number;
  bookVersion: number | null;
}

/** A remembered instrument override. */
export interface SavedInstrumentOverride {
  rawSymbol: string;
  override: Partial<ImportedInstrument>;
  updatedAt: string;
}
