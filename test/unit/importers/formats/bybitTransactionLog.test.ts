import { describe, expect, it } from 'vitest';
import { readBrokerFile } from '../../../../main/importers/readBrokerFile.ts';
import { readFixture } from '../readFixture.ts';

describe('Bybit transaction log CSV', () => {
  it('takes the running Position of each contract’s latest row by time, and the latest wallet balance', async () => {
    const result = await readBrokerFile({ fileName: 'bybit.csv', text: readFixture('bybit/transaction_log.csv') });
    expect(result.format).toBe('bybit-transaction-log');
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.instrument.id, row.quantity])).toEqual([
      [2, 'BTC-30DEC22-18000-C', -0.5],
      [3, 'BTC-30DEC22-17000-P', 1],
      [4, 'BTCPERP', 0.1],
    ]);
    expect(result.rows[0]?.instrument).toMatchObject({ settlement: 'standard', currency: 'USDC', expiry: '2022-12-30' });
    expect(result.accounts).toEqual([{ id: 'BYBIT', equity: 10020.65, currency: 'USDC' }]);
  });

  it('orders day-first log times correctly', async () => {
    const text = 'Time,Currency,Contract,Type,Position,Filled Price,Wallet Balance\n13/01/2023 10:00,USDT,BTCUSDT,TRADE,2,20000,100\n02/01/2023 10:00,USDT,BTCUSDT,TRADE,5,17000,90\n';
    const result = await readBrokerFile({ fileName: 'bybit.csv', text });
    expect(result.rows.map((row) => [row.line, row.quantity])).toEqual([[2, 2]]);
    expect(result.accounts).toEqual([{ id: 'BYBIT', equity: 100, currency: 'USDT' }]);
  });
});
