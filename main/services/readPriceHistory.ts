import type { DateOrder, ImportWarning, RowError } from '../../shared/importResult.ts';
import type { SourceTable, TableRow } from '../importers/sourceTable.ts';
import { normaliseHeader } from '../importers/text/columnReader.ts';
import { detectDateOrder } from '../importers/text/detectDateOrder.ts';
import { parseDate } from '../importers/text/parseDate.ts';
import { parseNumber } from '../importers/text/parseNumber.ts';
import type { DailyClose } from '../store/marketDataRepository.ts';

export interface PriceHistory {
  /** Series → closes, oldest first. */
  series: Map<string, DailyClose[]>;
  errors: RowError[];
  warnings: ImportWarning[];
}

const dateHeaders = new Set(['date', 'tradedate', 'asof', 'day']);
const seriesHeaders = new Set(['symbol', 'series', 'ticker', 'instrument']);
/** Close columns in order of preference (a one-series file, or a long file with a symbol column). */
const closeHeaders = ['close', 'price', 'settle', 'settlement', 'last', 'value', 'adjclose'];
/** Headers of position files: such a file is not a price history even when its cells are numbers. */
const positionHeaders = new Set(['strike', 'quantity', 'qty', 'position', 'net', 'account', 'acctid', 'size']);
const sampleRows = 20;

/**
 * Reads a daily price history: a `date` column, then either one close (`date,close`; OHLC files
 * use Close; the series is named `series`, else after the file), a symbol column with a close
 * (`date,symbol,…,close`, one series per symbol), or the wide form `date,SPX,BTC` (one series
 * per column; empty cells are days without a close). Rows in any order; every unreadable date
 * or close is an error with its line. Undefined when the table is not a price history: the
 * first column is not a date, or (without a close column) the other columns are not mostly numbers.
 */
export function readPriceHistory(table: SourceTable, fileName: string, options: { series?: string; dateOrder?: DateOrder }): PriceHistory | undefined {
  const [header, ...data] = table.rows;
  if (!header || data.length === 0) return undefined;
  const names = header.cells.map(normaliseHeader);
  if (!dateHeaders.has(names[0] ?? '') || names.some((n) => positionHeaders.has(n))) return undefined;
  const symbolAt = names.findIndex((n) => seriesHeaders.has(n));
  const closeAt = closeHeaders.map((n) => names.indexOf(n)).find((at) => at >= 0) ?? -1;
  const numericAt = names.map((_, at) => at).filter((at) => at > 0 && at !== symbolAt);
  const sample = data.slice(0, sampleRows);
  const cells = sample.flatMap((row) => numericAt.map((at) => row.cells[at] ?? '')).filter((cell) => cell !== '');
  const numbers = cells.filter((cell) => parseNumber(cell) !== undefined).length;
  if (numericAt.length === 0 || (closeAt < 0 && (cells.length === 0 || numbers < 0.8 * cells.length))) return undefined;

  const errors: RowError[] = [];
  const warnings: ImportWarning[] = [];
  const detected = detectDateOrder(data.map((row) => row.cells[0] ?? ''));
  const order: DateOrder = options.dateOrder ?? (detected === 'dmy' ? 'dmy' : 'mdy');
  if (options.dateOrder === undefined && detected === 'either' && data.some((row) => /^\d{1,2}[/.]/.test(row.cells[0] ?? ''))) {
    warnings.push({ message: `${header.cells[0]}: no date settles whether it is day-first or month-first; read as month-first (choose the date order to change it)` });
  }
  const series = new Map<string, Map<string, { close: number; line: number }>>();
  const add = (name: string, row: TableRow, date: string, cell: string, column: string) => {
    const close = parseNumber(cell);
    if (close === undefined) {
      errors.push({ line: row.line, field: column, message: `${name} on ${date}: "${cell}" is not a number` });
      return;
    }
    let closes = series.get(name);
    if (!closes) series.set(name, (closes = new Map()));
    const earlier = closes.get(date);
    if (earlier) errors.push({ line: row.line, field: column, message: `${name}: a second close for ${date} (line ${earlier.line} has one)` });
    else closes.set(date, { close, line: row.line });
  };
  const single = closeAt >= 0 ? (options.series ?? seriesNameOf(fileName)) : undefined;
  for (const row of data) {
    const dateText = row.cells[0] ?? '';
    const date = parseDate(dateText, order);
    if (date === undefined) {
      errors.push({ line: row.line, field: header.cells[0], message: `"${dateText}" is not a date` });
      continue;
    }
    if (symbolAt >= 0 && closeAt >= 0) {
      const name = (row.cells[symbolAt] ?? '').trim();
      if (name === '') errors.push({ line: row.line, field: header.cells[symbolAt], message: `${date}: no ${header.cells[symbolAt]}` });
      else add(name, row, date, row.cells[closeAt] ?? '', header.cells[closeAt] ?? 'close');
    } else if (single !== undefined) {
      add(single, row, date, row.cells[closeAt] ?? '', header.cells[closeAt] ?? 'close');
    } else {
      for (const at of numericAt) {
        const cell = row.cells[at] ?? '';
        if (cell !== '') add(header.cells[at] ?? `column ${at + 1}`, row, date, cell, header.cells[at] ?? '');
      }
    }
  }
  errors.sort((a, b) => a.line - b.line);
  const sorted = new Map(
    [...series].map(([name, closes]) => [name, [...closes].map(([date, c]) => ({ date, close: c.close })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))]),
  );
  return { series: sorted, errors, warnings };
}

/** `btc-usd_daily_2015_2023.csv` → `BTC-USD`, `vix-daily.csv` → `VIX`, `SPX.csv` → `SPX`. */
export function seriesNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]*$/, '').split(/[_\s]/)[0] ?? base;
  return (stem.replace(/-(daily|weekly|monthly|prices?|history|close)\b.*$/i, '') || stem).toUpperCase();
}
