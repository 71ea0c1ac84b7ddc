import { describe, expect, it } from 'vitest';
import { readBrokerFile } from '../../../../main/importers/readBrokerFile.ts';
import { readFixture } from '../readFixture.ts';

const read = (name: string, options = {}) => readBrokerFile({ fileName: name, text: readFixture(name), options });

describe('CME SpanPosConv CSV', () => {
  it('reads futures and options on futures with sizes and expiries from the instrument master', async () => {
    const result = await read('cme/spanposconv.csv');
    expect(result.format).toBe('cme-spanposconv');
    expect(result.errors).toEqual([]);
    expect(result.statementDate).toBe('2024-03-15');
    expect(result.accounts.map((account) => account.id)).toEqual(['DESK-A', 'DESK-B']);
    expect(result.rows.map((row) => [row.line, row.account, row.instrument.id, row.quantity, row.instrument.multiplier, row.instrument.expiry])).toEqual([
      [2, 'DESK-A', 'ESM4', -5, 50, '2024-06-21'],
      [3, 'DESK-A', 'ES 202406 C5200', 10, 50, '2024-06-21'],
      [4, 'DESK-A', 'ES 202406 P4800', -6, 50, '2024-06-21'],
      [5, 'DESK-B', 'SIK4', 2, 5000, '2024-05-28'],
      [6, 'DESK-B', 'CLK4', -3, 1000, '2024-05-20'],
    ]);
    expect(result.rows[1]?.instrument).toMatchObject({ kind: 'option', underlying: 'ESM4', right: 'call', strike: 5200 });
    expect(result.warnings).toEqual([{ line: 7, message: 'NQM4: net position 0 (flat); not imported' }]);
  });

  it('asks which silver contract SI is, and remembers the answer', async () => {
    expect((await read('cme/spanposconv.csv')).ambiguities).toMatchObject([{ rawSymbol: 'SIK4', field: 'multiplier', lines: [5], assumed: 0 }]);
    const answered = await read('cme/spanposconv.csv', { overrides: { SIK4: { multiplier: 1000 } } });
    expect(answered.ambiguities).toEqual([]);
    expect(answered.rows.find((row) => row.rawSymbol === 'SIK4')?.instrument.multiplier).toBe(1000);
  });

  it('lists rows the file and master cannot complete, each with its line and field', async () => {
    const result = await read('cme/spanposconv_gaps.csv');
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { line: 2, field: 'expiry', message: expect.stringContaining('ZNM4: expiry is not in the file nor in the instrument master') },
      { line: 3, field: 'multiplier', message: expect.stringContaining('XYZM4: multiplier') },
      { line: 4, field: 'pfType', message: 'ES: product type CMB is not a future or an option' },
      { line: 5, field: 'pe', message: 'ES: period "2024-06" is not YYYYMM or YYYYMMDD' },
    ]);
    const fixed = await read('cme/spanposconv_gaps.csv', { overrides: { ZNM4: { expiry: '2024-06-18' }, XYZM4: { multiplier: 10 } } });
    expect(fixed.rows.map((row) => row.instrument.id)).toEqual(['ZNM4', 'XYZM4']);
  });
});

describe('CME CORE and Eurex ETD CSVs', () => {
  it('reads the CORE upload', async () => {
    const result = await read('cme/core_upload.csv');
    expect(result.format).toBe('cme-core');
    expect(result.rows.map((row) => [row.account, row.instrument.id, row.quantity, row.instrument.multiplier])).toEqual([
      ['ACC1', 'ESM4', -2, 50],
      ['ACC1', 'ES 202406 P5000', 5, 50],
      ['ACC2', 'MNQU4', 12, 2],
    ]);
  });

  it('reads Eurex products: futures on DAX and STOXX, DAX index options', async () => {
    const result = await read('eurex/etd_positions.csv');
    expect(result.format).toBe('eurex-etd');
    expect(result.rows.map((row) => [row.instrument.id, row.quantity, row.instrument.multiplier, row.instrument.underlying, row.instrument.currency])).toEqual([
      ['FDAXH5', 2, 25, 'DAX', 'EUR'],
      ['ODAX 202503 C22000', -10, 5, 'DAX', 'EUR'],
      ['FESXH5', -5, 10, 'SX5E', 'EUR'],
    ]);
    expect(result.rows[1]?.instrument).toMatchObject({ exercise: 'european', expiry: '2025-03-21' });
  });
});
