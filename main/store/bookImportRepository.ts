import type { Database, Statement } from 'better-sqlite3';
import type { Instrument } from '../../shared/instrument.ts';
import type { Position } from '../../shared/portfolioDocument.ts';

/**
 * The writes of an import, the bulk ones with one prepared statement each so that a
 * 100,000-row file lands in well under a second: instruments (stored exactly as
 * `InstrumentRepository.upsert` stores them: queried fields in columns, the rest as JSON),
 * accounts, and one account's positions replaced at a time. Callers run these inside their
 * own transaction.
 */
export class BookImportRepository {
  readonly #db: Database;
  #upsertInstrument: Statement | undefined;
  #insertPosition: Statement | undefined;
  constructor(db: Database) {
    this.#db = db;
  }

  upsertInstruments(instruments: Iterable<Instrument>): number {
    this.#upsertInstrument ??= this.#db.prepare(
      `INSERT INTO instruments (id, kind, underlying, currency, multiplier, expiry, price, details)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, underlying = excluded.underlying,
         currency = excluded.currency, multiplier = excluded.multiplier, expiry = excluded.expiry,
         price = excluded.price, details = excluded.details`,
    );
    let count = 0;
    for (const instrument of instruments) {
      const { id, kind, underlying, currency, multiplier, expiry, price, ...details } = instrument;
      this.#upsertInstrument.run(id, kind, underlying ?? null, currency ?? null, multiplier ?? 1, expiry ?? null, price ?? null, JSON.stringify(details));
      count++;
    }
    return count;
  }

  /**
   * Creates an account or updates its currency and equity; its name and margin method (set in
   * the app) stay as they are.
   */
  upsertAccount(account: { id: string; name: string; currency: string; equity: number }): void {
    this.#db
      .prepare(
        `INSERT INTO accounts (id, name, currency, equity) VALUES (@id, @name, @currency, @equity)
         ON CONFLICT (id) DO UPDATE SET currency = excluded.currency, equity = excluded.equity`,
      )
      .run(account);
  }

  /** How many positions each account holds. */
  positionCounts(): Map<string, number> {
    const rows = this.#db.prepare('SELECT account_id AS account, COUNT(*) AS n FROM positions GROUP BY account_id').all() as { account: string; n: number }[];
    return new Map(rows.map((r) => [r.account, r.n]));
  }

  /** The positions of some accounts, by account then instrument. */
  positionsOf(accounts: readonly string[]): Position[] {
    const select = this.#db.prepare('SELECT account_id AS account, instrument_id AS instrument, quantity FROM positions WHERE account_id = ? ORDER BY instrument_id');
    return accounts.flatMap((account) => select.all(account) as Position[]);
  }

  /** Replaces every position of `account` with `positions` (one per instrument). */
  replacePositions(account: string, positions: Iterable<{ instrument: string; quantity: number }>): number {
    this.#db.prepare('DELETE FROM positions WHERE account_id = ?').run(account);
    this.#insertPosition ??= this.#db.prepare('INSERT INTO positions (account_id, instrument_id, quantity) VALUES (?, ?, ?)');
    let count = 0;
    for (const p of positions) {
      this.#insertPosition.run(account, p.instrument, p.quantity);
      count++;
    }
    return count;
  }
}
