import { describe, expect, it } from 'vitest';
import { readBrokerFile } from '../../../../main/importers/readBrokerFile.ts';
import { readFixture } from '../readFixture.ts';

describe('Binance options positions CSV', () => {
  it('reads options, negating SHORT', async () => {
    const result = await readBrokerFile({ fileName: 'binance.csv', text: readFixture('binance/options_positions.csv') });
    expect(result.format).toBe('binance-options');
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.instrument.id, row.quantity, row.instrument.price])).toEqual([
      [2, 'BTC-200730-9000-C', 0.5, 355.1],
      [3, 'BTC-200730-9500-P', -1.2, 150],
      [4, 'ETH-200731-250-C', 3, 16.2],
    ]);
    expect(result.rows[1]?.instrument).toMatchObject({ kind: 'option', underlying: 'BTC', right: 'put', strike: 9500, expiry: '2020-07-30', currency: 'USDT', exercise: 'european' });
  });

  it('names bad symbols and quantities', async () => {
    const result = await readBrokerFile({ fileName: 'b.csv', text: 'symbol,side,quantity,optionSide\nBTCUSDT,LONG,1,CALL\nBTC-200730-9000-C,LONG,x,CALL\n' });
    expect(result.errors).toEqual([
      { line: 2, field: 'symbol', message: expect.stringContaining('"BTCUSDT" is not a Binance option symbol') },
      { line: 3, field: 'quantity', message: 'BTC-200730-9000-C: quantity "x" is not a number' },
    ]);
  });
});
