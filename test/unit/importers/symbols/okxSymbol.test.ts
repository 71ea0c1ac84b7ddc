import { describe, expect, it } from 'vitest';
import { okxInstrument, parseOkxSymbol } from '../../../../main/importers/symbols/okxSymbol.ts';

describe('parseOkxSymbol', () => {
  it('reads swaps, futures, options and spot pairs', () => {
    expect(parseOkxSymbol('BTC-USDT-SWAP')).toEqual({ base: 'BTC', quote: 'USDT', kind: 'perpetual' });
    expect(parseOkxSymbol('BTC-USD-250328')).toEqual({ base: 'BTC', quote: 'USD', kind: 'future', expiryCode: '250328', expiry: '2025-03-28' });
    expect(parseOkxSymbol('BTC-USD-250328-100000-C')).toMatchObject({ kind: 'option', strike: 100000, right: 'call' });
    expect(parseOkxSymbol('BTC-USDT')).toMatchObject({ kind: 'spot' });
  });

  it('rejects other shapes', () => {
    for (const id of ['BTC-USD-251328', 'BTC-USDT-SWAP-1-C', 'BTC-PERPETUAL', 'BTC-27DEC24']) expect(parseOkxSymbol(id), id).toBeUndefined();
  });
});

describe('okxInstrument', () => {
  it('sizes linear contracts in coin and coin-margined ones in USD', () => {
    expect(okxInstrument('BTC-USDT-SWAP')).toMatchObject({ instrument: { kind: 'perpetual', multiplier: 0.01, settlement: 'standard', currency: 'USDT' } });
    const inverse = okxInstrument('BTC-USD-250328');
    expect(inverse?.instrument).toMatchObject({ kind: 'future', expiry: '2025-03-28', multiplier: 100, settlement: 'inverse', currency: 'BTC' });
    expect(inverse?.quantityCurrency).toBe('USD');
  });

  it('writes options on the same-expiry future, coin-settled for -USD-', () => {
    expect(okxInstrument('BTC-USD-250328-100000-C')?.instrument).toMatchObject({ underlying: 'BTC-USD-250328', multiplier: 0.01, settlement: 'inverse', exercise: 'european' });
  });

  it("prefers the file's contract value and leaves an unknown size empty", () => {
    expect(okxInstrument('SOL-USDT-SWAP', 1)?.instrument.multiplier).toBe(1);
    expect(okxInstrument('SOL-USDT-SWAP')?.instrument.multiplier).toBeUndefined();
  });
});
