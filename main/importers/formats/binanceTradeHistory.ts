import { binanceFuturesInstrument } from '../symbols/binanceFuturesSymbol.ts';
import { binanceInstrument } from '../symbols/binanceSymbol.ts';
import type { TableFormat } from '../tableFormat.ts';
import { findHeaderRow } from '../text/findHeaderRow.ts';
import { readFillHistory, type FillHistorySpec } from './fillHistory.ts';

const realizedProfit = ['Realized Profit', 'realizedProfit', 'Realized PNL', 'Realized PnL'];

const spec: FillHistorySpec = {
  venue: 'Binance',
  defaultAccount: 'BINANCE',
  columns: {
    account: ['Account', 'Sub-account', 'uid'],
    id: ['Trade ID', 'tradeId', 'id'],
    time: ['Date(UTC)', 'Time(UTC)', 'Date', 'Time'],
    instrument: ['Symbol', 'Contract'],
    side: ['Side'],
    positionSide: ['Position Side', 'positionSide'],
    quantity: ['Quantity', 'Qty', 'Executed'],
    price: ['Price'],
    position: [],
    unit: [],
    currency: ['Quote Asset', 'quoteAsset'],
  },
  instrument: (name, quoteAsset) => binanceInstrument(name, quoteAsset) ?? binanceFuturesInstrument(name),
};

/**
 * Binance derivatives trade history, one row per fill: the futures export
 * (`Date(UTC), Symbol, Side, Price, Quantity, Amount, Fee, Realized Profit`, newer files with
 * `Fee Coin`, `Quote Asset`) and options fills with the API's names (`symbol, side, price,
 * quantity, fee, realizedProfit, quoteAsset, time`). Signed quantities are summed per symbol:
 * options `BTC-200730-9000-C`, USDⓈ-M `BTCUSDT` / `BTCUSDT_250328`, COIN-M `BTCUSD_PERP`.
 * `Amount` is the fill's value in the quote, never its size. Spot exports (no realized
 * profit) are not read here.
 */
export const binanceTradeHistory: TableFormat = {
  format: 'binance-trade-history',
  detect: (table) => findHeaderRow(table, ['Symbol'], ['Side'], ['Price'], ['Quantity', 'Qty'], realizedProfit),
  read: (table, headerIndex, options) => readFillHistory(spec, table, headerIndex, options),
};
