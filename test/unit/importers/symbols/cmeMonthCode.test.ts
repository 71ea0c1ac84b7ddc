import { describe, expect, it } from 'vitest';
import { futuresCode, parseFuturesCode } from '../../../../main/importers/symbols/cmeMonthCode.ts';

describe('parseFuturesCode', () => {
  it('resolves a one-digit year near the reference year', () => {
    expect(parseFuturesCode('ESM4', 2024)).toEqual({ root: 'ES', year: 2024, month: 6 });
    expect(parseFuturesCode('ESM4', 2025)).toEqual({ root: 'ES', year: 2024, month: 6 });
    expect(parseFuturesCode('ESZ9', 2025)).toEqual({ root: 'ES', year: 2029, month: 12 });
    expect(parseFuturesCode('ESH2', 2029)).toEqual({ root: 'ES', year: 2032, month: 3 });
    expect(parseFuturesCode('ESH7', 2029)).toEqual({ root: 'ES', year: 2027, month: 3 });
  });

  it('reads two-digit years without a reference, and needs one for a single digit', () => {
    expect(parseFuturesCode('MNQZ24')).toEqual({ root: 'MNQ', year: 2024, month: 12 });
    expect(parseFuturesCode('ESM4')).toBeUndefined();
  });

  it('reads roots with digits and four letters', () => {
    expect(parseFuturesCode('6EU5', 2025)).toEqual({ root: '6E', year: 2025, month: 9 });
    expect(parseFuturesCode('FDAXH5', 2025)).toEqual({ root: 'FDAX', year: 2025, month: 3 });
    expect(parseFuturesCode('HGH5', 2025)).toEqual({ root: 'HG', year: 2025, month: 3 });
    expect(parseFuturesCode('silz4', 2024)).toEqual({ root: 'SIL', year: 2024, month: 12 });
  });

  it('rejects what is not a futures code', () => {
    for (const code of ['AAPL', 'ESA4', 'ES4', 'ESM', 'ESM123']) expect(parseFuturesCode(code, 2024), code).toBeUndefined();
  });
});

describe('futuresCode', () => {
  it('writes root, month letter and the last digit of the year', () => {
    expect(futuresCode('ES', 2024, 6)).toBe('ESM4');
    expect(futuresCode('6E', 2030, 1)).toBe('6EF0');
  });
});
