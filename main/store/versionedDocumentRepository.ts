import type { Database } from 'better-sqlite3';
import type { VersionedEntry } from '../../shared/libraryView.ts';

export type VersionedTable = 'rule_sets' | 'scenario_sets';

interface VersionedRecord {
  id: string;
  version: number;
  kind: string;
  name: string;
  effective_date: string | null;
  created_at: string;
  document: string;
}

export interface NewVersion {
  id: string;
  kind: string;
  name: string;
  effectiveDate: string | null;
  document: unknown;
}

/**
 * Rule sets and scenario sets are versioned documents: saving never overwrites, it adds the
 * next version, so every margin run can name the exact version it used.
 */
export class VersionedDocumentRepository {
  readonly #db: Database;
  readonly #table: VersionedTable;
  constructor(db: Database, table: VersionedTable) {
    this.#db = db;
    this.#table = table;
  }

  /** The newest version of every live document. */
  listLatest(): VersionedEntry[] {
    const rows = this.#db
      .prepare(
        `SELECT t.* FROM ${this.#table} t
         WHERE t.deleted = 0 AND t.version = (SELECT MAX(version) FROM ${this.#table} WHERE id = t.id)
         ORDER BY t.kind, t.name`,
      )
      .all() as VersionedRecord[];
    return rows.map(toEntry);
  }

  versions(id: string): VersionedEntry[] {
    const rows = this.#db.prepare(`SELECT * FROM ${this.#table} WHERE id = ? ORDER BY version DESC`).all(id) as VersionedRecord[];
    return rows.map(toEntry);
  }

  get(id: string, version?: number): VersionedEntry | null {
    const row = (
      version === undefined
        ? this.#db.prepare(`SELECT * FROM ${this.#table} WHERE id = ? AND deleted = 0 ORDER BY version DESC LIMIT 1`).get(id)
        : this.#db.prepare(`SELECT * FROM ${this.#table} WHERE id = ? AND version = ?`).get(id, version)
    ) as VersionedRecord | undefined;
    return row ? toEntry(row) : null;
  }

  /** Saves the next version of `id` (1 for a new id) and returns it. */
  save(entry: NewVersion, createdAt: string): VersionedEntry {
    const last = this.#db.prepare(`SELECT MAX(version) AS v FROM ${this.#table} WHERE id = ?`).get(entry.id) as { v: number | null };
    const version = (last.v ?? 0) + 1;
    this.#db
      .prepare(`INSERT INTO ${this.#table} (id, version, kind, name, effective_date, created_at, document) VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(entry.id, version, entry.kind, entry.name, entry.effectiveDate, createdAt, JSON.stringify(entry.document));
    return { id: entry.id, version, kind: entry.kind, name: entry.name, effectiveDate: entry.effectiveDate, createdAt, document: entry.document };
  }

  /** Hides every version of `id` from lists; each stays readable by version. Returns how many. */
  softDelete(id: string): number {
    return this.#db.prepare(`UPDATE ${this.#table} SET deleted = 1 WHERE id = ?`).run(id).changes;
  }

  count(): number {
    return (this.#db.prepare(`SELECT COUNT(*) AS n FROM ${this.#table}`).get() as { n: number }).n;
  }
}

function toEntry(r: VersionedRecord): VersionedEntry {
  return { id: r.id, version: r.version, kind: r.kind, name: r.name, effectiveDate: r.effective_date, createdAt: r.created_at, document: JSON.parse(r.document) as unknown };
}
