import { Worker } from 'node:worker_threads';
import type { ResolvedBook } from '../engine/resolvedBook.ts';
import { revalue } from '../engine/revalue.ts';
import type { ScenarioSet } from '../engine/scenarioSet.ts';
import type { JobContext } from './jobProtocol.ts';
import type { RevalueTask } from './revalueSliceWorker.ts';

/** Below this many position-scenario valuations one thread is faster than handing work out. */
export const parallelThreshold = 2_000_000;
/** Valuations per chunk of instrument rows: progress every few per cent of a large run, a cancel heard within tens of milliseconds. */
const chunkCells = 250_000;
const maxChunks = 64;

/**
 * Revaluation threads kept alive between runs: a large [position × scenario] P&L matrix is
 * split into chunks of instrument rows that the threads take in turn, into one shared buffer
 * (the same numbers as `revalue` on one thread). Small runs, or a pool of one, stay on the
 * calling thread, chunk by chunk. With a job, each finished chunk reports progress (instrument
 * rows valued of all rows) and a cancelled job takes no further chunk and throws once the
 * chunks under way are done. Dispose with close().
 */
export class RevaluePool {
  readonly threads: number;
  readonly #entry: URL | string;
  #workers: Worker[] = [];

  constructor(entry: URL | string, threads: number) {
    this.#entry = entry;
    this.threads = Math.max(1, Math.floor(threads));
  }

  async revalue(book: ResolvedBook, scenarios: ScenarioSet, job?: JobContext): Promise<Float64Array> {
    const size = book.positions.quantity.length * scenarios.count;
    const rows = book.instruments.id.length;
    const parallel = this.threads > 1 && size >= parallelThreshold;
    const chunks = rowChunks(rows, Math.min(maxChunks, Math.max(parallel ? 2 * this.threads : 1, Math.ceil(size / chunkCells))));
    let done = 0;
    job?.progress(0, rows);
    if (!parallel) {
      const pnl = new Float64Array(size);
      for (const [start, end] of chunks) {
        job?.throwIfCancelled();
        revalue(book, scenarios, start, end, pnl);
        job?.progress((done += end - start), rows);
      }
      return pnl;
    }
    if (this.#workers.length === 0) this.#workers = Array.from({ length: this.threads }, () => new Worker(this.#entry));
    const pnl = new SharedArrayBuffer(size * 8);
    let next = 0;
    try {
      await Promise.all(this.#workers.map((w) => send(w, { kind: 'setup', book, scenarios, pnl })));
      // Every thread runs until the chunks run out (or the job is cancelled), so none is busy once this returns.
      await Promise.all(
        this.#workers.map(async (w) => {
          for (let chunk = chunks[next++]; chunk && !job?.isCancelled(); chunk = chunks[next++]) {
            await send(w, { kind: 'revalue', start: chunk[0], end: chunk[1] });
            job?.progress((done += chunk[1] - chunk[0]), rows);
          }
        }),
      );
    } catch (error) {
      await this.close();
      throw error;
    }
    job?.throwIfCancelled();
    return new Float64Array(pnl);
  }

  async close(): Promise<void> {
    const workers = this.#workers;
    this.#workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** [start, end) row ranges: `count` (at most one per row) nearly equal slices of [0, rows). */
function rowChunks(rows: number, count: number): [number, number][] {
  const n = Math.max(1, Math.min(count, rows));
  return rows === 0 ? [] : Array.from({ length: n }, (_, k) => [Math.floor((k * rows) / n), Math.floor(((k + 1) * rows) / n)]);
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
