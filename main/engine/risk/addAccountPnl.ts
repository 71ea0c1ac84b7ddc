import type { ResolvedBook } from '../resolvedBook.ts';
import { revalueInstruments } from '../revalueInstruments.ts';
import type { ScenarioSet } from '../scenarioSet.ts';

/**
 * Full revaluation of a book under a set of scenarios, summed per account: every instrument
 * row is repriced under every scenario (`revalueInstruments`, per one contract), then each
 * counted position adds quantity × that P&L to its account's sample at pnl[a][offset + s].
 * `account[p]` is the account index of position p, −1 to leave it out (`selectPositions`).
 * `unit` is optional scratch of at least rows × scenarios numbers, reused between chunks.
 */
export function addAccountPnl(
  book: ResolvedBook,
  account: Int32Array,
  scenarios: ScenarioSet,
  pnl: readonly Float64Array[],
  offset: number,
  unit?: Float64Array,
): void {
  const rows = book.instruments.id.length;
  const count = scenarios.count;
  const buffer = unit === undefined ? undefined : unit.subarray(0, rows * count);
  const perContract = revalueInstruments(book, scenarios, 0, rows, buffer);
  const positions = book.positions;
  for (let p = 0; p < positions.quantity.length; p++) {
    const a = account[p] as number;
    if (a < 0) continue;
    const target = pnl[a] as Float64Array;
    const quantity = positions.quantity[p] as number;
    const base = (positions.instrument[p] as number) * count;
    for (let s = 0; s < count; s++) target[offset + s] = (target[offset + s] as number) + quantity * (perContract[base + s] as number);
  }
}
