import type { Database } from 'better-sqlite3';
import type { ImportedInstrument } from '../../shared/importResult.ts';
import type { SavedInstrumentOverride } from '../../shared/importPreview.ts';

interface OverrideRecord {
  raw_symbol: string;
  override: string;
  updated_at: string;
}

/**
 * The user's answers about instruments, by the raw symbol a file writes (`SIK4` →
 * `{ multiplier: 1000 }`), remembered so the next import of that symbol applies them by itself.
 */
export class InstrumentOverrideRepository {
  readonly #db: Database;
  constructor(db: Database) {
    this.#db = db;
  }

  list(): SavedInstrumentOverride[] {
    const rows = this.#db.prepare('SELECT * FROM instrument_overrides ORDER BY raw_symbol').all() as OverrideRecord[];
    return rows.map((r) => ({ rawSymbol: r.raw_symbol, override: JSON.parse(r.override) as Partial<ImportedInstrument>, updatedAt: r.updated_at }));
  }

  /** Every override as the importer takes them: `{ [rawSymbol]: override }`. */
  all(): Record<string, Partial<ImportedInstrument>> {
    return Object.fromEntries(this.list().map((o) => [o.rawSymbol, o.override]));
  }

  /** Merges `override` into what is remembered for `rawSymbol` (the newer answer wins per field). */
  save(rawSymbol: string, override: Partial<ImportedInstrument>, now: string): SavedInstrumentOverride {
    const before = this.#db.prepare('SELECT override FROM instrument_overrides WHERE raw_symbol = ?').get(rawSymbol) as { override: string } | undefined;
    const merged = { ...(before ? (JSON.parse(before.override) as Partial<ImportedInstrument>) : {}), ...override };
    this.#db
      .prepare(
        `INSERT INTO instrument_overrides (raw_symbol, override, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (raw_symbol) DO UPDATE SET override = excluded.override, updated_at = excluded.updated_at`,
      )
      .run(rawSymbol, JSON.stringify(merged), now);
    return { rawSymbol, override: merged, updatedAt: now };
  }

  delete(rawSymbol: string): boolean {
    return this.#db.prepare('DELETE FROM instrument_overrides WHERE raw_symbol = ?').run(rawSymbol).changes === 1;
  }
}
