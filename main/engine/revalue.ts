import type { ResolvedBook } from './resolvedBook.ts';
import { checkRevalueArguments, revalueRows } from './revalueRows.ts';
import type { ScenarioSet } from './scenarioSet.ts';

/**
 * Full revaluation of a book: the P&L matrix [position × scenario], out[p × scenarios.count + s],
 * positive for gains, in the position's settlement currency (the coin for inverse
 * instruments), for every position whose instrument row is in [start, end). `out` is the whole
 * matrix; other positions' rows are left as they are, so workers can each take a slice of the
 * instrument rows and fill one shared buffer.
 *
 * Positions are netted into their instrument: each row is valued once (`revalueRows`, which
 * also shares terms per expiry and per strike) and written to each of its positions as
 * quantity × multiplier × (scenario value − base value); rows nobody holds are skipped. A
 * scenario that moves nothing gives exactly 0.
 */
export function revalue(book: ResolvedBook, scenarios: ScenarioSet, start = 0, end = book.instruments.id.length, out?: Float64Array): Float64Array {
  const rows = book.instruments.id.length;
  const count = scenarios.count;
  const positions = book.positions;
  checkRevalueArguments(book, scenarios, start, end);
  const cells = positions.quantity.length * count;
  const result = out ?? new Float64Array(cells);
  if (result.length !== cells) throw new RangeError(`output holds ${result.length} numbers, needs ${positions.quantity.length} positions × ${count} scenarios`);
  const sink: PositionSink = { ...positionsByRow(positions.instrument, rows), quantity: positions.quantity, multiplier: book.instruments.multiplier, count, out: result };
  revalueRows(book, scenarios, start, end, sink, writePositions, isHeld);
  return result;
}

interface PositionSink {
  /** Positions of row i are order[first[i] .. first[i + 1]). */
  first: Int32Array;
  order: Int32Array;
  quantity: Float64Array;
  multiplier: Float64Array;
  count: number;
  out: Float64Array;
}

function isHeld(sink: PositionSink, row: number): boolean {
  return sink.first[row] !== sink.first[row + 1];
}

/** Each position of the row gets quantity × multiplier × (scenario value − base value). */
function writePositions(sink: PositionSink, row: number, value: Float64Array): void {
  const { first, order, quantity, count, out } = sink;
  const v0 = value[0] as number;
  for (let k = first[row] as number; k < (first[row + 1] as number); k++) {
    const p = order[k] as number;
    const size = (quantity[p] as number) * (sink.multiplier[row] as number);
    const offset = p * count - 1;
    for (let s = 1; s <= count; s++) out[offset + s] = ((value[s] as number) - v0) * size;
  }
}

/** Positions grouped by instrument row (compressed rows): row i's are order[first[i] .. first[i+1]). */
function positionsByRow(instrument: Int32Array, rows: number): { first: Int32Array; order: Int32Array } {
  const first = new Int32Array(rows + 1);
  for (const row of instrument) first[row + 1] = (first[row + 1] as number) + 1;
  for (let i = 0; i < rows; i++) first[i + 1] = (first[i + 1] as number) + (first[i] as number);
  const next = first.slice(0, rows);
  const order = new Int32Array(instrument.length);
  instrument.forEach((row, p) => {
    order[next[row] as number] = p;
    next[row] = (next[row] as number) + 1;
  });
  return { first, order };
}
