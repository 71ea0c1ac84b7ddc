import type { Database } from 'better-sqlite3';
import type { MarginRunSummary, MarginSnapshot } from '../../shared/marginView.ts';

interface RunRecord {
  id: number;
  created_at: string;
  book_version: number;
  elapsed_ms: number;
  result: string;
}

/** Every margin run is kept with each account's method, rule-set version and the book version it saw. */
export class MarginRunRepository {
  readonly #db: Database;
  constructor(db: Database) {
    this.#db = db;
  }

  /** Saves a run and its per-account figures in one transaction; returns the run id. */
  save(run: Omit<MarginSnapshot, 'runId'>, fingerprint: string): number {
    return this.#db.transaction(() => {
      const id = Number(
        this.#db
          .prepare('INSERT INTO margin_runs (created_at, book_version, fingerprint, elapsed_ms, result) VALUES (?, ?, ?, ?, ?)')
          .run(run.computedAt, run.bookVersion, fingerprint, run.elapsedMs, JSON.stringify(run.accounts)).lastInsertRowid,
      );
      const insert = this.#db.prepare(
        'INSERT INTO margin_run_accounts (run_id, account_id, method, rule_set_id, rule_set_version, requirement, equity) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      for (const a of run.accounts) insert.run(id, a.id, a.method, a.ruleSet.id, a.ruleSet.version, a.requirement, a.equity);
      return id;
    })();
  }

  latest(): MarginSnapshot | null {
    const row = this.#db.prepare('SELECT * FROM margin_runs ORDER BY id DESC LIMIT 1').get() as RunRecord | undefined;
    return row ? toSnapshot(row) : null;
  }

  get(runId: number): MarginSnapshot | null {
    const row = this.#db.prepare('SELECT * FROM margin_runs WHERE id = ?').get(runId) as RunRecord | undefined;
    return row ? toSnapshot(row) : null;
  }

  /** The most recent runs, oldest first, for the History chart. */
  list(limit: number): MarginRunSummary[] {
    const runs = this.#db.prepare('SELECT id, created_at, book_version FROM margin_runs ORDER BY id DESC LIMIT ?').all(limit) as Omit<RunRecord, 'result' | 'elapsed_ms'>[];
    const accounts = this.#db.prepare(
      'SELECT account_id, method, rule_set_id, rule_set_version, requirement, equity FROM margin_run_accounts WHERE run_id = ? ORDER BY account_id',
    );
    type AccountRecord = { account_id: string; method: string; rule_set_id: string; rule_set_version: number; requirement: number; equity: number };
    return runs.reverse().map((r) => ({
      runId: r.id,
      bookVersion: r.book_version,
      computedAt: r.created_at,
      accounts: (accounts.all(r.id) as AccountRecord[]).map((a) => ({
        account: a.account_id,
        method: a.method as MarginRunSummary['accounts'][number]['method'],
        ruleSet: { id: a.rule_set_id, version: a.rule_set_version },
        requirement: a.requirement,
        equity: a.equity,
      })),
    }));
  }
}

function toSnapshot(r: RunRecord): MarginSnapshot {
  return { runId: r.id, bookVersion: r.book_version, computedAt: r.created_at, elapsedMs: r.elapsed_ms, accounts: JSON.parse(r.result) as MarginSnapshot['accounts'] };
}
