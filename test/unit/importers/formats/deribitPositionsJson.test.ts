import { describe, expect, it } from 'vitest';
import { readBrokerFile } from '../../../../main/importers/readBrokerFile.ts';
import { readFixture } from '../readFixture.ts';

const read = (text: string, options = {}) => readBrokerFile({ fileName: 'positions.json', text, options });

describe('Deribit positions JSON', () => {
  it('reads a saved get_positions response, line by line', async () => {
    const result = await read(readFixture('deribit/positions.json'));
    expect(result.format).toBe('deribit-positions-json');
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.instrument.id, row.quantity, row.quantityCurrency])).toEqual([
      [5, 'BTC-PERPETUAL', -50000, 'USD'],
      [25, 'BTC-27DEC24', 20000, 'USD'],
      [44, 'BTC-27DEC24-60000-C', 2.5, undefined],
      [65, 'SOL_USDC-27DEC24-150-C', -100, undefined],
      [76, 'BTC_USDC-PERPETUAL', 0.25, undefined],
    ]);
    expect(result.rows[2]?.instrument).toEqual({
      id: 'BTC-27DEC24-60000-C', kind: 'option', underlying: 'BTC-27DEC24', right: 'call', strike: 60000, expiry: '2024-12-27',
      multiplier: 1, exercise: 'european', settlement: 'inverse', currency: 'BTC', price: 0.0401,
    });
    expect(result.rows[0]).toMatchObject({ priceCurrency: 'USD', instrument: { price: 96450.12, settlement: 'inverse' } });
  });

  it('lists the zero-size entry and the default account as warnings', async () => {
    const result = await read(readFixture('deribit/positions.json'));
    expect(result.warnings).toEqual([
      { line: 84, message: 'ETH-27DEC24: size 0 (flat); not imported' },
      { message: expect.stringContaining('account "DERIBIT"') },
    ]);
    expect(result.accounts).toEqual([{ id: 'DERIBIT' }]);
    const renamed = await read(readFixture('deribit/positions.json'), { accountOverride: 'CRYPTO-1' });
    expect(renamed.accounts).toEqual([{ id: 'CRYPTO-1' }]);
    expect(renamed.warnings).toHaveLength(1);
  });

  it('reads the bare result array and rejects combos with their line', async () => {
    const result = await read(readFixture('deribit/positions_array.json'));
    expect(result.rows.map((row) => [row.line, row.instrument.id, row.quantity])).toEqual([
      [2, 'ETH-PERPETUAL', 15000],
      [3, 'ETH-27DEC24-4000-P', -10],
    ]);
    expect(result.errors).toEqual([{ line: 4, field: 'instrument_name', message: '"BTC-FS-27DEC24_PERP" is not a Deribit instrument name' }]);
  });

  it('reports broken JSON and non-position entries with a line', async () => {
    expect((await read('[\n{"instrument_name": "BTC-PERPETUAL", "size": }\n]')).errors).toEqual([{ line: 2, message: expect.stringContaining('not valid JSON') }]);
    expect((await read('{"instrument_name": "x", "result": 3}')).errors).toEqual([{ line: 1, message: expect.stringContaining('array of positions') }]);
    const mixed = await read('[\n5,\n{"instrument_name": "BTC-PERPETUAL", "size": "10"}\n]');
    expect(mixed.errors).toEqual([
      { line: 2, message: 'position 1 is not an object' },
      { line: 3, field: 'size', message: 'BTC-PERPETUAL: size is not a number' },
    ]);
  });
});
