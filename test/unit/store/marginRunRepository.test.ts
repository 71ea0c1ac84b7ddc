import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../../main/services/seedDatabase.ts';
import { MarginRunRepository, type SavedMarginRun } from '../../../main/store/marginRunRepository.ts';
import { storedAccountMargin } from '../../../main/store/storedAccountMargin.ts';
import { migrate } from '../../../main/store/migrate.ts';
import { openStore } from '../../../main/store/openStore.ts';
import { computeAccountMargins } from '../../../main/worker/computeAccountMargins.ts';
import { recordingJob } from '../../fixtures/recordingJob.ts';
import type { AccountMargin, MarginSnapshot } from '../../../shared/marginView.ts';

const resourcesDir = join(import.meta.dirname, '..', '..', '..', 'resources');
type Run = Omit<MarginSnapshot, 'runId'>;

/** The sample book's run (FINRA PM, SPAN, crypto PM) and an account with exclusions and awkward numbers and strings. */
let run: Run;
beforeAll(() => {
  const store = openStore(':memory:');
  seedDatabase(store, resourcesDir, '2025-01-02T00:00:00.000Z');
  const result = computeAccountMargins(store, recordingJob().context, () => 0);
  store.close();
  const accounts = result.accounts.map((a) => JSON.parse(a.result) as AccountMargin);
  run = { bookVersion: result.bookVersion, computedAt: '2025-01-02T09:30:00.000Z', elapsedMs: 12.5, accounts: [...accounts, awkwardAccount(accounts[0]!)] };
});

/** The run as the worker hands it over: each account encoded. */
const encoded = (r: Run): SavedMarginRun => ({ ...r, accounts: r.accounts.map(storedAccountMargin) });

function awkwardAccount(like: AccountMargin): AccountMargin {
  const contribution = (position: number, instrument: string, quantity: number, pnl: number) => ({ position, instrument, quantity, pnl });
  return {
    ...like,
    id: 'ZZ "odd" désk',
    requirement: 0.1 + 0.2,
    initial: 0.1 + 0.2,
    maintenance: 1e-300,
    equity: 123456789.12345678,
    excess: -5e21,
    components: { a: 1 / 3, b: 2 ** 60 },
    groups: [
      { id: 'G1', currency: 'USD', requirement: 1, worstScenario: { id: 'down', loss: 1 }, components: {}, contributions: [contribution(0, 'X "1"', 12, -41428.800000000025), contribution(1, 'Y\u2028', -3, 1.7976931348623157e308)] },
      { id: 'G2', currency: 'USD', requirement: 0, worstScenario: null, components: {}, contributions: [contribution(2, 'X "1"', 0.5, 5e-324)], notes: ['note'] },
    ],
    excluded: [
      { position: 41, instrument: 'Q', reason: 'no price for "Q"' },
      { position: 42, instrument: 'R', reason: 'option on a negative underlying' },
    ],
  };
}

/** A database at version 6 holding the rule sets a run names (the foreign key). */
function databaseAt6(r: Run): Database.Database {
  const db = new Database(':memory:');
  migrate(db, 6);
  const insert = db.prepare("INSERT OR IGNORE INTO rule_sets (id, version, kind, name, effective_date, created_at, document) VALUES (?, ?, 'k', 'n', NULL, 'now', '{}')");
  for (const a of r.accounts) insert.run(a.ruleSet.id, a.ruleSet.version);
  return db;
}

/** How version 6 saved a run: all accounts in one JSON blob, a summary row per account. */
function saveAsVersion6(db: Database.Database, r: Run, fingerprint: string): number {
  const id = Number(
    db.prepare('INSERT INTO margin_runs (created_at, book_version, fingerprint, elapsed_ms, result) VALUES (?, ?, ?, ?, ?)').run(r.computedAt, r.bookVersion, fingerprint, r.elapsedMs, JSON.stringify(r.accounts)).lastInsertRowid,
  );
  const insert = db.prepare('INSERT INTO margin_run_accounts (run_id, account_id, method, rule_set_id, rule_set_version, requirement, equity) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const a of r.accounts) insert.run(id, a.id, a.method, a.ruleSet.id, a.ruleSet.version, a.requirement, a.equity);
  return id;
}

const headlineOf = ({ groups, excluded, ...figures }: AccountMargin) => ({ ...figures, groupCount: groups.length, excludedCount: excluded.length });
const contributionsOf = (a: AccountMargin) => a.groups.flatMap((g) => g.contributions.map((c) => [c.instrument, c.quantity, c.pnl]));
const exclusionsOf = (a: AccountMargin) => a.excluded.map((e) => [e.position, e.reason]);
/** JSON text, so that key order and every digit count. */
const text = (value: unknown) => JSON.stringify(value);

/** Everything the repository reads back of a run, as JSON text. */
function readBack(repo: MarginRunRepository, runId: number, accounts: readonly AccountMargin[]) {
  return {
    positions: text(repo.positions(runId)!.accounts),
    accounts: accounts.map((a) => text(repo.account(runId, a.id))),
  };
}

describe('MarginRunRepository', () => {
  it('round-trips a run: headlines, each account whole, per-position figures, in the run’s account order', () => {
    const db = databaseAt6(run);
    migrate(db);
    const repo = new MarginRunRepository(db);
    expect(repo.latestHeadline()).toBeNull();
    expect(repo.latestPositions()).toBeNull();
    expect(run.accounts.some((a) => a.groups.some((g) => g.contributions.length > 0))).toBe(true);

    const saved = repo.save(encoded(run), 'fingerprint');
    const expected = { runId: saved.runId, bookVersion: run.bookVersion, computedAt: run.computedAt, elapsedMs: run.elapsedMs, accounts: run.accounts.map(headlineOf) };
    expect(text(saved)).toBe(text(expected));
    expect(text(repo.latestHeadline())).toBe(text(expected));
    for (const a of run.accounts) expect(text(repo.account(saved.runId, a.id))).toBe(text(a));
    const positions = { runId: saved.runId, bookVersion: run.bookVersion, computedAt: run.computedAt, accounts: run.accounts.map((a) => ({ headline: headlineOf(a), contributions: contributionsOf(a), exclusions: exclusionsOf(a) })) };
    expect(text(repo.positions(saved.runId))).toBe(text(positions));
    expect(text(repo.latestPositions())).toBe(text(positions));
    expect(repo.list(10)).toEqual([
      {
        runId: saved.runId,
        bookVersion: run.bookVersion,
        computedAt: run.computedAt,
        accounts: run.accounts.map((a) => ({ account: a.id, method: a.method, ruleSet: a.ruleSet, requirement: a.requirement, equity: a.equity })).sort((x, y) => (x.account < y.account ? -1 : 1)),
      },
    ]);
    db.close();
  });

  it('the newest run is the latest; unknown runs and accounts are null', () => {
    const db = databaseAt6(run);
    migrate(db);
    const repo = new MarginRunRepository(db);
    const first = repo.save(encoded(run), 'a').runId;
    const second = repo.save(encoded({ ...run, bookVersion: run.bookVersion + 1, accounts: run.accounts.slice(1) }), 'b').runId;
    expect(second).toBeGreaterThan(first);
    expect(repo.latestHeadline()!.runId).toBe(second);
    expect(repo.latestHeadline()!.accounts.map((a) => a.id)).toEqual(run.accounts.slice(1).map((a) => a.id));
    expect(repo.latestPositions()!.bookVersion).toBe(run.bookVersion + 1);
    expect(repo.account(second, run.accounts[0]!.id)).toBeNull();
    expect(repo.account(first, run.accounts[0]!.id)!.id).toBe(run.accounts[0]!.id);
    expect(repo.account(999, run.accounts[0]!.id)).toBeNull();
    expect(repo.positions(999)).toBeNull();
    expect([repo.hasRun(first), repo.hasRun(second), repo.hasRun(999)]).toEqual([true, true, false]);
    db.close();
  });

  it('reads one account without the others’ results, and per-position figures without any result', () => {
    const db = databaseAt6(run);
    migrate(db);
    const repo = new MarginRunRepository(db);
    const { runId } = repo.save(encoded(run), 'f');
    const [one, ...others] = run.accounts;
    const before = text(repo.positions(runId));
    db.prepare("UPDATE margin_run_accounts SET result = 'not JSON' WHERE account_id <> ?").run(one!.id);
    expect(text(repo.account(runId, one!.id))).toBe(text(one));
    expect(() => repo.account(runId, others[0]!.id)).toThrow(SyntaxError);
    db.prepare("UPDATE margin_run_accounts SET result = 'not JSON'").run();
    expect(text(repo.positions(runId))).toBe(before);
    expect(repo.latestHeadline()!.accounts).toHaveLength(run.accounts.length);
    db.close();
  });

  it('a failing save leaves no part of the run', () => {
    const db = databaseAt6(run);
    migrate(db);
    const repo = new MarginRunRepository(db);
    const broken = { ...run, accounts: [...run.accounts, { ...run.accounts[0]!, ruleSet: { id: 'no-such-rules', version: 1 } }] };
    db.pragma('foreign_keys = ON');
    expect(() => repo.save(encoded(broken), 'f')).toThrow(/FOREIGN KEY|UNIQUE/);
    expect(db.prepare('SELECT count(*) AS n FROM margin_runs').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM margin_run_accounts').get()).toEqual({ n: 0 });
    db.close();
  });

  it('migration 7 splits a version-6 blob into exactly what saving the run now stores', () => {
    const db = databaseAt6(run);
    const old = saveAsVersion6(db, run, 'old');
    const older = saveAsVersion6(db, { ...run, accounts: [...run.accounts].reverse() }, 'older');
    expect(migrate(db)).toBe(7);
    expect(db.prepare("SELECT name FROM pragma_table_info('margin_runs') WHERE name = 'result'").get()).toBeUndefined();
    const repo = new MarginRunRepository(db);
    const fresh = repo.save(encoded(run), 'fresh').runId;

    const columns = db.prepare('SELECT account_id, ordinal, method, rule_set_id, rule_set_version, requirement, equity, headline, contributions, exclusions, result FROM margin_run_accounts WHERE run_id = ? ORDER BY ordinal');
    expect(columns.all(old)).toEqual(columns.all(fresh));
    expect(readBack(repo, old, run.accounts)).toEqual(readBack(repo, fresh, run.accounts));
    // The account order of each old run is kept.
    expect(repo.positions(older)!.accounts.map((a) => a.headline.id)).toEqual([...run.accounts].reverse().map((a) => a.id));
    expect(repo.latestHeadline()!.runId).toBe(fresh);
    expect(repo.list(10).map((r) => r.runId)).toEqual([old, older, fresh]);
    db.close();
  });
});
