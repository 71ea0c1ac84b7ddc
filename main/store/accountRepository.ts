import type { Database } from 'better-sqlite3';
import type { AccountRow } from '../../shared/bookView.ts';

export class AccountRepository {
  readonly #db: Database;
  constructor(db: Database) {
    this.#db = db;
  }

  list(): AccountRow[] {
    return this.#db
      .prepare("SELECT id, name, currency, equity, COALESCE(margin_method, 'gross-notional') AS marginMethod FROM accounts ORDER BY id")
      .all() as AccountRow[];
  }

  upsert(account: AccountRow): void {
    this.#db
      .prepare(
        `INSERT INTO accounts (id, name, currency, equity, margin_method) VALUES (@id, @name, @currency, @equity, @marginMethod)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, currency = excluded.currency, equity = excluded.equity,
           margin_method = excluded.margin_method`,
      )
      .run(account);
  }

  setMarginMethod(id: string, method: AccountRow['marginMethod']): boolean {
    return this.#db.prepare('UPDATE accounts SET margin_method = ? WHERE id = ?').run(method, id).changes === 1;
  }

  deleteAll(): void {
    this.#db.prepare('DELETE FROM accounts').run();
  }
}
