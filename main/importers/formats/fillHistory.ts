import type { ImportedInstrument, ImportOptions } from '../../../shared/importResult.ts';
import type { DraftPosition } from '../draftPosition.ts';
import { emptyOutput, noteDefaultAccount, type ReaderOutput } from '../readerOutput.ts';
import type { SourceTable, TableRow } from '../sourceTable.ts';
import type { SymbolReading } from '../symbols/symbolReading.ts';
import { columnReader, type ColumnReader } from '../text/columnReader.ts';
import { detectDateOrder } from '../text/detectDateOrder.ts';
import { detectDecimalSeparator } from '../text/detectDecimalSeparator.ts';
import { parseNumber } from '../text/parseNumber.ts';
import { timeKey } from './timeKey.ts';

type Field = 'account' | 'id' | 'time' | 'instrument' | 'side' | 'positionSide' | 'quantity' | 'price' | 'position' | 'unit' | 'currency';

/** How a venue's trade history names its columns and its instruments (`[]` for a column it never has). */
export interface FillHistorySpec {
  venue: string;
  defaultAccount: string;
  columns: Record<Field, readonly string[]>;
  instrument(name: string, currency: string | undefined): SymbolReading | undefined;
  /** Instrument fields the venue's grammar may not know (OKX contract sizes). */
  required?: (keyof ImportedInstrument)[];
}

/** Hedge-mode venues keep a long and a short position per instrument; one-way mode one net position. */
type Book = 'net' | 'long' | 'short';

interface Fill {
  book: Book;
  sign: 1 | -1;
}

interface Holding {
  name: string;
  account: string;
  reading: SymbolReading;
  latest: TableRow;
  quantity: number;
  lines: number[];
}

/**
 * Positions from a trade history, one row per fill. With a running position column (OKX
 * `Position Balance`) the latest fill of each account, instrument and book states the holding;
 * without one, the signed fills are summed (so positions opened before the export's first day
 * are missing: export the whole history). A fill's sign comes from its side (`Buy`/`Sell`) or
 * action (`Open long`, `Close short`); rows that are not fills (funding, fees, transfers) and
 * spot trades are listed in the notes. The price is the latest fill's.
 */
export function readFillHistory(spec: FillHistorySpec, table: SourceTable, headerIndex: number, options: ImportOptions): ReaderOutput {
  const output = emptyOutput();
  const header = table.rows[headerIndex];
  if (!header) return output;
  const columns = columnReader(header.cells, spec.columns);
  const rows = table.rows.slice(headerIndex + 1);
  const running = columns.has('position');
  const decimal = detectDecimalSeparator(rows.flatMap((row) => [columns.get(row, 'quantity'), columns.get(row, 'price'), columns.get(row, 'position')]), table.delimiter);
  const { compare, newest } = chronology(columns, rows);
  const fileAccount = preambleAccount(table, headerIndex) ?? spec.defaultAccount;
  const holdings = new Map<string, Holding>();
  const spot = new Map<string, number[]>();
  const notFills: number[] = [];
  for (const row of rows) {
    const name = columns.get(row, 'instrument');
    const action = columns.get(row, 'side');
    const fill = readAction(action, columns.get(row, 'positionSide'));
    if (!name || fill === 'none') {
      notFills.push(row.line);
      continue;
    }
    const reading = spec.instrument(name, columns.get(row, 'currency') || undefined);
    if (!reading) {
      output.errors.push({ line: row.line, field: columns.header('instrument'), message: `"${name}" is not a ${spec.venue} instrument name` });
      continue;
    }
    if (reading.instrument.kind === 'spot') {
      spot.set(name, [...(spot.get(name) ?? []), row.line]);
      continue;
    }
    const unit = columns.get(row, 'unit');
    if (unit && !/^cont(ract)?s?$/i.test(unit)) {
      output.errors.push({ line: row.line, field: columns.header('unit'), message: `${name}: the amount is in ${unit}, not in contracts; export the history with amounts in contracts` });
      continue;
    }
    const book = fill?.book ?? 'net';
    const field = running ? 'position' : 'quantity';
    const text = columns.get(row, field);
    const value = parseNumber(text, decimal);
    if (value === undefined) {
      output.errors.push({ line: row.line, field: columns.header(field), message: `${name}: ${running ? 'position' : 'quantity'} "${text}" is not a number` });
      continue;
    }
    if (!running && fill === undefined) {
      output.errors.push({ line: row.line, field: columns.header('side'), message: `${name}: "${action}" is not a buy or a sell` });
      continue;
    }
    const quantity = running ? (book === 'net' ? value : book === 'long' ? Math.abs(value) : -Math.abs(value)) : (fill?.sign ?? 1) * Math.abs(value);
    const account = columns.get(row, 'account') || fileAccount;
    const key = `${account}\u0000${reading.instrument.id}\u0000${book}`;
    const known = holdings.get(key);
    if (!known) {
      holdings.set(key, { name, account, reading, latest: row, quantity, lines: [row.line] });
      continue;
    }
    const later = compare(row, known.latest) >= 0;
    if (later) known.latest = row;
    if (!running) known.quantity += quantity;
    else if (later) known.quantity = quantity;
    known.lines.push(row.line);
  }
  for (const { name, account, reading, latest, quantity, lines } of holdings.values()) {
    const rounded = Number(quantity.toPrecision(12));
    if (rounded === 0) {
      output.warnings.push({ line: latest.line, message: `${name}: closed (position 0 ${running ? 'on its latest fill' : 'once its fills are summed'}); not imported` });
      continue;
    }
    const position: DraftPosition = {
      line: latest.line,
      account,
      quantity: rounded,
      rawSymbol: name,
      ...reading,
      instrument: { ...reading.instrument, price: parseNumber(columns.get(latest, 'price'), decimal) },
      ...(spec.required ? { required: spec.required } : {}),
    };
    output.rows.push(running || lines.length === 1 ? position : { ...position, lines: lines.sort((a, b) => a - b) });
  }
  output.rows.sort((a, b) => a.line - b.line);
  for (const [name, lines] of spot) {
    output.warnings.push({ line: lines[0], message: `${name}: spot trades (lines ${lines.join(', ')}) move balances, not positions; not imported` });
  }
  if (notFills.length > 0) {
    output.warnings.push({ line: notFills[0], message: `${notFills.length} row(s) are not trades (funding, fees, transfers…) and change no position: lines ${notFills.join(', ')}` });
  }
  output.statementDate = newest?.slice(0, 10);
  noteDefaultAccount(output, spec.defaultAccount, options.accountOverride);
  return output;
}

/**
 * A fill's book and sign from its action (`Buy`, `SELL`, `Open long`, `Close short`) and, in
 * hedge mode, its position side; `none` for rows that move no position; undefined when unclear.
 */
function readAction(action: string, positionSide: string): Fill | 'none' | undefined {
  const text = action.toLowerCase();
  if (/funding|transfer|interest|rebate|deposit|withdraw|bonus|fee/.test(text)) return 'none';
  const side = positionSide.toLowerCase();
  const book: Book = /\blong\b/.test(text) || side === 'long' ? 'long' : /\bshort\b/.test(text) || side === 'short' ? 'short' : 'net';
  if (/\bbuy\b/.test(text)) return { book, sign: 1 };
  if (/\bsell\b/.test(text)) return { book, sign: -1 };
  const opens = /\bopen\b/.test(text);
  const closes = /\bclose\b|liquidat|\badl\b|deliver|exercis|expir/.test(text);
  if (book === 'net' || opens === closes) return undefined;
  return { book, sign: (book === 'long') === opens ? 1 : -1 };
}

/**
 * The order of fills: by time when every row has one, then by numeric id, then by position in
 * the file (read backwards when the times run newest first, as OKX and Bybit export them).
 */
function chronology(columns: ColumnReader<Field>, rows: TableRow[]): { compare(a: TableRow, b: TableRow): number; newest?: string } {
  const dateOrder = detectDateOrder(rows.map((row) => columns.get(row, 'time'))) === 'dmy' ? 'dmy' : 'mdy';
  const times = new Map(rows.map((row) => [row, timeKey(columns.get(row, 'time'), dateOrder)]));
  const known = [...times.values()].filter((time) => time !== undefined);
  const timed = rows.length > 0 && known.length === rows.length;
  const numbered = rows.every((row) => /^\d{1,40}$/.test(columns.get(row, 'id')));
  const direction = (known[0] ?? '') > (known.at(-1) ?? '') ? -1 : 1;
  const compare = (a: TableRow, b: TableRow): number => {
    const [timeA, timeB] = timed ? [times.get(a) ?? '', times.get(b) ?? ''] : ['', ''];
    if (timeA !== timeB) return timeA < timeB ? -1 : 1;
    const [idA, idB] = numbered ? [columns.get(a, 'id'), columns.get(b, 'id')] : ['', ''];
    if (idA !== idB) return idA.length !== idB.length ? idA.length - idB.length : idA < idB ? -1 : 1;
    return (a.line - b.line) * direction;
  };
  const newest = known.reduce<string | undefined>((latest, time) => (latest === undefined || time > latest ? time : latest), undefined);
  return { compare, newest };
}

/** The account a preamble line names (OKX: `UID:5023…,Account Type:Trading,Time Zone:UTC+8`). */
function preambleAccount(table: SourceTable, headerIndex: number): string | undefined {
  for (const row of table.rows.slice(0, headerIndex)) {
    for (const cell of row.cells) {
      const match = /^(?:UID|Account ID|Account)\s*[:：]\s*(\S+)/i.exec(cell.trim());
      if (match?.[1]) return match[1];
    }
  }
  return undefined;
}
