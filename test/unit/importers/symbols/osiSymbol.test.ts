import { describe, expect, it } from 'vitest';
import { osiId, parseOsiSymbol } from '../../../../main/importers/symbols/osiSymbol.ts';

describe('parseOsiSymbol', () => {
  it('reads the 21-character padded form', () => {
    expect(parseOsiSymbol('AAPL  250221C00180000')).toEqual({ root: 'AAPL', expiry: '2025-02-21', right: 'call', strike: 180 });
  });

  it('reads the unpadded form and fractional strikes', () => {
    expect(parseOsiSymbol('SPY250119C00450000')).toEqual({ root: 'SPY', expiry: '2025-01-19', right: 'call', strike: 450 });
    expect(parseOsiSymbol('QQQ250117P00500500')).toMatchObject({ root: 'QQQ', right: 'put', strike: 500.5 });
  });

  it('reads six-character and digit-bearing roots', () => {
    expect(parseOsiSymbol('SPXW  250331C05800000')).toMatchObject({ root: 'SPXW', strike: 5800 });
    expect(parseOsiSymbol('BRKB1 250117C00400000')).toMatchObject({ root: 'BRKB1', strike: 400 });
  });

  it('accepts a leading dot or O: prefix, with a plain strike after a dot', () => {
    expect(parseOsiSymbol('.SPY250117C450')).toEqual({ root: 'SPY', expiry: '2025-01-17', right: 'call', strike: 450 });
    expect(parseOsiSymbol('.SPY250117P450.5')).toMatchObject({ right: 'put', strike: 450.5 });
    expect(parseOsiSymbol('O:SPY250119C00450000')).toMatchObject({ root: 'SPY', strike: 450 });
    expect(parseOsiSymbol(' aapl  250221c00180000 ')).toMatchObject({ root: 'AAPL', right: 'call' });
  });

  it('rejects what is not an option symbol', () => {
    for (const text of ['AAPL', 'ESM4', 'AAPL  251321C00180000', 'AAPL  250221X00180000', 'AAPL  250221C00000000', 'TOOLONGROOT250221C00180000', '']) {
      expect(parseOsiSymbol(text), text).toBeUndefined();
    }
  });
});

describe('osiId', () => {
  it('writes root, one space, YYMMDD, right and 8-digit strike', () => {
    expect(osiId({ root: 'AAPL', expiry: '2025-02-21', right: 'call', strike: 180 })).toBe('AAPL 250221C00180000');
    expect(osiId({ root: 'QQQ', expiry: '2025-01-17', right: 'put', strike: 500.5 })).toBe('QQQ 250117P00500500');
  });

  it('gives padded, unpadded and prefixed spellings of one option the same id', () => {
    const ids = ['AAPL  250221C00180000', 'AAPL250221C00180000', '.AAPL250221C180', 'O:AAPL250221C00180000'].map((text) => osiId(parseOsiSymbol(text)!));
    expect(new Set(ids)).toEqual(new Set(['AAPL 250221C00180000']));
  });
});
