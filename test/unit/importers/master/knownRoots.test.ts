import { describe, expect, it } from 'vitest';
import { knownRoots, rootRule } from '../../../../main/importers/master/knownRoots.ts';
import { contractMonthExpiry } from '../../../../main/importers/master/contractMonthExpiry.ts';

describe('knownRoots', () => {
  it('holds the exchanges’ contract sizes', () => {
    const sizes = Object.fromEntries(['ES', 'MES', 'NQ', 'MNQ', 'CL', 'GC', 'SI', 'SIL', 'HG', 'ZN', 'ZB', '6E'].map((root) => [root, rootRule(root)?.multiplier]));
    expect(sizes).toEqual({ ES: 50, MES: 5, NQ: 20, MNQ: 2, CL: 1000, GC: 100, SI: 5000, SIL: 1000, HG: 25000, ZN: 1000, ZB: 1000, '6E': 125000 });
    expect(rootRule('SI')?.otherMultipliers?.map((other) => other.multiplier)).toEqual([1000]);
  });

  it('settles SPX in the morning and SPXW at the close, both on SPX', () => {
    expect(rootRule('spx')).toMatchObject({ kind: 'indexOption', settlementTime: 'am', multiplier: 100, exercise: 'european' });
    expect(rootRule('SPXW')).toMatchObject({ settlementTime: 'pm', underlying: 'SPX' });
  });

  it('marks ES as a stock ticker too, and lists each root once', () => {
    expect(rootRule('ES')?.stock).toBe('Eversource Energy');
    expect(new Set(knownRoots.map((rule) => rule.root)).size).toBe(knownRoots.length);
    expect(knownRoots.every((rule) => rule.multiplier > 0)).toBe(true);
  });
});

describe('contractMonthExpiry', () => {
  it('dates equity-index contract months on the third Friday, and no others', () => {
    expect(contractMonthExpiry('ES', 2024, 6)).toBe('2024-06-21');
    expect(contractMonthExpiry('FDAX', 2025, 3)).toBe('2025-03-21');
    expect(contractMonthExpiry('CL', 2024, 6)).toBeUndefined();
    expect(contractMonthExpiry('XYZ', 2024, 6)).toBeUndefined();
  });
});
