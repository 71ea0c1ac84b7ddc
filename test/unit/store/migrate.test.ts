import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/store/migrate.ts';
import { latestSchemaVersion, migrations } from '../../../main/store/migrations.ts';
import { MarginRunRepository } from '../../../main/store/marginRunRepository.ts';
import { openStore } from '../../../main/store/openStore.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A margin run's accounts as versions 3 to 6 kept them: one JSON blob per run. */
const oldRunAccounts = [
  {
    id: 'OLD',
    currency: 'USD',
    initial: 1250.5,
    maintenance: 1000.25,
    components: { worstLoss: 1250.5 },
    groups: [
      { id: 'XYZ', currency: 'USD', requirement: 1250.5, worstScenario: { id: 'down 15%', loss: 1250.5 }, components: { worstLoss: 1250.5 }, contributions: [{ position: 0, instrument: 'XYZ', quantity: 5, pnl: -0.1 - 0.2 }], notes: ['range −15% / +15%'] },
      { id: 'ABC', currency: 'USD', requirement: 0, worstScenario: null, components: {}, contributions: [{ position: 1, instrument: 'XYZ', quantity: -2, pnl: 1e-7 }, { position: 2, instrument: 'ABC', quantity: 1, pnl: 3 }] },
    ],
    excluded: [{ position: 3, instrument: 'DEF', reason: 'no price for "DEF"' }],
    requirement: 1250.5,
    equity: 123,
    excess: -1127.5,
    method: 'finra-pm',
    ruleSet: { id: 'r', version: 1 },
  },
  { id: 'EMPTY', currency: 'EUR', initial: 0, maintenance: 0, components: {}, groups: [], excluded: [], requirement: 0, equity: 0, excess: 0, method: 'span', ruleSet: { id: 'r', version: 1 } },
];

/** Rows written at each schema version, to check that every later migration keeps them. */
const writeAt: Record<number, (db: Database.Database) => void> = {
  1: (db) => {
    db.prepare("INSERT INTO accounts (id, name, currency, equity) VALUES ('OLD', 'Old desk', 'USD', 123)").run();
    db.prepare("INSERT INTO instruments (id, kind, multiplier, price) VALUES ('XYZ', 'equity', 1, 10)").run();
    db.prepare("INSERT INTO positions (account_id, instrument_id, quantity) VALUES ('OLD', 'XYZ', 5)").run();
  },
  2: (db) => db.prepare("INSERT INTO price_history (series, date, close) VALUES ('XYZ', '2024-01-02', 9.5)").run(),
  3: (db) => {
    db.prepare("INSERT INTO rule_sets (id, version, kind, name, effective_date, created_at, document) VALUES ('r', 1, 'm', 'R', NULL, 'now', '{}')").run();
    db.prepare("INSERT INTO margin_runs (id, created_at, book_version, fingerprint, elapsed_ms, result) VALUES (1, '2024-01-02T10:00:00.000Z', 4, 'f', 5.5, ?)").run(JSON.stringify(oldRunAccounts));
    const summary = db.prepare('INSERT INTO margin_run_accounts (run_id, account_id, method, rule_set_id, rule_set_version, requirement, equity) VALUES (1, ?, ?, ?, ?, ?, ?)');
    for (const a of oldRunAccounts) summary.run(a.id, a.method, a.ruleSet.id, a.ruleSet.version, a.requirement, a.equity);
  },
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
      if (start >= 3) expectOldRunReadable(db);
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

/** The run written at version 3, read back per account after the upgrade (margin runs split per account at version 7). */
function expectOldRunReadable(db: Database.Database): void {
  const runs = new MarginRunRepository(db);
  const [old, empty] = oldRunAccounts as [(typeof oldRunAccounts)[number], (typeof oldRunAccounts)[number]];
  const headline = ({ groups, excluded, ...figures }: (typeof oldRunAccounts)[number]) => ({ ...figures, groupCount: groups.length, excludedCount: excluded.length });
  expect(JSON.stringify(runs.latestHeadline())).toBe(JSON.stringify({ runId: 1, bookVersion: 4, computedAt: '2024-01-02T10:00:00.000Z', elapsedMs: 5.5, accounts: [headline(old), headline(empty)] }));
  expect(JSON.stringify(runs.account(1, 'OLD'))).toBe(JSON.stringify(old));
  expect(runs.account(1, 'EMPTY')).toEqual(empty);
  expect(runs.positions(1)!.accounts.map((a) => [a.headline.id, a.contributions, a.exclusions])).toEqual([
    ['OLD', [['XYZ', 5, -0.1 - 0.2], ['XYZ', -2, 1e-7], ['ABC', 1, 3]], [[3, 'no price for "DEF"']]],
    ['EMPTY', [], []],
  ]);
  expect(runs.list(5)).toEqual([
    {
      runId: 1,
      bookVersion: 4,
      computedAt: '2024-01-02T10:00:00.000Z',
      accounts: [
        { account: 'EMPTY', method: 'span', ruleSet: { id: 'r', version: 1 }, requirement: 0, equity: 0 },
        { account: 'OLD', method: 'finra-pm', ruleSet: { id: 'r', version: 1 }, requirement: 1250.5, equity: 123 },
      ],
    },
  ]);
}
