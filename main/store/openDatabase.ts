import Database from 'better-sqlite3';
import { migrate } from './migrate.ts';

export interface OpenOptions {
  /** Open read-only (worker threads): no migrations, no writes. */
  readonly?: boolean;
}

/**
 * Opens the book. `busy_timeout` is set before WAL so a reader never fails on a writer's lock;
 * the writer connection applies pending migrations.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  }
  return db;
}
