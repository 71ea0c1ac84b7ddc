import { describe, expect, it } from 'vitest';
import { readBrokerFile } from '../../../../main/importers/readBrokerFile.ts';
import { readFixture } from '../readFixture.ts';

describe('OKX positions CSV', () => {
  it('signs positions by posSide and sizes contracts from the contract-value table', async () => {
    const result = await readBrokerFile({ fileName: 'okx.csv', text: readFixture('okx/positions.csv') });
    expect(result.format).toBe('okx-positions');
    expect(result.rows.map((row) => [row.line, row.instrument.id, row.quantity, row.instrument.multiplier, row.quantityCurrency])).toEqual([
      [2, 'BTC-USDT-SWAP', -25, 0.01, undefined],
      [3, 'BTC-USD-250328', 40, 100, 'USD'],
      [4, 'BTC-USD-250328-100000-C', -10, 0.01, undefined],
      [5, 'ETH-USDT-SWAP', -12, 0.1, undefined],
    ]);
    expect(result.errors).toEqual([{ line: 6, field: 'multiplier', message: expect.stringContaining('SOL-USDT-SWAP: multiplier is not in the file nor in the instrument master') }]);
    expect(result.warnings[0]).toEqual({ line: 7, message: 'ETH-USD-SWAP: position 0 (flat); not imported' });
  });

  it('takes an unknown contract size from an override, or from ctVal × ctMult in the file', async () => {
    const overridden = await readBrokerFile({ fileName: 'okx.csv', text: readFixture('okx/positions.csv'), options: { overrides: { 'SOL-USDT-SWAP': { multiplier: 1 } } } });
    expect(overridden.errors).toEqual([]);
    const withValues = await readBrokerFile({ fileName: 'okx.csv', text: 'instId,pos,ctVal,ctMult,markPx\nSOL-USDT-SWAP,5,1,2,191.3\nXYZ,1,1,1,1\n' });
    expect(withValues.rows[0]?.instrument).toMatchObject({ multiplier: 2, price: 191.3 });
    expect(withValues.errors).toEqual([{ line: 3, field: 'instId', message: '"XYZ" is not an OKX instrument id' }]);
  });
});
