import { okxInstrument } from '../symbols/okxSymbol.ts';
import type { TableFormat } from '../tableFormat.ts';
import { findHeaderRow } from '../text/findHeaderRow.ts';
import { readFillHistory, type FillHistorySpec } from './fillHistory.ts';

const spec: FillHistorySpec = {
  venue: 'OKX',
  defaultAccount: 'OKX',
  columns: {
    account: ['Account', 'acctId', 'subAcct', 'Sub-account', 'uid'],
    id: ['id', 'billId'],
    time: ['Time', 'ts', 'fillTime', 'Date'],
    instrument: ['Symbol', 'Instrument', 'instId'],
    side: ['Action', 'Type', 'side'],
    positionSide: ['posSide', 'Position side'],
    quantity: ['Amount', 'fillSz', 'Filled amount'],
    price: ['Filled Price', 'fillPx', 'Price'],
    position: ['Position Balance'],
    unit: ['Trading Unit', 'Unit'],
    currency: [],
  },
  instrument: (name) => okxInstrument(name),
  required: ['multiplier'],
};

/**
 * OKX trade history: the web export (`UID:…` preamble, then `id, Order id, Time, Trade Type,
 * Symbol, Action, Amount, Trading Unit, Filled Price, PnL, Fee, Fee Unit, Position Change,
 * Position Balance, Balance Change, Balance, Balance Unit`; older files `Instrument, Type, …
 * Unit, PL`), whose running `Position Balance` gives each holding, or fills with the API's
 * names (`instId, side, posSide, fillSz, fillPx, ts`), which are summed. Amounts are contracts.
 */
export const okxTradeHistory: TableFormat = {
  format: 'okx-trade-history',
  detect: (table) =>
    findHeaderRow(table, ['Trade Type'], ['Symbol', 'Instrument'], ['Action', 'Type'], ['Amount']) ?? findHeaderRow(table, ['instId'], ['fillSz'], ['side']),
  read: (table, headerIndex, options) => readFillHistory(spec, table, headerIndex, options),
};
