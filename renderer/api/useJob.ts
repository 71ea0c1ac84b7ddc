import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobOutcome, JobStarted } from '../../shared/job.ts';
import { getApi } from './getApi.ts';

export interface JobProgress {
  done: number;
  total: number;
}

/** What a job hook shows (`JobStatus` renders it beside the figures). */
export interface JobState<T> {
  /** The latest finished result; a cancelled or failed run leaves the one before in place. */
  data: T | null;
  error: string | null;
  /** While a run is under way: its progress (total 0 until the worker reports). */
  progress: JobProgress | null;
  /** The last run was cancelled by the user. */
  cancelled: boolean;
  /** Cancels the run under way (a click before its id is known is kept and applied). */
  cancel: () => void;
  /** Runs the last question again (after a cancel). */
  rerun: () => void;
}

export interface JobRunner<T> extends JobState<T> {
  /** Starts a run (`start` answers the id, `wait` how it ended); one under way is cancelled and forgotten. */
  run: (start: () => Promise<JobStarted>, wait: (jobId: number) => Promise<JobOutcome<T>>, onDone?: () => void) => void;
  /** Cancels the run under way and forgets it: no progress, no outcome. */
  stop: () => void;
}

interface Run {
  jobId: number | null;
  cancelRequested: boolean;
}

/**
 * One Api job of `kind` at a time, cancellable and with progress (the Api's start and await
 * calls, `shared/job.ts`): `run` starts it, `jobProgress` events under its id move the progress,
 * the await call says how it ended. A newer run cancels the one under way (`cancelJob`), as does
 * leaving the view; progress that arrives before the id is known is kept and applied.
 * `useJobQuery` runs one for a question and after every book change.
 */
export function useJob<T>(kind: string): JobRunner<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const current = useRef<Run | null>(null);
  const last = useRef<Parameters<JobRunner<T>['run']> | null>(null);
  const early = useRef(new Map<number, JobProgress>());

  useEffect(
    () =>
      getApi().on('jobProgress', (p) => {
        if (p.kind !== kind) return;
        if (p.jobId === current.current?.jobId) setProgress({ done: p.done, total: p.total });
        else early.current.set(p.jobId, { done: p.done, total: p.total });
      }),
    [kind],
  );

  const stop = useCallback(() => {
    const run = current.current;
    if (!run) return;
    current.current = null;
    setProgress(null);
    // A run whose id is not known yet is cancelled when its start answers.
    if (run.jobId !== null) void cancelJob(run.jobId);
  }, []);
  useEffect(() => stop, [stop]);

  const run = useCallback<JobRunner<T>['run']>(
    (start, wait, onDone) => {
      stop();
      last.current = [start, wait, onDone];
      const mine: Run = { jobId: null, cancelRequested: false };
      current.current = mine;
      setProgress({ done: 0, total: 0 });
      setCancelled(false);
      void (async () => {
        try {
          const { jobId } = await start();
          if (current.current !== mine) return void cancelJob(jobId);
          mine.jobId = jobId;
          if (mine.cancelRequested) void cancelJob(jobId);
          const seen = early.current.get(jobId);
          early.current.clear();
          if (seen) setProgress(seen);
          const outcome = await wait(jobId);
          if (current.current !== mine) return;
          current.current = null;
          setProgress(null);
          if (outcome.status === 'done') {
            onDone?.();
            setData(outcome.result);
            setError(null);
          } else if (outcome.status === 'cancelled') setCancelled(true);
          else setError(outcome.message);
        } catch (e) {
          if (current.current !== mine) return;
          current.current = null;
          setProgress(null);
          setError(e instanceof Error ? e.message : String(e));
        }
      })();
    },
    [stop],
  );

  const cancel = useCallback(() => {
    const run = current.current;
    if (!run) return;
    if (run.jobId === null) run.cancelRequested = true;
    else void cancelJob(run.jobId);
  }, []);
  const rerun = useCallback(() => {
    if (last.current) run(...last.current);
  }, [run]);
  return { data, error, progress, cancelled, cancel, rerun, run, stop };
}

/** Cancels a job; one that has already ended (or is unknown after a restart) needs nothing. */
function cancelJob(jobId: number): Promise<unknown> {
  return getApi()
    .cancelJob({ jobId })
    .catch(() => undefined);
}
