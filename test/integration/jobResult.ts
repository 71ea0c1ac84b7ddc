import type { JobOutcome, JobStarted } from '../../shared/job.ts';

/** The result of a job started through the Api (`start`, then `wait` on its id); a cancelled or failed job throws how it ended. */
export async function jobResult<T>(start: Promise<JobStarted>, wait: (request: JobStarted) => Promise<JobOutcome<T>>): Promise<T> {
  const outcome = await wait(await start);
  if (outcome.status === 'done') return outcome.result;
  throw new Error(outcome.status === 'failed' ? outcome.message : 'the job was cancelled');
}
