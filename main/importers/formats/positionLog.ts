import type { ImportOptions } from '../../../shared/importResult.ts';
import type { DraftPosition } from '../draftPosition.ts';
import { emptyOutput, noteDefaultAccount, type ReaderOutput } from '../readerOutput.ts';
import type { SourceTable, TableRow } from '../sourceTable.ts';
import type { SymbolReading } from '../symbols/symbolReading.ts';
import { columnReader } from '../text/columnReader.ts';
import { detectDecimalSeparator } from '../text/detectDecimalSeparator.ts';
import { detectDateOrder } from '../text/detectDateOrder.ts';
import { parseNumber } from '../text/parseNumber.ts';
import { timeKey } from './timeKey.ts';

/** How a venue's transaction log names its columns and its instruments. */
export interface PositionLogSpec {
  venue: string;
  defaultAccount: string;
  columns: {
    account?: readonly string[];
    sequence?: readonly string[];
    time: readonly string[];
    instrument: readonly string[];
    position: readonly string[];
    price: readonly string[];
    balance: readonly string[];
    currency: readonly string[];
  };
  instrument(name: string): SymbolReading | undefined;
}

interface Entry {
  row: TableRow;
  account: string;
  order: number | string;
}

/**
 * Positions from a transaction log whose `Position` column is the running position of each
 * instrument: the latest row of each instrument (by sequence number, else by ISO time, else
 * by file order) is today's holding; flat instruments are listed as warnings. Account equity
 * is the balance on the latest row. Rows without an instrument (deposits, transfers) only
 * move the balance.
 */
export function readPositionLog(spec: PositionLogSpec, table: SourceTable, headerIndex: number, options: ImportOptions): ReaderOutput {
  const output = emptyOutput();
  const header = table.rows[headerIndex];
  if (!header) return output;
  const columns = columnReader(header.cells, { ...spec.columns, account: spec.columns.account ?? [], sequence: spec.columns.sequence ?? [] });
  if (!columns.has('position')) {
    output.errors.push({ line: header.line, message: `this ${spec.venue} log has no Position column (the running position); positions cannot be read from it` });
    return output;
  }
  const rows = table.rows.slice(headerIndex + 1);
  const decimal = detectDecimalSeparator(rows.flatMap((row) => [columns.get(row, 'position'), columns.get(row, 'price'), columns.get(row, 'balance')]), table.delimiter);
  const sequenced = columns.has('sequence') && rows.every((row) => parseNumber(columns.get(row, 'sequence')) !== undefined);
  const dateOrder = detectDateOrder(rows.map((row) => columns.get(row, 'time'))) === 'dmy' ? 'dmy' : 'mdy';
  const times = new Map(rows.map((row) => [row, timeKey(columns.get(row, 'time'), dateOrder)]));
  const timed = rows.every((row) => times.get(row) !== undefined);
  const orderOf = (row: TableRow): number | string => (sequenced ? (parseNumber(columns.get(row, 'sequence')) ?? 0) : timed ? (times.get(row) ?? '') : row.line);
  const latest = new Map<string, Entry>();
  let newest: Entry | undefined;
  for (const row of rows) {
    const account = columns.get(row, 'account') || spec.defaultAccount;
    const entry = { row, account, order: orderOf(row) };
    if (parseNumber(columns.get(row, 'balance'), decimal) !== undefined && (newest === undefined || entry.order >= newest.order)) newest = entry;
    const name = columns.get(row, 'instrument');
    if (!name) continue;
    const key = `${account}\u0000${name.toUpperCase()}`;
    const known = latest.get(key);
    if (known === undefined || entry.order >= known.order) latest.set(key, entry);
  }
  const positions: DraftPosition[] = [];
  for (const { row, account } of latest.values()) {
    const name = columns.get(row, 'instrument');
    const reading = spec.instrument(name);
    if (!reading) {
      output.errors.push({ line: row.line, field: columns.header('instrument'), message: `"${name}" is not a ${spec.venue} instrument name` });
      continue;
    }
    const positionText = columns.get(row, 'position');
    const quantity = parseNumber(positionText, decimal);
    if (quantity === undefined) {
      output.errors.push({ line: row.line, field: columns.header('position'), message: `${name}: position "${positionText}" is not a number` });
      continue;
    }
    if (quantity === 0) {
      output.warnings.push({ line: row.line, message: `${name}: closed (position 0 on its latest row); not imported` });
      continue;
    }
    const price = parseNumber(columns.get(row, 'price'), decimal);
    positions.push({ line: row.line, account, quantity, rawSymbol: name, ...reading, instrument: { ...reading.instrument, price } });
  }
  output.rows = positions.sort((a, b) => a.line - b.line);
  const accounts = new Set([...latest.values()].map((entry) => entry.account));
  for (const account of accounts) output.accounts.push({ id: account });
  if (newest) {
    const equity = parseNumber(columns.get(newest.row, 'balance'), decimal);
    const currencies = new Set(output.rows.map((row) => row.instrument.currency));
    const currency = columns.get(newest.row, 'currency') || (currencies.size === 1 ? [...currencies][0] : undefined);
    const account = output.accounts.find((entry) => entry.id === newest?.account) ?? { id: newest.account };
    if (!output.accounts.includes(account)) output.accounts.push(account);
    if (equity !== undefined) account.equity = equity;
    if (currency) account.currency = currency;
    output.statementDate = timeKey(columns.get(newest.row, 'time'), dateOrder)?.slice(0, 10);
  }
  noteDefaultAccount(output, spec.defaultAccount, options.accountOverride);
  return output;
}
