import { ApiError, type ApiEvents } from '../../shared/api.ts';
import type { JobOutcome } from '../../shared/job.ts';
import { JobCancelledError } from './jobProtocol.ts';
import type { WorkerHost } from './workerHost.ts';

type JobProgressEvent = ApiEvents['jobProgress'];

interface Entry {
  kind: string;
  controller: AbortController;
  outcome: Promise<JobOutcome<unknown>>;
  settled: boolean;
}

/**
 * Jobs the app starts and may cancel by id (VaR and stress runs: the Api's start and await calls
 * and `cancelJob`, see `shared/job.ts`): `start` answers an id at once and runs the job on the
 * host; its progress goes to `onProgress` under that id; `outcome` waits for how it ended;
 * `cancel` aborts it (the worker stops at its next check, and the job ends "cancelled" with no
 * result). The newest `keepSettled` finished jobs stay readable.
 */
export class JobRegistry {
  readonly #host: WorkerHost;
  readonly #onProgress: (event: JobProgressEvent) => void;
  readonly #jobs = new Map<number, Entry>();
  readonly #keepSettled: number;
  #nextId = 1;

  constructor(host: WorkerHost, onProgress: (event: JobProgressEvent) => void, keepSettled = 50) {
    this.#host = host;
    this.#onProgress = onProgress;
    this.#keepSettled = keepSettled;
  }

  start(kind: string, payload: unknown): number {
    const jobId = this.#nextId++;
    const controller = new AbortController();
    const entry: Entry = { kind, controller, settled: false, outcome: Promise.resolve({ status: 'cancelled' }) };
    entry.outcome = this.#host
      .run(kind, payload, { signal: controller.signal, onProgress: (p) => this.#onProgress({ jobId, kind, done: p.done, total: p.total }) })
      .then(
        (result): JobOutcome<unknown> => ({ status: 'done', result }),
        (error: unknown): JobOutcome<unknown> => (error instanceof JobCancelledError ? { status: 'cancelled' } : { status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => {
        entry.settled = true;
        this.#prune();
      });
    this.#jobs.set(jobId, entry);
    return jobId;
  }

  outcome<T>(jobId: number, kind: string): Promise<JobOutcome<T>> {
    const entry = this.#jobs.get(jobId);
    if (!entry || entry.kind !== kind) return Promise.reject(new ApiError('not-found', `no ${kind} job ${jobId}`));
    return entry.outcome as Promise<JobOutcome<T>>;
  }

  /** True when the job was still running (it ends "cancelled"); false when it had ended. */
  cancel(jobId: number): boolean {
    const entry = this.#jobs.get(jobId);
    if (!entry) throw new ApiError('not-found', `no job ${jobId}`);
    if (entry.settled) return false;
    entry.controller.abort();
    return true;
  }

  /** Cancels every running job. */
  dispose(): void {
    for (const entry of this.#jobs.values()) if (!entry.settled) entry.controller.abort();
  }

  #prune(): void {
    const settled = [...this.#jobs].filter(([, e]) => e.settled);
    for (const [id] of settled.slice(0, Math.max(0, settled.length - this.#keepSettled))) this.#jobs.delete(id);
  }
}
