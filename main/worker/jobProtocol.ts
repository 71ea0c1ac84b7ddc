/** Messages between the WorkerHost (main thread) and a job worker. */
export interface JobRequest {
  type: 'job';
  id: number;
  kind: string;
  payload: unknown;
  /** Int32Array over a SharedArrayBuffer: slot 0 becomes 1 when the job is cancelled. */
  cancelFlag: SharedArrayBuffer;
}

export type JobReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string; cancelled: boolean };

export interface JobProgress {
  done: number;
  total: number;
}

/** What a job handler in the worker gets besides its payload. */
export interface JobContext {
  /** Reports progress (the host forwards it to the job's onProgress). */
  progress(done: number, total: number): void;
  /** True once the job was cancelled; long loops check it and call `throwIfCancelled`. */
  isCancelled(): boolean;
  throwIfCancelled(): void;
}

export type JobHandler = (payload: unknown, context: JobContext) => unknown;

export class JobCancelledError extends Error {
  constructor(message = 'the job was cancelled') {
    super(message);
    this.name = 'JobCancelledError';
  }
}
