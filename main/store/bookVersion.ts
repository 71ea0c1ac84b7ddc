import type { Database } from 'better-sqlite3';

/** The book's write counter: every write to accounts, instruments or positions bumps it. */
export function readBookVersion(db: Database): number {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'book_version'").get() as { value: string };
  return Number(row.value);
}

export function bumpBookVersion(db: Database): number {
  db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'book_version'").run();
  return readBookVersion(db);
}

export function readMeta(db: Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeMeta(db: Database, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
