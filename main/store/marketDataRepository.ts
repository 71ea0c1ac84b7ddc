import type { Database } from 'better-sqlite3';

export interface DailyClose {
  date: string;
  close: number;
}

/** Daily closes per series (an instrument id or a vol index such as VIX) and discount rates. */
export class MarketDataRepository {
  readonly #db: Database;
  constructor(db: Database) {
    this.#db = db;
  }

  /** Inserts or replaces closes in one transaction; returns how many were written. */
  putCloses(series: string, closes: readonly DailyClose[]): number {
    const insert = this.#db.prepare('INSERT OR REPLACE INTO price_history (series, date, close) VALUES (?, ?, ?)');
    this.#db.transaction(() => {
      for (const c of closes) insert.run(series, c.date, c.close);
    })();
    return closes.length;
  }

  closes(series: string, from = '0000-01-01', to = '9999-12-31'): DailyClose[] {
    return this.#db
      .prepare('SELECT date, close FROM price_history WHERE series = ? AND date BETWEEN ? AND ? ORDER BY date')
      .all(series, from, to) as DailyClose[];
  }

  seriesList(): { series: string; first: string; last: string; count: number }[] {
    return this.#db
      .prepare('SELECT series, MIN(date) AS first, MAX(date) AS last, COUNT(*) AS count FROM price_history GROUP BY series ORDER BY series')
      .all() as { series: string; first: string; last: string; count: number }[];
  }

  rates(): Record<string, number> {
    const rows = this.#db.prepare('SELECT currency, rate FROM rates').all() as { currency: string; rate: number }[];
    return Object.fromEntries(rows.map((r) => [r.currency, r.rate]));
  }

  setRate(currency: string, rate: number): void {
    this.#db.prepare('INSERT OR REPLACE INTO rates (currency, rate) VALUES (?, ?)').run(currency, rate);
  }
}
