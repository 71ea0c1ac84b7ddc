import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/store/migrate.ts';
import { latestSchemaVersion, migrations } from '../../../main/store/migrations.ts';
import { openStore } from '../../../main/store/openStore.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Rows written at each schema version, to check that every later migration keeps them. */
const writeAt: Record<number, (db: Database.Database) => void> = {
  1: (db) => {
    db.prepare("INSERT INTO accounts (id, name, currency, equity) VALUES ('OLD', 'Old desk', 'USD', 123)").run();
    db.prepare("INSERT INTO instruments (id, kind, multiplier, price) VALUES ('XYZ', 'equity', 1, 10)").run();
    db.prepare("INSERT INTO positions (account_id, instrument_id, quantity) VALUES ('OLD', 'XYZ', 5)").run();
  },
  2: (db) => db.prepare("INSERT INTO price_history (series, date, close) VALUES ('XYZ', '2024-01-02', 9.5)").run(),
  3: (db) => db.prepare("INSERT INTO rule_sets (id, version, kind, name, effective_date, created_at, document) VALUES ('r', 1, 'm', 'R', NULL, 'now', '{}')").run(),
};

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(Array.from({ length: migrations.length }, (_, i) => i + 1));
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  for (let start = 0; start < latestSchemaVersion; start++) {
    it(`upgrade a database at version ${start} to the latest, keeping its data`, () => {
      const db = new Database(':memory:');
      for (let v = 1; v <= start; v++) {
        migrate(db, v);
        writeAt[v]?.(db);
      }
      expect(db.pragma('user_version', { simple: true })).toBe(start);
      expect(migrate(db)).toBe(latestSchemaVersion);
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      if (start >= 1) expect(db.prepare("SELECT quantity FROM positions WHERE account_id = 'OLD'").get()).toEqual({ quantity: 5 });
      if (start >= 2) expect(db.prepare("SELECT close FROM price_history WHERE series = 'XYZ'").get()).toEqual({ close: 9.5 });
      db.close();
    });
  }

  it('a failing migration leaves the database at the previous version', () => {
    const db = new Database(':memory:');
    const broken = [...migrations, { version: latestSchemaVersion + 1, name: 'broken', sql: 'CREATE TABLE t (a); INSERT INTO nowhere VALUES (1);' }];
    expect(() => migrate(db, Number.POSITIVE_INFINITY, broken)).toThrow(/nowhere/);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 't'").get()).toBeUndefined();
  });

  it('a store opens in WAL mode with foreign keys on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scanline-store-'));
    const store = openStore(join(dir, 'book.db'));
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => store.positions.insert('NOBODY', 'NOTHING', 1)).toThrow(/FOREIGN KEY/);
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
