import type { ResolvedBook } from './resolvedBook.ts';
import { checkRevalueArguments, revalueRows } from './revalueRows.ts';
import type { ScenarioSet } from './scenarioSet.ts';

/**
 * Full revaluation per contract: the P&L of ONE contract (unit value change × multiplier,
 * positive for gains, in the row's settlement currency) of every instrument row in
 * [start, end), held or not, under every scenario, at out[row × scenarios.count + s] — the
 * [instrument × scenario] matrix that risk arrays (SPAN) are made of. `out` is the whole
 * matrix; other rows are left as they are, so workers can split the rows. Same model and
 * shared terms as `revalue` (`revalueRows`).
 */
export function revalueInstruments(book: ResolvedBook, scenarios: ScenarioSet, start = 0, end = book.instruments.id.length, out?: Float64Array): Float64Array {
  const rows = book.instruments.id.length;
  const count = scenarios.count;
  checkRevalueArguments(book, scenarios, start, end);
  const result = out ?? new Float64Array(rows * count);
  if (result.length !== rows * count) throw new RangeError(`output holds ${result.length} numbers, needs ${rows} rows × ${count} scenarios`);
  revalueRows(book, scenarios, start, end, { multiplier: book.instruments.multiplier, count, out: result }, writeContracts);
  return result;
}

/** out[row × count + s] = multiplier × (scenario value − base value). */
function writeContracts(sink: { multiplier: Float64Array; count: number; out: Float64Array }, row: number, value: Float64Array): void {
  const v0 = value[0] as number;
  const size = sink.multiplier[row] as number;
  const offset = row * sink.count - 1;
  for (let s = 1; s <= sink.count; s++) sink.out[offset + s] = ((value[s] as number) - v0) * size;
}
