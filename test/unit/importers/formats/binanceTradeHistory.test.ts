import { describe, expect, it } from 'vitest';
import { readBrokerFile } from '../../../../main/importers/readBrokerFile.ts';
import { readFixture } from '../readFixture.ts';

describe('Binance trade history CSV', () => {
  it('sums futures fills per symbol: USDⓈ-M perpetual and quarterly, COIN-M in 100 USD contracts', async () => {
    const result = await readBrokerFile({ fileName: 'binance.csv', text: readFixture('binance/futures_trade_history.csv') });
    expect(result.format).toBe('binance-trade-history');
    expect(result.rows.map((row) => [row.line, row.lines, row.instrument.id, row.quantity, row.instrument.price, row.quantityCurrency])).toEqual([
      [2, [2, 3], 'BTCUSDT', 0.015, 96500, undefined],
      [6, undefined, 'ETHUSDT_250328', -1.5, 3400.5, undefined],
      [7, undefined, 'BTCUSD_PERP', 12, 95500, 'USD'],
    ]);
    expect(result.rows[1]?.instrument).toMatchObject({ kind: 'future', expiry: '2025-03-28', multiplier: 1, currency: 'USDT', settlement: 'standard' });
    expect(result.rows[2]?.instrument).toMatchObject({ kind: 'perpetual', multiplier: 100, currency: 'BTC', settlement: 'inverse' });
    expect(result.errors).toEqual([
      { line: 8, field: 'Quantity', message: 'BTCUSDT: quantity "abc" is not a number' },
      { line: 9, field: 'Symbol', message: '"BTC-USDT" is not a Binance instrument name' },
    ]);
    expect(result.warnings[0]).toEqual({ line: 4, message: 'SOLUSDT: closed (position 0 once its fills are summed); not imported' });
    expect(result.statementDate).toBe('2025-03-14');
  });

  it('reads options fills with the API’s names, one position per account', async () => {
    const result = await readBrokerFile({ fileName: 'options.csv', text: readFixture('binance/options_trade_history.csv') });
    expect(result.format).toBe('binance-trade-history');
    expect(result.rows.map((row) => [row.line, row.account, row.instrument.id, row.quantity, row.instrument.price])).toEqual([
      [3, 'DESK-A', 'BTC-250328-100000-C', 0.3, 1400],
      [4, 'DESK-B', 'BTC-250328-100000-C', -1, 1300],
      [5, 'DESK-B', 'ETH-250328-3000-P', -4, 45.5],
    ]);
    expect(result.rows[2]?.instrument).toMatchObject({ kind: 'option', underlying: 'ETH', right: 'put', strike: 3000, expiry: '2025-03-28', currency: 'USDT' });
    expect(result.errors).toEqual([{ line: 6, field: 'symbol', message: '"BTC-250328-100000-X" is not a Binance instrument name' }]);
    expect(result.accounts.map((account) => account.id)).toEqual(['DESK-A', 'DESK-B']);
    expect(result.warnings).toEqual([]);
  });

  it('accepts header variants: Time(UTC), Qty, Realized PNL, a hedge-mode Position Side, `;` and decimal commas', async () => {
    const text = [
      'Time(UTC);Symbol;Side;Position Side;Price;Qty;Realized PNL',
      '2025-03-10 10:00:00;ETHUSDT;SELL;SHORT;3400,5;2;0',
      '2025-03-11 10:00:00;ETHUSDT;BUY;SHORT;3300,25;0,5;50',
      '2025-03-11 11:00:00;ETHUSDT;BUY;LONG;3310;1;0',
    ].join('\n');
    const result = await readBrokerFile({ fileName: 'hedge.csv', text });
    expect(result.format).toBe('binance-trade-history');
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.quantity, row.instrument.price])).toEqual([
      [3, -1.5, 3300.25],
      [4, 1, 3310],
    ]);
  });

  it('leaves spot trade exports (no realized profit) to the generic reader', async () => {
    const text = 'Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee\n2025-03-10 10:00:00,BTCUSDT,BUY,95000,0.1,9500,0.0001\n';
    expect((await readBrokerFile({ fileName: 'spot.csv', text })).format).toBe('generic-csv');
  });
});
