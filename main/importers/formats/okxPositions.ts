import type { ImportOptions } from '../../../shared/importResult.ts';
import { emptyOutput, noteDefaultAccount, type ReaderOutput } from '../readerOutput.ts';
import type { SourceTable } from '../sourceTable.ts';
import { okxInstrument } from '../symbols/okxSymbol.ts';
import type { TableFormat } from '../tableFormat.ts';
import { columnReader } from '../text/columnReader.ts';
import { detectDecimalSeparator } from '../text/detectDecimalSeparator.ts';
import { findHeaderRow } from '../text/findHeaderRow.ts';
import { parseNumber } from '../text/parseNumber.ts';

const defaultAccount = 'OKX';

const columns = {
  account: ['Account', 'acctId', 'subAcct', 'Sub-account', 'uid'],
  instId: ['instId', 'Instrument ID', 'Instrument'],
  posSide: ['posSide', 'Position side'],
  pos: ['pos', 'Position', 'Positions'],
  markPx: ['markPx', 'Mark price', 'Mark Px'],
  ctVal: ['ctVal', 'Contract value'],
  ctMult: ['ctMult', 'Contract multiplier'],
} as const;

/**
 * OKX positions with the API's field names (instId, instType, mgnMode, posSide, pos, avgPx,
 * markPx, …). `pos` is in contracts, signed in net mode; `posSide` short makes it negative.
 * A contract's size is ctVal × ctMult when the file has them, else the table in okxSymbol.ts.
 */
export const okxPositions: TableFormat = {
  format: 'okx-positions',
  detect: (table) => findHeaderRow(table, ['instId'], ['pos', 'Position', 'Positions']),
  read: readOkxPositions,
};

function readOkxPositions(table: SourceTable, headerIndex: number, options: ImportOptions): ReaderOutput {
  const output = emptyOutput();
  const header = table.rows[headerIndex];
  if (!header) return output;
  const reader = columnReader(header.cells, columns);
  const rows = table.rows.slice(headerIndex + 1);
  const decimal = detectDecimalSeparator(rows.flatMap((row) => [reader.get(row, 'pos'), reader.get(row, 'markPx')]), table.delimiter);
  for (const row of rows) {
    const instId = reader.get(row, 'instId');
    const ctVal = parseNumber(reader.get(row, 'ctVal'), decimal);
    const reading = okxInstrument(instId, ctVal === undefined ? undefined : ctVal * (parseNumber(reader.get(row, 'ctMult'), decimal) ?? 1));
    if (!reading) {
      output.errors.push({ line: row.line, field: reader.header('instId'), message: `"${instId}" is not an OKX instrument id` });
      continue;
    }
    const posText = reader.get(row, 'pos');
    const pos = parseNumber(posText, decimal);
    if (pos === undefined) {
      output.errors.push({ line: row.line, field: reader.header('pos'), message: `${instId}: position "${posText}" is not a number` });
      continue;
    }
    if (pos === 0) {
      output.warnings.push({ line: row.line, message: `${instId}: position 0 (flat); not imported` });
      continue;
    }
    const side = reader.get(row, 'posSide').toLowerCase();
    const quantity = side === 'short' ? -Math.abs(pos) : side === 'long' ? Math.abs(pos) : pos;
    output.rows.push({
      line: row.line,
      account: reader.get(row, 'account') || defaultAccount,
      quantity,
      rawSymbol: instId,
      ...reading,
      instrument: { ...reading.instrument, price: parseNumber(reader.get(row, 'markPx'), decimal) },
      required: ['multiplier'],
    });
  }
  noteDefaultAccount(output, defaultAccount, options.accountOverride);
  return output;
}
