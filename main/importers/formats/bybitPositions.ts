import type { ImportOptions } from '../../../shared/importResult.ts';
import { emptyOutput, noteDefaultAccount, type ReaderOutput } from '../readerOutput.ts';
import type { SourceTable } from '../sourceTable.ts';
import { bybitInstrument } from '../symbols/bybitSymbol.ts';
import type { TableFormat } from '../tableFormat.ts';
import { columnReader } from '../text/columnReader.ts';
import { detectDecimalSeparator } from '../text/detectDecimalSeparator.ts';
import { findHeaderRow } from '../text/findHeaderRow.ts';
import { parseNumber } from '../text/parseNumber.ts';

const defaultAccount = 'BYBIT';

const columns = {
  account: ['Account', 'UID', 'Sub-account'],
  contract: ['Contract', 'Contracts', 'Symbol'],
  side: ['Side', 'Direction'],
  size: ['Size', 'Qty', 'Position Qty'],
  markPrice: ['Mark Price', 'markPrice'],
} as const;

/**
 * Bybit open positions (`Contract, Side, Size, Entry Price, Mark Price, Position Value,
 * Liq. Price, …`, or the API's `symbol, side, size, avgPrice, markPrice, positionValue, …`).
 * `Size` is unsigned; side Sell/Short makes it negative. Contract names as in bybitSymbol.ts.
 */
export const bybitPositions: TableFormat = {
  format: 'bybit-positions',
  detect: (table) =>
    findHeaderRow(
      table,
      [...columns.contract],
      [...columns.side],
      [...columns.size],
      ['Entry Price', 'avgPrice', 'entryPrice', 'Avg Entry Price'],
      [...columns.markPrice],
      ['Position Value', 'positionValue', 'positionIdx', 'Liq. Price', 'liqPrice', 'Unrealized P&L', 'unrealisedPnl', 'Position IM', 'positionIM'],
    ),
  read: readBybitPositions,
};

function readBybitPositions(table: SourceTable, headerIndex: number, options: ImportOptions): ReaderOutput {
  const output = emptyOutput();
  const header = table.rows[headerIndex];
  if (!header) return output;
  const reader = columnReader(header.cells, columns);
  const rows = table.rows.slice(headerIndex + 1);
  const decimal = detectDecimalSeparator(rows.flatMap((row) => [reader.get(row, 'size'), reader.get(row, 'markPrice')]), table.delimiter);
  for (const row of rows) {
    const contract = reader.get(row, 'contract');
    const reading = bybitInstrument(contract);
    if (!reading) {
      output.errors.push({ line: row.line, field: reader.header('contract'), message: `"${contract}" is not a Bybit contract (BTCUSDT, BTC-27DEC24, BTC-30DEC22-18000-C)` });
      continue;
    }
    const sizeText = reader.get(row, 'size');
    const size = parseNumber(sizeText, decimal);
    if (size === undefined) {
      output.errors.push({ line: row.line, field: reader.header('size'), message: `${contract}: size "${sizeText}" is not a number` });
      continue;
    }
    if (size === 0) {
      output.warnings.push({ line: row.line, message: `${contract}: size 0 (flat); not imported` });
      continue;
    }
    const side = reader.get(row, 'side').toLowerCase();
    if (side !== '' && side !== 'buy' && side !== 'long' && side !== 'sell' && side !== 'short') {
      output.errors.push({ line: row.line, field: reader.header('side'), message: `${contract}: side "${reader.get(row, 'side')}" is not Buy or Sell` });
      continue;
    }
    const quantity = side === 'sell' || side === 'short' ? -Math.abs(size) : side === '' ? size : Math.abs(size);
    output.rows.push({
      line: row.line,
      account: reader.get(row, 'account') || defaultAccount,
      quantity,
      rawSymbol: contract,
      ...reading,
      instrument: { ...reading.instrument, price: parseNumber(reader.get(row, 'markPrice'), decimal) },
    });
  }
  noteDefaultAccount(output, defaultAccount, options.accountOverride);
  return output;
}
