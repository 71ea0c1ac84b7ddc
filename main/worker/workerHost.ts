import { Worker } from 'node:worker_threads';
import { JobCancelledError, type JobProgress, type JobReply, type JobRequest } from './jobProtocol.ts';

export interface WorkerHostOptions {
  /** The worker entry module (a .ts file under Node 24, a bundled .cjs under Electron). */
  entry: URL | string;
  workerData?: unknown;
  /** How long a cancelled job may keep running before its worker is terminated and replaced. */
  cancelGraceMs?: number;
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
}

interface Job {
  id: number;
  kind: string;
  payload: unknown;
  flag: Int32Array;
  options: RunOptions;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  settled: boolean;
}

/**
 * Runs engine jobs in a worker thread, one at a time in arrival order. Each job has an id,
 * reports progress, can be cancelled with an AbortSignal, and fails with a clear error when
 * the worker crashes; the host then starts a fresh worker for the next job.
 */
export class WorkerHost {
  readonly #options: WorkerHostOptions;
  #worker: Worker | null = null;
  #queue: Job[] = [];
  #current: Job | null = null;
  #nextId = 1;
  #closed = false;
  #graceTimer: NodeJS.Timeout | null = null;
  /** How many workers were started (1 + restarts); for diagnostics and tests. */
  workersStarted = 0;

  constructor(options: WorkerHostOptions) {
    this.#options = options;
  }

  run<T>(kind: string, payload: unknown, options: RunOptions = {}): Promise<T> {
    if (this.#closed) return Promise.reject(new Error('the engine host is closed'));
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        id: this.#nextId++,
        kind,
        payload,
        flag: new Int32Array(new SharedArrayBuffer(4)),
        options,
        resolve: resolve as (value: unknown) => void,
        reject,
        settled: false,
      };
      if (options.signal?.aborted) {
        reject(new JobCancelledError());
        return;
      }
      options.signal?.addEventListener('abort', () => this.#cancel(job), { once: true });
      this.#queue.push(job);
      this.#pump();
    });
  }

  /** Stops the worker; queued and running jobs fail. */
  async close(): Promise<void> {
    this.#closed = true;
    const pending = [...this.#queue, ...(this.#current ? [this.#current] : [])];
    this.#queue = [];
    for (const job of pending) this.#settle(job, new Error('the engine host was closed'));
    this.#clearGrace();
    const worker = this.#worker;
    this.#worker = null;
    this.#current = null;
    if (worker) await worker.terminate();
  }

  #pump(): void {
    if (this.#current || this.#closed) return;
    const job = this.#queue.shift();
    if (!job) return;
    this.#current = job;
    const request: JobRequest = { type: 'job', id: job.id, kind: job.kind, payload: job.payload, cancelFlag: job.flag.buffer as SharedArrayBuffer };
    this.#ensureWorker().postMessage(request);
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.#options.entry, { workerData: this.#options.workerData });
    this.workersStarted++;
    worker.on('message', (reply: JobReply) => this.#onReply(reply));
    worker.on('error', (error) => this.#onCrash(worker, `the engine worker crashed: ${error.message}`));
    worker.on('exit', (code) => this.#onCrash(worker, `the engine worker stopped unexpectedly (exit code ${code})`));
    this.#worker = worker;
    return worker;
  }

  #onReply(reply: JobReply): void {
    const job = this.#current;
    if (!job || job.id !== reply.id) return;
    if (reply.type === 'progress') {
      if (!job.settled) job.options.onProgress?.({ done: reply.done, total: reply.total });
      return;
    }
    this.#clearGrace();
    this.#current = null;
    if (reply.type === 'result') this.#settle(job, null, reply.value);
    else this.#settle(job, reply.cancelled ? new JobCancelledError() : new Error(reply.message));
    this.#pump();
  }

  #onCrash(worker: Worker, message: string): void {
    if (worker !== this.#worker) return;
    this.#worker = null;
    this.#clearGrace();
    const job = this.#current;
    this.#current = null;
    if (job) this.#settle(job, new Error(`${message} while running job ${job.id} (${job.kind}); it was not completed`));
    this.#pump();
  }

  #cancel(job: Job): void {
    if (job.settled) return;
    const queued = this.#queue.indexOf(job);
    if (queued >= 0) {
      this.#queue.splice(queued, 1);
      this.#settle(job, new JobCancelledError());
      return;
    }
    Atomics.store(job.flag, 0, 1);
    this.#settle(job, new JobCancelledError());
    // The worker stops at its next check; one that does not is replaced.
    this.#graceTimer = setTimeout(() => {
      if (this.#current !== job || !this.#worker) return;
      const stuck = this.#worker;
      this.#worker = null;
      this.#current = null;
      void stuck.terminate();
      this.#pump();
    }, this.#options.cancelGraceMs ?? 2000);
  }

  #clearGrace(): void {
    if (this.#graceTimer) clearTimeout(this.#graceTimer);
    this.#graceTimer = null;
  }

  #settle(job: Job, error: Error | null, value?: unknown): void {
    if (job.settled) return;
    job.settled = true;
    if (error) job.reject(error);
    else job.resolve(value);
  }
}
