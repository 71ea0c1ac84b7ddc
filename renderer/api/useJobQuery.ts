import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobOutcome, JobStarted } from '../../shared/job.ts';
import { getApi } from './getApi.ts';
import { useJob, type JobState } from './useJob.ts';

/**
 * A long Api job that follows the book, like `useBookQuery` but cancellable and with progress
 * (`useJob`): for `key` (null: nothing to ask now), and again after every book change, `start`
 * answers a job id and `wait` says how it ended. A newer question cancels the run under way, as
 * do a null key and leaving the view.
 */
export function useJobQuery<T>(key: string | null, kind: string, start: () => Promise<JobStarted>, wait: (jobId: number) => Promise<JobOutcome<T>>): JobState<T> {
  const { run, stop, ...job } = useJob<T>(kind);
  const [bookVersion, setBookVersion] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const calls = useRef({ start, wait });
  calls.current = { start, wait };
  // The question last answered: a view that sets its key to null and back asks again only if something changed.
  const answered = useRef<string | null>(null);

  useEffect(() => getApi().on('bookChanged', (e) => setBookVersion(e.version)), []);
  useEffect(() => {
    const question = JSON.stringify([key, bookVersion, attempt]);
    if (key === null || question === answered.current) return;
    run(
      () => calls.current.start(),
      (jobId) => calls.current.wait(jobId),
      () => {
        answered.current = question;
      },
    );
    return stop;
  }, [key, bookVersion, attempt, run, stop]);

  const rerun = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...job, rerun };
}
