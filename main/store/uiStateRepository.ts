import type { Database } from 'better-sqlite3';
import type { UiState } from '../../shared/uiState.ts';

/** The renderer's remembered state (key → JSON), kept in the user's database. */
export class UiStateRepository {
  readonly #db: Database;
  constructor(db: Database) {
    this.#db = db;
  }

  all(): UiState {
    const rows = this.#db.prepare('SELECT key, value FROM ui_state ORDER BY key').all() as { key: string; value: string }[];
    return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  }

  has(key: string): boolean {
    return this.#db.prepare('SELECT 1 FROM ui_state WHERE key = ?').get(key) !== undefined;
  }

  count(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM ui_state').get() as { n: number }).n;
  }

  set(key: string, value: unknown, now: string): void {
    this.#db
      .prepare('INSERT INTO ui_state (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
      .run(key, JSON.stringify(value), now);
  }

  delete(key: string): void {
    this.#db.prepare('DELETE FROM ui_state WHERE key = ?').run(key);
  }
}
