import type { ResolvedBook } from '../../resolvedBook.ts';

/**
 * A view of `rows` of a resolved book in which every row is its own risk factor (risk factor k
 * is row rows[k], named by its instrument id), so that a `ScenarioSet` can give each row its
 * own price and vol move and `revalueInstruments` can reprice it: the adapter crypto-pm needs
 * because each option's vol shock depends on its own days to expiry, which per-underlying vol
 * moves cannot express. Rows keep their group/node ids: `revalueInstruments` starts a new
 * group at every new risk factor, so sharing never crosses rows here. No positions.
 */
export function rowFactorBook(book: ResolvedBook, rows: Int32Array): ResolvedBook {
  const t = book.instruments;
  const n = rows.length;
  for (const row of rows) if (!(row >= 0 && row < t.id.length)) throw new RangeError(`row ${row} is not in the book's ${t.id.length} rows`);
  const pick = <T extends Uint8Array | Int32Array | Float64Array>(column: T, make: (n: number) => T): T => {
    const out = make(n);
    rows.forEach((row, k) => (out[k] = column[row] as number));
    return out;
  };
  const ids = Array.from(rows, (row) => t.id[row] as string);
  return {
    asOf: book.asOf,
    underlyingIds: ids,
    instruments: {
      id: ids,
      currency: Array.from(rows, (row) => t.currency[row] as string),
      model: pick(t.model, (k) => new Uint8Array(k)),
      underlying: Int32Array.from({ length: n }, (_, k) => k),
      isCall: pick(t.isCall, (k) => new Uint8Array(k)),
      inverse: pick(t.inverse, (k) => new Uint8Array(k)),
      onFuture: pick(t.onFuture, (k) => new Uint8Array(k)),
      level: pick(t.level, (k) => new Float64Array(k)),
      strike: pick(t.strike, (k) => new Float64Array(k)),
      expiry: pick(t.expiry, (k) => new Float64Array(k)),
      rate: pick(t.rate, (k) => new Float64Array(k)),
      carry: pick(t.carry, (k) => new Float64Array(k)),
      vol: pick(t.vol, (k) => new Float64Array(k)),
      multiplier: pick(t.multiplier, (k) => new Float64Array(k)),
      group: pick(t.group, (k) => new Int32Array(k)),
      node: pick(t.node, (k) => new Int32Array(k)),
      volImplied: pick(t.volImplied, (k) => new Uint8Array(k)),
    },
    positions: { account: [], instrument: new Int32Array(0), quantity: new Float64Array(0), source: new Int32Array(0) },
    excludedInstruments: [],
    excludedPositions: [],
  };
}
