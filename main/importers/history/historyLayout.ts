/**
 * The layouts of a price-history CSV, told apart by the header alone (names in any case):
 * - `ohlc`: `Date,Open,High,Low,Close[,Adj Close][,Volume]` (Yahoo Finance exports, Cboe's
 *   `DATE,OPEN,HIGH,LOW,CLOSE`): one series, the `Close` column (never `Adj Close`);
 * - `price`: `Date,Price` (EIA oil, monthly gold), or `Date,Close` / `Date,Value`: one series;
 * - `symbol`: `date,symbol,…,close` (Deribit DVOL): one series per symbol, named by it;
 * - `wide`: `date,SPX,BTC,…` (the `var` command's history file): one series per column, named
 *   by its header.
 * The date must be the first column.
 */
export type HistoryLayoutName = 'ohlc' | 'price' | 'symbol' | 'wide';

export interface HistoryLayout {
  name: HistoryLayoutName;
  /** Column naming each row's series (`symbol` layout), else −1. */
  symbol: number;
  /** Value columns and the series each one feeds (for `symbol`, the id comes from the row). */
  columns: { column: number; id: string }[];
}

const priceNames = new Set(['price', 'close', 'value']);
const barNames = new Set(['open', 'high', 'low']);

/**
 * The layout of a header row, or why it is not a price history. `id` names the series of a
 * one-series layout (`ohlc`, `price`); without it the series takes its column's header.
 */
export function historyLayout(header: readonly string[], id?: string): HistoryLayout | { error: string } {
  const names = header.map((cell) => cell.trim().toLowerCase());
  if (names[0] !== 'date') return { error: `expected "date" as the first column, found "${header[0] ?? ''}"` };
  if (names.length < 2) return { error: 'expected at least one price column after "date"' };
  const close = names.indexOf('close');
  const symbol = names.indexOf('symbol');
  if (symbol > 0 && close > 0) return { name: 'symbol', symbol, columns: [{ column: close, id: '' }] };
  if (close > 0 && names.some((name) => barNames.has(name))) return { name: 'ohlc', symbol: -1, columns: [{ column: close, id: id ?? header[close]!.trim() }] };
  if (names.length === 2 && priceNames.has(names[1]!)) return { name: 'price', symbol: -1, columns: [{ column: 1, id: id ?? header[1]!.trim() }] };
  const columns: { column: number; id: string }[] = [];
  const seen = new Set<string>();
  for (let column = 1; column < header.length; column++) {
    const name = header[column]!.trim();
    if (name === '') return { error: `column ${column + 1} has no name: a wide history names each column by its instrument id` };
    if (seen.has(name)) return { error: `two columns are named "${name}"` };
    seen.add(name);
    columns.push({ column, id: name });
  }
  return { name: 'wide', symbol: -1, columns };
}
