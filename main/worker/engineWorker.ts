import { availableParallelism } from 'node:os';
import { workerData } from 'node:worker_threads';
import { openStore } from '../store/openStore.ts';
import { computeAccountMargins } from './computeAccountMargins.ts';
import { computeMarginComparison } from './computeMarginComparison.ts';
import { prepareStress, summariseStress, type StressJobPayload } from './computeStress.ts';
import { computeStressComparison, type StressComparisonJobPayload } from './computeStressComparison.ts';
import { computeVarRun } from './computeVarRun.ts';
import { positionAnalyticsSince } from './positionAnalyticsSince.ts';
import { computeWhatIf, type WhatIfJobPayload } from './computeWhatIf.ts';
import { computeStressGrid } from './computeStressGrid.ts';
import { computeStressCell } from './computeStressCell.ts';
import { computeRuleSetPreview, type RuleSetPreviewJobPayload } from './computeRuleSetPreview.ts';
import type { StressCellRequest, StressGridRequest } from '../../shared/stressGrid.ts';
import { RevaluePool } from './revaluePool.ts';
import { serveJobs } from './serveJobs.ts';
import type { VarRunRequest } from '../../shared/varRun.ts';
import type { AnalyticsKey } from '../../shared/positionAnalytics.ts';

/** Worker entry: the engine's jobs against the worker's own read-only connection to the book. */
const { dbFile, revalueEntry } = workerData as { dbFile: string; revalueEntry: string };
const store = openStore(dbFile, { readonly: true });
// A URL cannot cross workerData, so a file URL (browser mode, tests) arrives as text; Worker takes only a URL object or a path.
const pool = new RevaluePool(revalueEntry.startsWith('file:') ? new URL(revalueEntry) : revalueEntry, availableParallelism());
const now = () => performance.now();

serveJobs({
  margin: (_payload, context) => computeAccountMargins(store, context, () => performance.now()),
  compareMargins: (_payload, context) => computeMarginComparison(store, context, () => performance.now()),
  stress: async (payload, context) => {
    const prepared = prepareStress(store, payload as StressJobPayload, now);
    return summariseStress(prepared, await pool.revalue(prepared.book, prepared.scenarios, context), now);
  },
  compareStress: (payload, context) => computeStressComparison(store, payload as StressComparisonJobPayload, context, () => performance.now()),
  stressGrid: (payload, context) => computeStressGrid(store, payload as StressGridRequest, context, now, (book, scenarios, job) => pool.revalue(book, scenarios, job)),
  stressCell: (payload, context) => computeStressCell(store, payload as StressCellRequest, context),
  previewRuleSet: (payload, context) => computeRuleSetPreview(store, payload as RuleSetPreviewJobPayload, context),
  var: (payload, context) => computeVarRun(store, payload as VarRunRequest, context, () => performance.now()),
  positionAnalytics: (payload) => positionAnalyticsSince(store, (payload as { since?: AnalyticsKey }).since),
  whatIf: (payload, context) => computeWhatIf(store, payload as WhatIfJobPayload, context, () => performance.now()),
});
