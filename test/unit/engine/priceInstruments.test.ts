import { describe, expect, it } from 'vitest';
import { americanOption } from '../../../main/engine/americanOption.ts';
import { black76 } from '../../../main/engine/black76.ts';
import { blackScholesMerton } from '../../../main/engine/blackScholesMerton.ts';
import { priceInstruments } from '../../../main/engine/priceInstruments.ts';
import { resolveBook } from '../../../main/engine/resolveBook.ts';
import { PRICE, valuationFieldCount } from '../../../main/engine/valuationFields.ts';
import type { Instrument } from '../../../shared/instrument.ts';

describe('priceInstruments', () => {
  // Each row must be exactly the scalar model's valuation (same function, same inputs).
  it('values each row with its model, per one unit; inverse prices in the coin', () => {
    const instruments: Instrument[] = [
      { id: 'XYZ', kind: 'equity', price: 100, dividendYield: 0.02 },
      { id: 'FUT', kind: 'future', underlying: 'XYZ', expiry: '2024-09-20', price: 101, multiplier: 50 },
      { id: 'BTC-JUN', kind: 'future', underlying: 'BTC', expiry: '2024-06-28', price: 70250, settlement: 'inverse', currency: 'BTC' },
      { id: 'EC', kind: 'option', underlying: 'XYZ', right: 'call', strike: 105, expiry: '2024-06-21', vol: 0.3, multiplier: 100 },
      { id: 'AP', kind: 'option', underlying: 'XYZ', right: 'put', strike: 105, expiry: '2024-06-21', vol: 0.3, exercise: 'american' },
      { id: 'FP', kind: 'option', underlying: 'FUT', right: 'put', strike: 95, expiry: '2024-06-21', vol: 0.25 },
      { id: 'BC', kind: 'option', underlying: 'BTC-JUN', right: 'call', strike: 80000, expiry: '2024-06-28', vol: 0.62, settlement: 'inverse' },
    ];
    const book = resolveBook({ asOf: '2024-03-15', instruments, positions: [], market: { rates: { USD: 0.05, BTC: 0 } } });
    const values = priceInstruments(book);
    const row = (id: string) => Array.from(values.subarray(book.instruments.id.indexOf(id) * valuationFieldCount, (book.instruments.id.indexOf(id) + 1) * valuationFieldCount));
    const T = 98 / 365;
    expect(row('XYZ')).toEqual([100, 1, 0, 0, 0, 0, 0, 0]);
    expect(row('FUT')).toEqual([101, 1, 0, 0, 0, 0, 0, 0]);
    expect(row('BTC-JUN')).toEqual([70250, 1, 0, 0, 0, 0, 0, 0]);
    expect(row('EC')).toEqual(Array.from(blackScholesMerton(true, 100, 105, T, 0.05, 0.02, 0.3)));
    expect(row('AP')).toEqual(Array.from(americanOption(false, 100, 105, T, 0.05, 0.05 - 0.02, 0.3, false)));
    expect(row('FP')).toEqual(Array.from(black76(false, 101, 95, T, 0.05, 0.25)));
    const coin = black76(true, 70250, 80000, 105 / 365, 0, 0.62);
    coin[PRICE] = (coin[PRICE] as number) / 70250;
    expect(row('BC')).toEqual(Array.from(coin));
    expect(() => priceInstruments(book, new Float64Array(3))).toThrow(RangeError);
  });
});
