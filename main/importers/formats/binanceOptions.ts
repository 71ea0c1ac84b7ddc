import type { ImportOptions } from '../../../shared/importResult.ts';
import { emptyOutput, noteDefaultAccount, type ReaderOutput } from '../readerOutput.ts';
import type { SourceTable } from '../sourceTable.ts';
import { binanceInstrument } from '../symbols/binanceSymbol.ts';
import type { TableFormat } from '../tableFormat.ts';
import { columnReader } from '../text/columnReader.ts';
import { detectDecimalSeparator } from '../text/detectDecimalSeparator.ts';
import { findHeaderRow } from '../text/findHeaderRow.ts';
import { parseNumber } from '../text/parseNumber.ts';

const defaultAccount = 'BINANCE';

const columns = {
  account: ['Account', 'uid'],
  symbol: ['symbol', 'Symbol'],
  side: ['side', 'Side', 'Direction'],
  quantity: ['quantity', 'Quantity', 'Position', 'Size'],
  markPrice: ['markPrice', 'Mark Price'],
  quoteAsset: ['quoteAsset', 'Quote Asset'],
} as const;

/**
 * Binance European options positions with the API's field names (entryPrice, symbol, side,
 * quantity, markValue, unrealizedPNL, markPrice, strikePrice, expiryDate, optionSide,
 * quoteAsset). `side` SHORT makes the quantity negative.
 */
export const binanceOptions: TableFormat = {
  format: 'binance-options',
  detect: (table) => findHeaderRow(table, ['symbol'], ['quantity'], ['optionSide', 'strikePrice', 'markValue', 'quoteAsset']),
  read: readBinanceOptions,
};

function readBinanceOptions(table: SourceTable, headerIndex: number, options: ImportOptions): ReaderOutput {
  const output = emptyOutput();
  const header = table.rows[headerIndex];
  if (!header) return output;
  const reader = columnReader(header.cells, columns);
  const rows = table.rows.slice(headerIndex + 1);
  const decimal = detectDecimalSeparator(rows.flatMap((row) => [reader.get(row, 'quantity'), reader.get(row, 'markPrice')]), table.delimiter);
  for (const row of rows) {
    const symbol = reader.get(row, 'symbol');
    const reading = binanceInstrument(symbol, reader.get(row, 'quoteAsset') || undefined);
    if (!reading) {
      output.errors.push({ line: row.line, field: reader.header('symbol'), message: `"${symbol}" is not a Binance option symbol (BTC-200730-9000-C)` });
      continue;
    }
    const quantityText = reader.get(row, 'quantity');
    const size = parseNumber(quantityText, decimal);
    if (size === undefined) {
      output.errors.push({ line: row.line, field: reader.header('quantity'), message: `${symbol}: quantity "${quantityText}" is not a number` });
      continue;
    }
    if (size === 0) {
      output.warnings.push({ line: row.line, message: `${symbol}: quantity 0 (flat); not imported` });
      continue;
    }
    const side = reader.get(row, 'side').toUpperCase();
    const quantity = side === 'SHORT' || side === 'SELL' ? -Math.abs(size) : size;
    output.rows.push({
      line: row.line,
      account: reader.get(row, 'account') || defaultAccount,
      quantity,
      rawSymbol: symbol,
      ...reading,
      instrument: { ...reading.instrument, price: parseNumber(reader.get(row, 'markPrice'), decimal) },
    });
  }
  noteDefaultAccount(output, defaultAccount, options.accountOverride);
  return output;
}
