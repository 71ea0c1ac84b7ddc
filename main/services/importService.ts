import type { ImportBatchSummary, ImportOutcome, ImportPreview, SavedInstrumentOverride } from '../../shared/importPreview.ts';
import type { ImportedInstrument, MappingProfile } from '../../shared/importResult.ts';
import type { ParsedImportRequest } from '../../shared/importRequest.ts';
import { BookImportRepository } from '../store/bookImportRepository.ts';
import { readMeta } from '../store/bookVersion.ts';
import { ImportBatchRepository } from '../store/importBatchRepository.ts';
import { InstrumentOverrideRepository } from '../store/instrumentOverrideRepository.ts';
import { MappingProfileRepository } from '../store/mappingProfileRepository.ts';
import type { Store } from '../store/openStore.ts';
import { loadBookState, type BookState } from './bookState.ts';
import type { EventHub } from './eventHub.ts';
import { prepareImport } from './prepareImport.ts';
import { readImportFile, type ImportRead } from './readImportFile.ts';

/**
 * Importing files into the book (issue 6): broker exports, portfolio documents, price
 * histories and option chains. `preview` reads and plans without writing; `commit` plans again
 * inside one transaction and writes it all — positions, instruments, underlyings, equity, the
 * version bump and the import history — or nothing; then emits `bookChanged` (margin follows by
 * itself). Answers given with a commit are remembered for the next import.
 */
export class ImportService {
  readonly #store: Store;
  readonly #events: EventHub;
  readonly #now: () => Date;
  readonly #bulk: BookImportRepository;
  readonly #overrides: InstrumentOverrideRepository;
  readonly #profiles: MappingProfileRepository;
  readonly #batches: ImportBatchRepository;

  constructor(store: Store, events: EventHub, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#events = events;
    this.#now = now;
    this.#bulk = new BookImportRepository(store.db);
    this.#overrides = new InstrumentOverrideRepository(store.db);
    this.#profiles = new MappingProfileRepository(store.db);
    this.#batches = new ImportBatchRepository(store.db);
  }

  async preview(request: ParsedImportRequest): Promise<ImportPreview> {
    const read = await this.#read(request);
    return this.#store.transaction(() => prepareImport(read, this.#book(), request).preview);
  }

  async commit(request: ParsedImportRequest): Promise<ImportOutcome> {
    const read = await this.#read(request);
    const now = this.#now().toISOString();
    const outcome = this.#store.transaction((): ImportOutcome => {
      const prepared = prepareImport(read, this.#book(), request);
      const { preview } = prepared;
      if (!preview.canCommit) return outcomeOf(preview, null, null);
      const written = prepared.write({ store: this.#store, bulk: this.#bulk });
      for (const [symbol, override] of Object.entries(request.options.overrides ?? {})) this.#overrides.save(symbol, override, now);
      const batchId = this.#batches.insert({
        importedAt: now,
        fileName: request.fileName,
        format: preview.format,
        accounts: preview.accounts.map((a) => a.id),
        positions: preview.positions,
        skippedRows: preview.errorRows.length,
        bookVersion: written.bookVersion,
        previousBook: written.previousBook,
      });
      return outcomeOf(preview, written.bookVersion, batchId);
    });
    if (outcome.bookVersion !== null) this.#events.emit('bookChanged', { version: outcome.bookVersion });
    return outcome;
  }

  listMappingProfiles(): MappingProfile[] {
    return this.#profiles.list();
  }

  saveMappingProfile(profile: MappingProfile): MappingProfile {
    return this.#profiles.save(profile, this.#now().toISOString());
  }

  listInstrumentOverrides(): SavedInstrumentOverride[] {
    return this.#overrides.list();
  }

  /** Remembers an answer for a raw symbol (merged into what is remembered), or forgets it (`null`). */
  saveInstrumentOverride(rawSymbol: string, override: Partial<ImportedInstrument> | null): SavedInstrumentOverride | null {
    if (override === null) {
      this.#overrides.delete(rawSymbol);
      return null;
    }
    return this.#overrides.save(rawSymbol, override, this.#now().toISOString());
  }

  listImportBatches(limit: number): ImportBatchSummary[] {
    return this.#batches.list(limit);
  }

  #read(request: ParsedImportRequest): Promise<ImportRead> {
    const s = this.#store;
    return readImportFile(request, {
      savedOverrides: this.#overrides.all(),
      profiles: this.#profiles.list(),
      asOf: readMeta(s.db, 'as_of') ?? this.#today(),
      priceOf: (id) => s.instruments.get(id)?.price,
    });
  }

  #book(): BookState {
    return loadBookState(this.#store, this.#bulk, this.#today());
  }

  #today(): string {
    return this.#now().toISOString().slice(0, 10);
  }
}

function outcomeOf(preview: ImportPreview, bookVersion: number | null, batchId: number | null): ImportOutcome {
  return {
    format: preview.format,
    kind: preview.kind,
    accounts: preview.accounts.map((a) => a.id),
    positions: preview.positions,
    instruments: preview.instruments,
    underlyingsCreated: preview.underlyingsCreated,
    series: preview.series,
    errors: preview.errors,
    warnings: preview.warnings,
    ambiguities: preview.ambiguities,
    written: batchId !== null,
    bookVersion,
    batchId,
  };
}
