import { Worker } from 'node:worker_threads';
import type { ResolvedBook } from '../engine/resolvedBook.ts';
import { revalue } from '../engine/revalue.ts';
import type { ScenarioSet } from '../engine/scenarioSet.ts';
import type { RevalueTask } from './revalueSliceWorker.ts';

/** Below this many position-scenario valuations one thread is faster than handing work out. */
export const parallelThreshold = 2_000_000;

/**
 * Revaluation threads kept alive between runs: a large [position × scenario] P&L matrix is
 * split by instrument rows across them into one shared buffer (the same numbers as `revalue`
 * on one thread). Small runs, or a pool of one, stay on the calling thread. Dispose with close().
 */
export class RevaluePool {
  readonly threads: number;
  readonly #entry: URL | string;
  #workers: Worker[] = [];

  constructor(entry: URL | string, threads: number) {
    this.#entry = entry;
    this.threads = Math.max(1, Math.floor(threads));
  }

  async revalue(book: ResolvedBook, scenarios: ScenarioSet): Promise<Float64Array> {
    const size = book.positions.quantity.length * scenarios.count;
    if (this.threads <= 1 || size < parallelThreshold) return revalue(book, scenarios);
    if (this.#workers.length === 0) this.#workers = Array.from({ length: this.threads }, () => new Worker(this.#entry));
    const rows = book.instruments.id.length;
    const pnl = new SharedArrayBuffer(size * 8);
    const n = this.#workers.length;
    try {
      await Promise.all(this.#workers.map((w) => send(w, { kind: 'setup', book, scenarios, pnl })));
      await Promise.all(this.#workers.map((w, k) => send(w, { kind: 'revalue', start: Math.floor((k * rows) / n), end: Math.floor(((k + 1) * rows) / n) })));
    } catch (error) {
      await this.close();
      throw error;
    }
    return new Float64Array(pnl);
  }

  async close(): Promise<void> {
    const workers = this.#workers;
    this.#workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function send(worker: Worker, task: RevalueTask): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    worker.once('error', fail);
    worker.once('message', () => {
      worker.off('error', fail);
      resolve();
    });
    worker.postMessage(task);
  });
}
