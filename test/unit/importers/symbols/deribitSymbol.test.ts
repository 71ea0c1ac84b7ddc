import { describe, expect, it } from 'vitest';
import { deribitInstrument, parseDeribitSymbol } from '../../../../main/importers/symbols/deribitSymbol.ts';

describe('parseDeribitSymbol', () => {
  it('reads futures, perpetuals and options', () => {
    expect(parseDeribitSymbol('BTC-27DEC24')).toEqual({ base: 'BTC', quote: undefined, kind: 'future', expiryCode: '27DEC24', expiry: '2024-12-27' });
    expect(parseDeribitSymbol('BTC-5AUG16')).toMatchObject({ kind: 'future', expiry: '2016-08-05' });
    expect(parseDeribitSymbol('BTC-PERPETUAL')).toMatchObject({ base: 'BTC', kind: 'perpetual' });
    expect(parseDeribitSymbol('BTC-27DEC24-60000-C')).toMatchObject({ kind: 'option', strike: 60000, right: 'call', expiry: '2024-12-27' });
    expect(parseDeribitSymbol('ETH-27DEC24-4000-P')).toMatchObject({ base: 'ETH', right: 'put' });
  });

  it('reads linear USDC contracts and decimal strikes written with d', () => {
    expect(parseDeribitSymbol('BTC_USDC-PERPETUAL')).toMatchObject({ base: 'BTC', quote: 'USDC', kind: 'perpetual' });
    expect(parseDeribitSymbol('SOL_USDC-27DEC24-150-C')).toMatchObject({ base: 'SOL', quote: 'USDC', kind: 'option', strike: 150 });
    expect(parseDeribitSymbol('XRP_USDC-27DEC24-0d625-C')).toMatchObject({ strike: 0.625 });
    expect(parseDeribitSymbol('BTC_USDC')).toMatchObject({ kind: 'spot', quote: 'USDC' });
  });

  it('rejects what Deribit does not list', () => {
    for (const name of ['BTC', 'BTC-31FEB24', 'BTC-PERPETUAL-1-C', 'BTC-27DEC24-60000', 'BTC-FS-27DEC24_PERP', 'BTC-27DEC24-0-C', 'AAPL  250221C00180000']) {
      expect(parseDeribitSymbol(name), name).toBeUndefined();
    }
  });
});

describe('deribitInstrument', () => {
  it('makes coin-settled contracts inverse, sized in USD for futures and in coin for options', () => {
    expect(deribitInstrument('BTC-PERPETUAL')).toEqual({
      instrument: { id: 'BTC-PERPETUAL', kind: 'perpetual', underlying: 'BTC', expiry: undefined, multiplier: 1, settlement: 'inverse', currency: 'BTC' },
      quantityCurrency: 'USD',
      priceCurrency: 'USD',
    });
    expect(deribitInstrument('BTC-27DEC24-60000-C')).toEqual({
      instrument: {
        id: 'BTC-27DEC24-60000-C', kind: 'option', underlying: 'BTC-27DEC24', right: 'call', strike: 60000, expiry: '2024-12-27',
        multiplier: 1, exercise: 'european', settlement: 'inverse', currency: 'BTC',
      },
    });
  });

  it('makes USDC contracts linear, settled in USDC, options on the same-expiry pair', () => {
    expect(deribitInstrument('SOL_USDC-27DEC24-150-C')?.instrument).toMatchObject({ underlying: 'SOL_USDC-27DEC24', settlement: 'standard', currency: 'USDC' });
    const perpetual = deribitInstrument('BTC_USDC-PERPETUAL');
    expect(perpetual?.instrument).toMatchObject({ kind: 'perpetual', underlying: 'BTC_USDC', settlement: 'standard', currency: 'USDC' });
    expect(perpetual?.quantityCurrency).toBeUndefined();
  });
});
