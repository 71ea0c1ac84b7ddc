import type { RowError } from '../../../shared/importResult.ts';
import type { PriceSeries } from '../../engine/risk/priceSeries.ts';
import { parseCsvTable } from '../text/parseCsvTable.ts';
import { historyDate, type HistoryDateForm } from './historyDate.ts';
import { historyLayout, type HistoryLayoutName } from './historyLayout.ts';

/** A history file read into series, with every row that could not be read. */
export interface PriceHistory {
  /** The layout the header showed (`historyLayout`), or null when it is not a price history. */
  layout: HistoryLayoutName | null;
  series: PriceSeries[];
  errors: RowError[];
}

interface Point {
  date: string;
  close: number;
  line: number;
}

/** Cells that mean "no price that day" rather than a bad number. */
const blank = new Set(['', 'null', 'n/a', 'na', '#n/a', '.']);

/**
 * Reads a price-history CSV (pure: text in, series out) in any layout of `historyLayout`,
 * detected from the header. Each series comes out oldest first (files written newest first,
 * like Deribit's DVOL, are turned round), one close per date, negative closes kept.
 *
 * Rows in error are left out and listed with their 1-based line: a date that is not ISO
 * `YYYY-MM-DD` / `YYYY-MM` or not a real day, a date of the other form than the file's first
 * one (a daily file with a monthly row), a date a series already has (the first row keeps it;
 * every later one is an error), a close that is not a number. A blank close (empty, `null`,
 * `N/A`, `.`) is a gap in a wide file, where one column may trade on days another does not
 * (BTC on weekends), and an error in a one-series file.
 *
 * `options.id` names the series of a one-series file (else the close column's header); a
 * `symbol` file names each series by its symbol, a wide file by its column header.
 */
export function readPriceHistory(text: string, options: { id?: string } = {}): PriceHistory {
  const { table, errors } = parseCsvTable(text);
  const header = table.rows[0];
  if (!header) return { layout: null, series: [], errors: [...errors, { line: 1, message: 'the file has no header row' }] };
  const layout = historyLayout(header.cells, options.id);
  if ('error' in layout) return { layout: null, series: [], errors: [...errors, { line: header.line, message: layout.error }] };
  const points = new Map<string, Point[]>();
  const add = (id: string, point: Point) => {
    const list = points.get(id);
    if (list) list.push(point);
    else points.set(id, [point]);
  };
  for (const { id } of layout.columns) if (layout.name !== 'symbol') points.set(id, []);
  const gapsAllowed = layout.name === 'wide';
  let form: { form: HistoryDateForm; line: number } | undefined;
  for (const row of table.rows.slice(1)) {
    const dateText = row.cells[0] ?? '';
    const date = historyDate(dateText);
    if (!date) {
      errors.push({ line: row.line, field: header.cells[0], message: `expected a date as YYYY-MM-DD (or YYYY-MM for a monthly series), got "${dateText}"` });
      continue;
    }
    form ??= { form: date.form, line: row.line };
    if (date.form !== form.form) {
      errors.push({ line: row.line, field: header.cells[0], message: `expected a ${form.form} date like line ${form.line}'s, got "${dateText}"` });
      continue;
    }
    let seriesId: string | undefined;
    if (layout.symbol >= 0) {
      seriesId = row.cells[layout.symbol] ?? '';
      if (seriesId === '') {
        errors.push({ line: row.line, field: header.cells[layout.symbol], message: 'no symbol' });
        continue;
      }
    }
    for (const { column, id } of layout.columns) {
      const cell = row.cells[column] ?? '';
      const field = header.cells[column]!;
      if (blank.has(cell.toLowerCase())) {
        if (!gapsAllowed) errors.push({ line: row.line, field, message: `no ${field} on ${date.date}` });
        continue;
      }
      const close = Number(cell);
      if (!Number.isFinite(close)) {
        errors.push({ line: row.line, field, message: `${field}: expected a number, got "${cell}"` });
        continue;
      }
      add(seriesId ?? id, { date: date.date, close, line: row.line });
    }
  }
  const series: PriceSeries[] = [];
  for (const [id, list] of points) series.push(toSeries(id, list, errors));
  errors.sort((a, b) => a.line - b.line);
  return { layout: layout.name, series, errors };
}

/** Oldest first, one close per date: later rows repeating a date are errors. */
function toSeries(id: string, points: Point[], errors: RowError[]): PriceSeries {
  const sorted = isAscending(points) ? points : points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
  const dates: string[] = [];
  const closes: number[] = [];
  let previous: Point | undefined;
  for (const point of sorted) {
    if (previous && previous.date === point.date) {
      errors.push({ line: point.line, message: `${id}: a second close for ${point.date} (the first is on line ${previous.line})` });
      continue;
    }
    dates.push(point.date);
    closes.push(point.close);
    previous = point;
  }
  return { id, dates, closes: Float64Array.from(closes) };
}

function isAscending(points: readonly Point[]): boolean {
  for (let i = 1; i < points.length; i++) if (!(points[i - 1]!.date < points[i]!.date)) return false;
  return true;
}
