import type { Database } from 'better-sqlite3';
import type { ImportBatchSummary } from '../../shared/importPreview.ts';
import type { PortfolioDocument } from '../../shared/portfolioDocument.ts';

interface BatchRecord {
  id: number;
  imported_at: string;
  file_name: string;
  format: string;
  accounts: string;
  positions: number;
  skipped_rows: number;
  book_version: number | null;
}

export interface NewImportBatch extends Omit<ImportBatchSummary, 'id'> {
  /** The accounts it replaced as they were before (a portfolio document of just those accounts). */
  previousBook: PortfolioDocument;
}

/** Import history: every committed import with the book it replaced, newest first. */
export class ImportBatchRepository {
  readonly #db: Database;
  constructor(db: Database) {
    this.#db = db;
  }

  insert(batch: NewImportBatch): number {
    return Number(
      this.#db
        .prepare(
          `INSERT INTO import_batches (imported_at, file_name, format, accounts, positions, skipped_rows, book_version, previous_book)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(batch.importedAt, batch.fileName, batch.format, JSON.stringify(batch.accounts), batch.positions, batch.skippedRows, batch.bookVersion, JSON.stringify(batch.previousBook))
        .lastInsertRowid,
    );
  }

  list(limit: number): ImportBatchSummary[] {
    const rows = this.#db
      .prepare('SELECT id, imported_at, file_name, format, accounts, positions, skipped_rows, book_version FROM import_batches ORDER BY id DESC LIMIT ?')
      .all(limit) as BatchRecord[];
    return rows.map((r) => ({
      id: r.id,
      importedAt: r.imported_at,
      fileName: r.file_name,
      format: r.format,
      accounts: JSON.parse(r.accounts) as string[],
      positions: r.positions,
      skippedRows: r.skipped_rows,
      bookVersion: r.book_version,
    }));
  }

  previousBook(id: number): PortfolioDocument | null {
    const row = this.#db.prepare('SELECT previous_book FROM import_batches WHERE id = ?').get(id) as { previous_book: string } | undefined;
    return row ? (JSON.parse(row.previous_book) as PortfolioDocument) : null;
  }
}
