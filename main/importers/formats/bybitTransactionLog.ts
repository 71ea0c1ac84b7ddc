import { bybitInstrument } from '../symbols/bybitSymbol.ts';
import type { TableFormat } from '../tableFormat.ts';
import { findHeaderRow } from '../text/findHeaderRow.ts';
import { readPositionLog, type PositionLogSpec } from './positionLog.ts';

const spec: PositionLogSpec = {
  venue: 'Bybit',
  defaultAccount: 'BYBIT',
  columns: {
    time: ['Time', 'Date', 'Time(UTC)'],
    instrument: ['Contract', 'Symbol'],
    position: ['Position'],
    price: ['Filled Price', 'Price'],
    balance: ['Wallet Balance', 'Equity'],
    currency: ['Currency'],
  },
  instrument: bybitInstrument,
};

/**
 * Bybit's transaction log CSV (Time, Currency, Contract, Type, Direction, Quantity, Position,
 * Filled Price, … Wallet Balance …): positions from the running `Position` column, equity
 * from `Wallet Balance`.
 */
export const bybitTransactionLog: TableFormat = {
  format: 'bybit-transaction-log',
  detect: (table) => findHeaderRow(table, ['Contract'], ['Position'], ['Wallet Balance', 'Filled Price', 'Fee Paid', 'Cash Flow']),
  read: (table, headerIndex, options) => readPositionLog(spec, table, headerIndex, options),
};
