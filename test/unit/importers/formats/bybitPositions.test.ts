import { describe, expect, it } from 'vitest';
import { readBrokerFile } from '../../../../main/importers/readBrokerFile.ts';
import { readFixture } from '../readFixture.ts';

describe('Bybit positions CSV', () => {
  it('signs sizes by side, per account, with the mark price', async () => {
    const result = await readBrokerFile({ fileName: 'bybit.csv', text: readFixture('bybit/positions.csv') });
    expect(result.format).toBe('bybit-positions');
    expect(result.rows.map((row) => [row.line, row.account, row.instrument.id, row.quantity, row.instrument.price, row.quantityCurrency])).toEqual([
      [2, 'MAIN', 'BTCUSDT', 0.25, 96450.2, undefined],
      [3, 'MAIN', 'ETH-28MAR25', -3, 3380.5, undefined],
      [4, 'MAIN', 'BTC-28MAR25-100000-C', -1.5, 1420, undefined],
      [5, 'HEDGE', 'BTCUSD', 5000, 96450.2, 'USD'],
    ]);
    expect(result.rows[2]?.instrument).toMatchObject({ kind: 'option', right: 'call', strike: 100000, expiry: '2025-03-28', currency: 'USDC' });
    expect(result.errors).toEqual([
      { line: 7, field: 'Contract', message: '"XYZ-FOO" is not a Bybit contract (BTCUSDT, BTC-27DEC24, BTC-30DEC22-18000-C)' },
      { line: 8, field: 'Size', message: 'BTCUSDT: size "n/a" is not a number' },
    ]);
    expect(result.warnings).toEqual([{ line: 6, message: 'SOLUSDT: size 0 (flat); not imported' }]);
    expect(result.accounts.map((account) => account.id)).toEqual(['MAIN', 'HEDGE']);
  });

  it('reads the API’s field names, `;` with decimal commas, and names a bad side', async () => {
    const text = ['symbol;side;size;avgPrice;markPrice;positionValue;leverage;unrealisedPnl', 'ETHUSDT;Sell;1,5;3400;3380,5;5070,75;5;29,25', 'BTCUSDT;Hold;1;95000;96000;96000;5;1000'].join('\n');
    const result = await readBrokerFile({ fileName: 'api.csv', text });
    expect(result.format).toBe('bybit-positions');
    expect(result.rows.map((row) => [row.line, row.account, row.quantity, row.instrument.price])).toEqual([[2, 'BYBIT', -1.5, 3380.5]]);
    expect(result.errors).toEqual([{ line: 3, field: 'side', message: 'BTCUSDT: side "Hold" is not Buy or Sell' }]);
    expect(result.warnings).toEqual([{ message: expect.stringContaining('its positions are in account "BYBIT"') }]);
  });
});
