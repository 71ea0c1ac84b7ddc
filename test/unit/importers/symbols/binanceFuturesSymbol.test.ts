import { describe, expect, it } from 'vitest';
import { binanceFuturesInstrument } from '../../../../main/importers/symbols/binanceFuturesSymbol.ts';

describe('binanceFuturesInstrument', () => {
  it('reads USDⓈ-M perpetuals and quarterlies', () => {
    expect(binanceFuturesInstrument('btcusdt')).toEqual({ instrument: { id: 'BTCUSDT', kind: 'perpetual', underlying: 'BTC', expiry: undefined, multiplier: 1, settlement: 'standard', currency: 'USDT' } });
    expect(binanceFuturesInstrument('1000PEPEUSDC')?.instrument).toMatchObject({ underlying: '1000PEPE', currency: 'USDC' });
    expect(binanceFuturesInstrument('ETHUSDT_250627')?.instrument).toMatchObject({ kind: 'future', expiry: '2025-06-27' });
  });

  it('reads COIN-M contracts sized in USD: 100 for BTC, 10 for the others', () => {
    expect(binanceFuturesInstrument('BTCUSD_PERP')).toMatchObject({ instrument: { kind: 'perpetual', multiplier: 100, settlement: 'inverse', currency: 'BTC' }, quantityCurrency: 'USD', priceCurrency: 'USD' });
    expect(binanceFuturesInstrument('ETHUSD_250328')?.instrument).toMatchObject({ kind: 'future', expiry: '2025-03-28', multiplier: 10 });
  });

  it('rejects what Binance does not list', () => {
    for (const symbol of ['BTCUSD', 'BTCUSDT_PERP', 'BTCUSDT_251340', 'BTC-USDT', 'BTC-200730-9000-C', '']) expect(binanceFuturesInstrument(symbol), symbol).toBeUndefined();
  });
});
