import type { Database } from 'better-sqlite3';
import type { AccountRow } from '../../shared/bookView.ts';

export class AccountRepository {
  readonly #db: Database;
  constructor(db: Database) {
    this.#db = db;
  }

  list(): AccountRow[] {
    return this.#db.prepare('SELECT id, name, currency, equity FROM accounts ORDER BY id').all() as AccountRow[];
  }

  upsert(account: AccountRow): void {
    this.#db
      .prepare(
        `INSERT INTO accounts (id, name, currency, equity) VALUES (@id, @name, @currency, @equity)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, currency = excluded.currency, equity = excluded.equity`,
      )
      .run(account);
  }

  deleteAll(): void {
    this.#db.prepare('DELETE FROM accounts').run();
  }
}
