import type { Database } from 'better-sqlite3';
import type { PositionRow } from '../../shared/bookView.ts';

/** A row as SQLite returns it: every PositionRow field but the derived market value. */
type PositionRecord = Omit<PositionRow, 'marketValue'>;

const selectRows = `
  SELECT p.id, p.account_id AS account, p.instrument_id AS instrument, i.kind, i.underlying,
         COALESCE(u.underlying, i.underlying, i.id) AS root, i.expiry,
         p.quantity, i.price, i.multiplier, COALESCE(i.currency, a.currency) AS currency
  FROM positions p JOIN instruments i ON i.id = p.instrument_id JOIN accounts a ON a.id = p.account_id
  LEFT JOIN instruments u ON u.id = i.underlying`;

export class PositionRepository {
  readonly #db: Database;
  constructor(db: Database) {
    this.#db = db;
  }

  list(): PositionRow[] {
    const rows = this.#db.prepare(`${selectRows} ORDER BY p.account_id, p.instrument_id`).all() as PositionRecord[];
    return rows.map(toRow);
  }

  get(id: number): PositionRow | null {
    const row = this.#db.prepare(`${selectRows} WHERE p.id = ?`).get(id) as PositionRecord | undefined;
    return row ? toRow(row) : null;
  }

  insert(account: string, instrument: string, quantity: number): number {
    return Number(
      this.#db.prepare('INSERT INTO positions (account_id, instrument_id, quantity) VALUES (?, ?, ?)').run(account, instrument, quantity).lastInsertRowid,
    );
  }

  setQuantity(id: number, quantity: number): boolean {
    return this.#db.prepare('UPDATE positions SET quantity = ? WHERE id = ?').run(quantity, id).changes === 1;
  }

  delete(id: number): boolean {
    return this.#db.prepare('DELETE FROM positions WHERE id = ?').run(id).changes === 1;
  }

  deleteAll(): void {
    this.#db.prepare('DELETE FROM positions').run();
  }
}

function toRow(r: PositionRecord): PositionRow {
  return { ...r, marketValue: r.price === null ? null : r.quantity * r.price * r.multiplier };
}
