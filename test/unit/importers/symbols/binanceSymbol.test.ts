import { describe, expect, it } from 'vitest';
import { binanceInstrument } from '../../../../main/importers/symbols/binanceSymbol.ts';

describe('binanceInstrument', () => {
  it('reads BTC-200730-9000-C as a linear European option on the coin', () => {
    expect(binanceInstrument('BTC-200730-9000-C')).toEqual({
      instrument: {
        id: 'BTC-200730-9000-C', kind: 'option', underlying: 'BTC', right: 'call', strike: 9000, expiry: '2020-07-30',
        multiplier: 1, exercise: 'european', settlement: 'standard', currency: 'USDT',
      },
    });
    expect(binanceInstrument('eth-200731-250.5-p', 'USDC')?.instrument).toMatchObject({ right: 'put', strike: 250.5, currency: 'USDC' });
  });

  it('rejects other shapes', () => {
    for (const symbol of ['BTC-27DEC24-60000-C', 'BTC-201330-9000-C', 'BTCUSDT']) expect(binanceInstrument(symbol), symbol).toBeUndefined();
  });
});
