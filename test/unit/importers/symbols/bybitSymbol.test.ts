import { describe, expect, it } from 'vitest';
import { bybitInstrument } from '../../../../main/importers/symbols/bybitSymbol.ts';

describe('bybitInstrument', () => {
  it('reads USDC options, and USDT ones by their suffix', () => {
    expect(bybitInstrument('BTC-30DEC22-18000-C')?.instrument).toEqual({
      id: 'BTC-30DEC22-18000-C', kind: 'option', underlying: 'BTC', right: 'call', strike: 18000, expiry: '2022-12-30',
      multiplier: 1, exercise: 'european', settlement: 'standard', currency: 'USDC',
    });
    expect(bybitInstrument('BTC-27JUN25-90000-P-USDT')?.instrument).toMatchObject({ right: 'put', currency: 'USDT' });
  });

  it('reads perpetuals: linear USDT/USDC, coin-margined USD sized in USD', () => {
    expect(bybitInstrument('BTCUSDT')?.instrument).toMatchObject({ kind: 'perpetual', underlying: 'BTC', currency: 'USDT', settlement: 'standard' });
    expect(bybitInstrument('ETHPERP')?.instrument).toMatchObject({ kind: 'perpetual', underlying: 'ETH', currency: 'USDC' });
    expect(bybitInstrument('BTCUSD')).toMatchObject({ instrument: { settlement: 'inverse', currency: 'BTC' }, quantityCurrency: 'USD' });
  });

  it('reads dated futures: USDC, USDT and coin-margined quarterlies (last Friday)', () => {
    expect(bybitInstrument('BTC-27DEC24')?.instrument).toMatchObject({ kind: 'future', expiry: '2024-12-27', currency: 'USDC' });
    expect(bybitInstrument('BTCUSDT-27DEC24')?.instrument).toMatchObject({ kind: 'future', currency: 'USDT' });
    expect(bybitInstrument('BTCUSDH25')).toMatchObject({ instrument: { kind: 'future', expiry: '2025-03-28', settlement: 'inverse' }, quantityCurrency: 'USD' });
  });

  it('rejects other shapes', () => {
    for (const name of ['BTC-31FEB22-18000-C', 'BTC', 'AAPL  250221C00180000']) expect(bybitInstrument(name), name).toBeUndefined();
  });
});
