import { describe, expect, it } from 'vitest';
import { parseIbDescription } from '../../../../main/importers/symbols/ibDescription.ts';

describe('parseIbDescription', () => {
  it('reads IB text-form options', () => {
    expect(parseIbDescription('SPY 31MAR25 570 C')).toEqual({ root: 'SPY', expiry: '2025-03-31', right: 'call', strike: 570 });
    expect(parseIbDescription('AAPL 21FEB25 180.0 C')).toMatchObject({ strike: 180 });
    expect(parseIbDescription('SPX 20MAR25 5500 P')).toMatchObject({ right: 'put', expiry: '2025-03-20' });
  });

  it('keeps roots with a space and tolerates extra spaces and case', () => {
    expect(parseIbDescription('BRK B 17JAN25 500 C')).toMatchObject({ root: 'BRK B', strike: 500 });
    expect(parseIbDescription('  spy  31mar25   570.5  p ')).toEqual({ root: 'SPY', expiry: '2025-03-31', right: 'put', strike: 570.5 });
  });

  it('rejects non-options and impossible dates', () => {
    for (const text of ['APPLE INC', 'ESM5', 'SPY 31FEB25 570 C', 'SPY 31MAR25 570', 'SPY 31MAR25 0 C', 'ES 20JUN25']) expect(parseIbDescription(text), text).toBeUndefined();
  });
});
