import type { Database } from 'better-sqlite3';
import type { Instrument } from '../../shared/instrument.ts';

interface InstrumentRecord {
  id: string;
  kind: Instrument['kind'];
  underlying: string | null;
  currency: string | null;
  multiplier: number;
  expiry: string | null;
  price: number | null;
  details: string;
}

/** Instruments keep their queried fields in columns and the rest of the spec's fields as JSON. */
export class InstrumentRepository {
  readonly #db: Database;
  constructor(db: Database) {
    this.#db = db;
  }

  list(): Instrument[] {
    const rows = this.#db.prepare('SELECT * FROM instruments ORDER BY id').all() as InstrumentRecord[];
    return rows.map(toInstrument);
  }

  get(id: string): Instrument | null {
    const row = this.#db.prepare('SELECT * FROM instruments WHERE id = ?').get(id) as InstrumentRecord | undefined;
    return row ? toInstrument(row) : null;
  }

  upsert(instrument: Instrument): void {
    const { id, kind, underlying, currency, multiplier, expiry, price, ...details } = instrument;
    this.#db
      .prepare(
        `INSERT INTO instruments (id, kind, underlying, currency, multiplier, expiry, price, details)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, underlying = excluded.underlying,
           currency = excluded.currency, multiplier = excluded.multiplier, expiry = excluded.expiry,
           price = excluded.price, details = excluded.details`,
      )
      .run(id, kind, underlying ?? null, currency ?? null, multiplier ?? 1, expiry ?? null, price ?? null, JSON.stringify(details));
  }

  setPrice(id: string, price: number): boolean {
    return this.#db.prepare('UPDATE instruments SET price = ? WHERE id = ?').run(price, id).changes === 1;
  }

  /** Removes instruments no position holds and no other instrument names as its underlying. */
  deleteUnused(): number {
    return this.#db
      .prepare(
        `DELETE FROM instruments WHERE id NOT IN (SELECT instrument_id FROM positions)
           AND id NOT IN (SELECT underlying FROM instruments WHERE underlying IS NOT NULL)`,
      )
      .run().changes;
  }
}

function toInstrument(row: InstrumentRecord): Instrument {
  const details = JSON.parse(row.details) as Partial<Instrument>;
  const instrument: Instrument = { ...details, id: row.id, kind: row.kind, multiplier: row.multiplier };
  if (row.underlying !== null) instrument.underlying = row.underlying;
  if (row.currency !== null) instrument.currency = row.currency;
  if (row.expiry !== null) instrument.expiry = row.expiry;
  if (row.price !== null) instrument.price = row.price;
  return instrument;
}
