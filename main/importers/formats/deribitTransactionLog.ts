import { deribitInstrument } from '../symbols/deribitSymbol.ts';
import type { TableFormat } from '../tableFormat.ts';
import { findHeaderRow } from '../text/findHeaderRow.ts';
import { readPositionLog, type PositionLogSpec } from './positionLog.ts';

const spec: PositionLogSpec = {
  venue: 'Deribit',
  defaultAccount: 'DERIBIT',
  columns: {
    sequence: ['UserSeq', 'User Seq'],
    time: ['Date', 'Time', 'Timestamp'],
    instrument: ['Instrument', 'Instrument Name'],
    position: ['Position'],
    price: ['Mark Price', 'Price'],
    balance: ['Equity', 'Balance'],
    currency: ['Currency'],
  },
  instrument: deribitInstrument,
};

/**
 * Deribit's transaction log CSV, every header version (`Amount`/`Fee Charged` now, `Size`/
 * `Fee Paid` before): positions from the running `Position` column, equity from `Equity`.
 */
export const deribitTransactionLog: TableFormat = {
  format: 'deribit-transaction-log',
  detect: (table) => findHeaderRow(table, ['Instrument', 'Instrument Name'], ['UserSeq', 'Fee Charged', 'Fee Paid', 'Base Amount', 'Index Price', 'Mark Price', 'Cash Flow']),
  read: (table, headerIndex, options) => readPositionLog(spec, table, headerIndex, options),
};
