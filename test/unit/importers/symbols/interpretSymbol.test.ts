import { describe, expect, it } from 'vitest';
import { interpretSymbol } from '../../../../main/importers/symbols/interpretSymbol.ts';

describe('interpretSymbol', () => {
  it('reads OSI and IB option symbols with their root', () => {
    expect(interpretSymbol('AAPL  250221C00180000', {}, undefined)).toMatchObject({
      instrument: { id: 'AAPL 250221C00180000', kind: 'option', underlying: 'AAPL', right: 'call', strike: 180, expiry: '2025-02-21' },
      root: 'AAPL',
    });
    expect(interpretSymbol('SPY 31MAR25 570 C', {}, undefined)).toMatchObject({ instrument: { id: 'SPY 250331C00570000' } });
  });

  it('reads crypto venue names, asking when Deribit and Bybit write the same one', () => {
    const shared = interpretSymbol('BTC-27DEC24-60000-C', {}, undefined);
    expect(shared).toMatchObject({ instrument: { settlement: 'inverse', currency: 'BTC' }, alternative: { field: 'settlement' } });
    expect(interpretSymbol('BTC-PERPETUAL', {}, undefined)).not.toHaveProperty('alternative');
    expect(interpretSymbol('BTC-USDT-SWAP', {}, undefined)).toMatchObject({ instrument: { kind: 'perpetual', multiplier: 0.01 } });
    expect(interpretSymbol('BTC-200730-9000-C', {}, undefined)).toMatchObject({ instrument: { kind: 'option', currency: 'USDT' } });
  });

  it('reads futures codes with a reference year, and says why without one', () => {
    expect(interpretSymbol('ESM4', {}, 2024)).toEqual({ instrument: { id: 'ESM4', kind: 'future', expiry: '2024-06-21' }, root: 'ES' });
    expect(interpretSymbol('ESM24', {}, undefined)).toMatchObject({ instrument: { id: 'ESM24', expiry: '2024-06-21' } });
    expect(interpretSymbol('ESM4', {}, undefined)).toEqual({ message: 'ESM4: a futures code with a one-digit year needs the statement date (asOf) to know its decade' });
  });

  it('takes a plain ticker as a stock, or a future when the file gives an expiry, and marks the guess', () => {
    expect(interpretSymbol('msft', {}, undefined)).toEqual({ instrument: { id: 'MSFT', kind: 'equity' }, root: 'MSFT', kindGuessed: true });
    expect(interpretSymbol('ES', { expiry: '2024-06-21' }, undefined)).toMatchObject({ instrument: { id: 'ESM4', kind: 'future', expiry: '2024-06-21' }, kindGuessed: true });
    expect(interpretSymbol('SPY', { kind: 'etf' }, undefined)).toEqual({ instrument: { id: 'SPY', kind: 'etf' }, root: 'SPY', kindGuessed: false });
  });

  it('builds an option from right, strike and expiry columns', () => {
    expect(interpretSymbol('AAPL', { right: 'put', strike: 150, expiry: '2025-01-17' }, undefined)).toMatchObject({
      instrument: { id: 'AAPL 250117P00150000', kind: 'option', right: 'put', strike: 150, expiry: '2025-01-17' },
      root: 'AAPL',
    });
    expect(interpretSymbol('AAPL', { right: 'put', strike: 150 }, undefined)).toEqual({ message: 'AAPL: an option needs right, strike and expiry columns' });
    expect(interpretSymbol('ESM4', { right: 'call', strike: 5200, expiry: '2024-06-21' }, 2024)).toMatchObject({
      instrument: { id: 'ESM4 240621C05200000', underlying: 'ESM4' },
      root: 'ES',
    });
    expect(interpretSymbol('ESM4 C5200', { right: 'call', strike: 5200, expiry: '2024-06-21' }, 2024)).toMatchObject({ instrument: { id: 'ESM4 C5200', underlying: 'ESM4' } });
  });

  it("lets the file's columns win over the symbol", () => {
    expect(interpretSymbol('AAPL  250221C00180000', { multiplier: 10, price: 5.5, currency: 'USD' }, undefined)).toMatchObject({
      instrument: { multiplier: 10, price: 5.5, currency: 'USD', strike: 180 },
    });
  });
});
