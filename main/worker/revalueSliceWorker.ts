import { parentPort } from 'node:worker_threads';
import type { ResolvedBook } from '../engine/resolvedBook.ts';
import { revalue } from '../engine/revalue.ts';
import type { ScenarioSet } from '../engine/scenarioSet.ts';

/**
 * A revaluation thread: a thin shell around the engine. `setup` hands it the resolved book, the
 * scenarios and the shared [position × scenario] buffer; each `revalue` task fills the
 * positions of one slice of instrument rows and answers `done`.
 */
export type RevalueTask =
  | { kind: 'setup'; book: ResolvedBook; scenarios: ScenarioSet; pnl: SharedArrayBuffer }
  | { kind: 'revalue'; start: number; end: number };

let state: { book: ResolvedBook; scenarios: ScenarioSet; pnl: Float64Array } | undefined;

parentPort?.on('message', (task: RevalueTask) => {
  if (task.kind === 'setup') state = { book: task.book, scenarios: task.scenarios, pnl: new Float64Array(task.pnl) };
  else if (state) revalue(state.book, state.scenarios, task.start, task.end, state.pnl);
  parentPort?.postMessage('done');
});
