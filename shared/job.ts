import { z } from 'zod';

/**
 * Long runs started from the app are jobs, all the same way (VaR: `runVar`/`awaitVarRun`; stress:
 * `startStress`/`awaitStress`, `startStressGrid`/`awaitStressGrid`, a heat-map cell's drill-through
 * `startStressCell`/`awaitStressCell`): the start call answers the
 * job's id at once, `jobProgress` events report its steps under that id, the await call answers
 * how it ended, `cancelJob` stops it at its next check.
 */
export interface JobStarted {
  jobId: number;
}

export const jobIdRequestSchema = z.object({ jobId: z.int().positive() }).strict();

/** How a job ended: a cancelled or failed job has no result. */
export type JobOutcome<T> = { status: 'done'; result: T } | { status: 'cancelled' } | { status: 'failed'; message: string };
