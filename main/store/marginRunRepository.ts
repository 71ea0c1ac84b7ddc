import type { Database } from 'better-sqlite3';
import type { AccountMargin, AccountMarginHeadline, MarginHeadline, MarginRunSummary, MarginSnapshot } from '../../shared/marginView.ts';
import type { ContributionFigures, ExclusionFigures, StoredAccountMargin } from './storedAccountMargin.ts';

/**
 * An account of a saved run without its explanation's scenarios and notes: its headline, every
 * contribution of its groups in order (groups first to last, each group's contributions in
 * order), and its exclusions in order.
 */
export interface AccountPositionFigures {
  headline: AccountMarginHeadline;
  contributions: ContributionFigures[];
  exclusions: ExclusionFigures[];
}

/** A saved run's per-position figures, accounts in the run's order. */
export interface MarginRunPositions {
  runId: number;
  bookVersion: number;
  computedAt: string;
  accounts: AccountPositionFigures[];
}

/** A run to save: its accounts encoded by `storedAccountMargin`. */
export type SavedMarginRun = Omit<MarginSnapshot, 'runId' | 'accounts'> & { accounts: StoredAccountMargin[] };

interface RunRecord {
  id: number;
  created_at: string;
  book_version: number;
  elapsed_ms: number;
}

interface PositionsRecord {
  headline: string;
  contributions: string;
  exclusions: string;
}

/**
 * Every margin run is kept with each account's method, rule-set version and the book version it
 * saw. Each account has its own row holding its headline, its per-position figures and its whole
 * result, so a caller reads one account, or every position's figures, without parsing the rest
 * of the run (a 50,000-position run's results are about 13 MB of JSON).
 */
export class MarginRunRepository {
  readonly #db: Database;
  constructor(db: Database) {
    this.#db = db;
  }

  /** Saves a run and its accounts (as the worker encoded them) in one transaction; returns it as headlines under its new id. */
  save(run: SavedMarginRun, fingerprint: string): MarginHeadline {
    return this.#db.transaction((): MarginHeadline => {
      const runId = Number(
        this.#db
          .prepare('INSERT INTO margin_runs (created_at, book_version, fingerprint, elapsed_ms) VALUES (?, ?, ?, ?)')
          .run(run.computedAt, run.bookVersion, fingerprint, run.elapsedMs).lastInsertRowid,
      );
      const insert = this.#db.prepare(
        `INSERT INTO margin_run_accounts (run_id, account_id, ordinal, method, rule_set_id, rule_set_version, requirement, equity, headline, contributions, exclusions, result)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const accounts = run.accounts.map(({ headline: h, contributions, exclusions, result }, ordinal) => {
        insert.run(runId, h.id, ordinal, h.method, h.ruleSet.id, h.ruleSet.version, h.requirement, h.equity, JSON.stringify(h), contributions, exclusions, result);
        return h;
      });
      return { runId, bookVersion: run.bookVersion, computedAt: run.computedAt, elapsedMs: run.elapsedMs, accounts };
    })();
  }

  /** The newest run as headlines per account (what getMargin and `marginUpdated` carry), or null before the first. */
  latestHeadline(): MarginHeadline | null {
    const run = this.#latestRun();
    if (!run) return null;
    const rows = this.#db.prepare('SELECT headline FROM margin_run_accounts WHERE run_id = ? ORDER BY ordinal').all(run.id) as { headline: string }[];
    return { runId: run.id, bookVersion: run.book_version, computedAt: run.created_at, elapsedMs: run.elapsed_ms, accounts: rows.map((r) => JSON.parse(r.headline) as AccountMarginHeadline) };
  }

  /** One account of a run with its whole explanation; null when the run or the account is not saved. */
  account(runId: number, accountId: string): AccountMargin | null {
    const row = this.#db.prepare('SELECT result FROM margin_run_accounts WHERE run_id = ? AND account_id = ?').get(runId, accountId) as { result: string } | undefined;
    return row ? (JSON.parse(row.result) as AccountMargin) : null;
  }

  hasRun(runId: number): boolean {
    return this.#db.prepare('SELECT 1 FROM margin_runs WHERE id = ?').get(runId) !== undefined;
  }

  /** A run's per-position figures per account, or null when it is not saved. */
  positions(runId: number): MarginRunPositions | null {
    const run = this.#db.prepare('SELECT id, created_at, book_version, elapsed_ms FROM margin_runs WHERE id = ?').get(runId) as RunRecord | undefined;
    return run ? this.#positions(run) : null;
  }

  /** The newest run's per-position figures per account, or null before the first run. */
  latestPositions(): MarginRunPositions | null {
    const run = this.#latestRun();
    return run ? this.#positions(run) : null;
  }

  /** The most recent runs, oldest first, for the History chart. */
  list(limit: number): MarginRunSummary[] {
    const runs = this.#db.prepare('SELECT id, created_at, book_version FROM margin_runs ORDER BY id DESC LIMIT ?').all(limit) as Omit<RunRecord, 'elapsed_ms'>[];
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

  #latestRun(): RunRecord | undefined {
    return this.#db.prepare('SELECT id, created_at, book_version, elapsed_ms FROM margin_runs ORDER BY id DESC LIMIT 1').get() as RunRecord | undefined;
  }

  #positions(run: RunRecord): MarginRunPositions {
    const rows = this.#db.prepare('SELECT headline, contributions, exclusions FROM margin_run_accounts WHERE run_id = ? ORDER BY ordinal').all(run.id) as PositionsRecord[];
    return {
      runId: run.id,
      bookVersion: run.book_version,
      computedAt: run.created_at,
      accounts: rows.map((r) => ({
        headline: JSON.parse(r.headline) as AccountMarginHeadline,
        contributions: JSON.parse(r.contributions) as ContributionFigures[],
        exclusions: JSON.parse(r.exclusions) as ExclusionFigures[],
      })),
    };
  }
}
