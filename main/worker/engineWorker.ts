import { workerData } from 'node:worker_threads';
import { openStore } from '../store/openStore.ts';
import { computeGrossNotional, type MarginJobPayload } from './computeGrossNotional.ts';
import { computeStress, type StressJobPayload } from './computeStress.ts';
import { serveJobs } from './serveJobs.ts';

/** Worker entry: the engine's jobs against the worker's own read-only connection to the book. */
const { dbFile } = workerData as { dbFile: string };
const store = openStore(dbFile, { readonly: true });

serveJobs({
  margin: (payload) => computeGrossNotional(store, payload as MarginJobPayload, () => performance.now()),
  stress: (payload, context) => computeStress(store, payload as StressJobPayload, context, () => performance.now()),
});
