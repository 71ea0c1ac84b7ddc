import { ApiError } from '../../shared/api.ts';
import type { AccountMargin, MarginHeadline, MarginRunSummary } from '../../shared/marginView.ts';
import { readBookVersion } from '../store/bookVersion.ts';
import type { SavedMarginRun } from '../store/marginRunRepository.ts';
import type { Store } from '../store/openStore.ts';
import type { AccountMarginsResult } from '../worker/computeAccountMargins.ts';
import { JobCancelledError } from '../worker/jobProtocol.ts';
import type { WorkerHost } from '../worker/workerHost.ts';
import type { EventHub } from './eventHub.ts';

/**
 * Keeps the margin figure current without a recalculate button: every book change starts a
 * margin job in the worker; a newer change cancels the job still running for an older one.
 * Each finished run is saved with its rule-set version and book version, then published.
 */
export class MarginService {
  readonly #store: Store;
  readonly #host: WorkerHost;
  readonly #events: EventHub;
  readonly #now: () => Date;
  #running: AbortController | null = null;
  #scheduled = false;
  #idle: Promise<void> = Promise.resolve();
  /** The latest run's headline, kept so that a large book's explanation is not read back per call. */
  #headline: MarginHeadline | null | undefined;
  readonly #dispose: () => void;

  constructor(store: Store, host: WorkerHost, events: EventHub, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#host = host;
    this.#events = events;
    this.#now = now;
    const offBook = events.on('bookChanged', () => this.recompute());
    const offRules = events.on('rulesChanged', () => this.recompute());
    this.#dispose = () => {
      offBook();
      offRules();
    };
  }

  getMargin(): MarginHeadline | null {
    if (this.#headline === undefined) this.#headline = this.#store.marginRuns.latestHeadline();
    return this.#headline;
  }

  /** One account of a saved run with its whole explanation (read without the run's other accounts). */
  getAccountMargin(runId: number, account: string): AccountMargin {
    const found = this.#store.marginRuns.account(runId, account);
    if (found) return found;
    if (!this.#store.marginRuns.hasRun(runId)) throw new ApiError('not-found', `margin run ${runId} is not saved`);
    throw new ApiError('not-found', `account "${account}" is not in margin run ${runId}`);
  }

  listMarginRuns(limit: number): MarginRunSummary[] {
    return this.#store.marginRuns.list(limit);
  }

  /** Starts a run unless the latest saved one already saw the current book version. */
  ensureCurrent(): void {
    const latest = this.getMargin();
    if (!latest || latest.bookVersion !== readBookVersion(this.#store.db)) this.recompute();
  }

  /** Coalesces calls in the same tick into one run and cancels the run in flight. */
  recompute(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#running?.abort();
      const controller = new AbortController();
      this.#running = controller;
      this.#idle = this.#run(controller);
    });
  }

  /** Resolves when no run is scheduled or in flight (for tests and shutdown). */
  async whenIdle(): Promise<void> {
    while (this.#scheduled || this.#running) {
      await new Promise((r) => setTimeout(r, 0));
      await this.#idle;
    }
  }

  dispose(): void {
    this.#dispose();
    this.#running?.abort();
  }

  async #run(controller: AbortController): Promise<void> {
    try {
      const result = await this.#host.run<AccountMarginsResult>('margin', {}, { signal: controller.signal });
      const run: SavedMarginRun = {
        bookVersion: result.bookVersion,
        computedAt: this.#now().toISOString(),
        elapsedMs: result.elapsedMs,
        accounts: result.accounts,
      };
      this.#headline = this.#store.marginRuns.save(run, result.fingerprint);
      this.#events.emit('marginUpdated', this.#headline);
    } catch (error) {
      if (!(error instanceof JobCancelledError)) {
        this.#events.emit('marginFailed', { bookVersion: readBookVersion(this.#store.db), message: (error as Error).message });
      }
    } finally {
      if (this.#running === controller) this.#running = null;
    }
  }
}
