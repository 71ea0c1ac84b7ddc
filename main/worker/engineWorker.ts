import { workerData } from 'node:worker_threads';
import { openStore } from '../store/openStore.ts';
import { computeAccountMargins } from './computeAccountMargins.ts';
import { computeMarginComparison } from './computeMarginComparison.ts';
import { computeStress, type StressJobPayload } from './computeStress.ts';
import { serveJobs } from './serveJobs.ts';

/** Worker entry: the engine's jobs against the worker's own read-only connection to the book. */
const { dbFile } = workerData as { dbFile: string };
const store = openStore(dbFile, { readonly: true });

serveJobs({
  margin: (_payload, context) => computeAccountMargins(store, context, () => performance.now()),
  compareMargins: (_payload, context) => computeMarginComparison(store, context, () => performance.now()),
  stress: (payload, context) => computeStress(store, payload as StressJobPayload, context, () => performance.now()),
});
