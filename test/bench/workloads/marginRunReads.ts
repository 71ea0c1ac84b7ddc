import { compareMarginRuns } from '../../../main/services/compareMarginRuns.ts';
import { BookService } from '../../../main/services/bookService.ts';
import { EventHub } from '../../../main/services/eventHub.ts';
import { computeAccountMargins } from '../../../main/worker/computeAccountMargins.ts';
import { computePositionAnalytics } from '../../../main/worker/computePositionAnalytics.ts';
import { largeEquityBook } from '../../fixtures/largeEquityBook.ts';
import { largeOptionBook } from '../../fixtures/largeOptionBook.ts';
import { recordingJob } from '../../fixtures/recordingJob.ts';
import { seededTempStore } from '../../fixtures/seededTempStore.ts';
import type { BenchWorkload } from '../benchWorkload.ts';

const positions = 50_000;
const measuredRuns = 5;

/**
 * What a saved margin run costs around a book edit at 50,000 positions in 10 accounts, on two
 * books: the Reg T stock book of the e2e performance test (a group per position: the largest
 * results, ~13.5 MB of JSON) and the FINRA PM SPX option book (a contribution per position).
 * The run is computed once in this thread; then, median of 5 after a warm-up, in a temporary
 * database: `save` (every account's row in one transaction), `computePositionAnalytics` (the
 * Book grid's job after each edit and run) and the part of it that reads the run
 * (`latestPositions`), one account's explanation (`getAccountMargin`), the headlines
 * (`getMargin` after a restart) and `compareMarginRuns` of the run against a copy of it.
 * Before runs were stored per account (one JSON blob per run, parsed whole by every read) the
 * Reg T book measured here: save 138 ms, analytics 275 ms, one account 63 ms, headlines 61 ms,
 * comparison 134 ms; the option book: save 61 ms, analytics 291 ms, one account 24 ms,
 * headlines 24 ms, comparison 119 ms.
 */
export const workload: BenchWorkload = {
  id: 'marginRunReads',
  description: 'saving and reading a 50,000-position margin run (Reg T stock book, FINRA PM option book): position analytics, one account, headlines, run comparison',
  async run() {
    const figures: Record<string, number> = { positions };
    for (const [name, text] of [
      ['regTStocks', largeEquityBook(positions)],
      ['finraPmOptions', largeOptionBook(positions)],
    ] as const) {
      const { store, dispose } = seededTempStore('2025-01-02T00:00:00.000Z');
      try {
        new BookService(store, new EventHub()).importPortfolio({ fileName: `${name}.json`, text });
        const result = computeAccountMargins(store, recordingJob().context, () => performance.now());
        const run = { bookVersion: result.bookVersion, computedAt: new Date().toISOString(), elapsedMs: result.elapsedMs, accounts: result.accounts };
        const runId = store.marginRuns.save(run, result.fingerprint).runId;
        const account = result.accounts[3]!.headline.id;
        figures[`${name}ResultsMB`] = Math.round(result.accounts.reduce((n, a) => n + a.result.length, 0) / 1e5) / 10;
        figures[`${name}Contributions`] = result.accounts.reduce((n, a) => n + (JSON.parse(a.contributions) as unknown[]).length, 0);
        figures[`${name}SaveMs`] = median(() => store.marginRuns.save(run, result.fingerprint));
        figures[`${name}PositionAnalyticsMs`] = median(() => computePositionAnalytics(store));
        figures[`${name}LatestPositionsMs`] = median(() => store.marginRuns.latestPositions());
        figures[`${name}OneAccountMs`] = median(() => store.marginRuns.account(runId, account));
        figures[`${name}HeadlinesMs`] = median(() => store.marginRuns.latestHeadline());
        const latest = store.marginRuns.latestHeadline()!.runId;
        figures[`${name}CompareRunsMs`] = median(() => compareMarginRuns(store, runId, latest));
      } finally {
        dispose();
      }
    }
    return figures;
  },
};

/** Median wall time of `measuredRuns` calls after one warm-up, in ms to 0.1. */
function median(fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < measuredRuns; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(measuredRuns / 2)]! * 10) / 10;
}
