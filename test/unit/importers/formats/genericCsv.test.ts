import { describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../../../shared/importResult.ts';
import { readBrokerFile } from '../../../../main/importers/readBrokerFile.ts';
import { readFixture } from '../readFixture.ts';

const read = (name: string, options: ImportOptions = {}) => readBrokerFile({ fileName: name, text: readFixture(name), options });

describe('OSI-symbol CSVs', () => {
  it('reads padded symbols with accounts and prices, SPX AM and SPXW PM', async () => {
    const result = await read('osi/padded.csv');
    expect(result.format).toBe('osi-csv');
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => [row.account, row.instrument.id, row.quantity, row.instrument.price])).toEqual([
      ['DESK-A', 'AAPL 250221C00180000', 10, 5.75],
      ['DESK-A', 'SPY 250321P00550000', -5, 4.1],
      ['DESK-B', 'SPXW 250331C05800000', 2, 35.2],
      ['DESK-B', 'SPX 250320P05500000', -1, 60],
    ]);
    expect(result.rows[2]?.instrument).toMatchObject({ underlying: 'SPX', settlementTime: 'pm', multiplier: 100, exercise: 'european' });
    expect(result.rows[3]?.instrument).toMatchObject({ underlying: 'SPX', settlementTime: 'am', expiry: '2025-03-21' });
    expect(result.ambiguities).toMatchObject([{ rawSymbol: 'SPX   250320P05500000', field: 'expiry' }]);
  });

  it('reads unpadded symbols with a leading dot or O: in a semicolon file', async () => {
    const result = await read('osi/prefixed.csv', { accountOverride: 'DESK-C' });
    expect(result.format).toBe('osi-csv');
    expect(result.rows.map((row) => [row.account, row.instrument.id, row.quantity])).toEqual([
      ['DESK-C', 'SPY 250117C00450000', 3],
      ['DESK-C', 'SPY 250117P00400000', -2],
      ['DESK-C', 'QQQ 250117C00500500', 1],
    ]);
  });

  it('reads a file without a header from its content', async () => {
    const result = await read('osi/headerless.csv');
    expect(result.format).toBe('osi-csv');
    expect(result.rows.map((row) => [row.line, row.instrument.id, row.quantity])).toEqual([
      [1, 'AAPL 250221C00180000', 10],
      [2, 'TSLA 250221P00200000', -3],
    ]);
  });
});

describe('generic CSV', () => {
  it('reads a European file: semicolons, decimal commas, day-first dates, German headers, a title line', async () => {
    const result = await read('generic/european.csv');
    expect(result.format).toBe('generic-csv');
    expect(result.errors).toEqual([]);
    expect(result.ambiguities).toEqual([]);
    expect(result.warnings).toEqual([{ line: 1, message: 'lines 1–1 come before the header row and were not read as positions' }]);
    expect(result.rows.map((row) => [row.line, row.account, row.instrument.id, row.quantity, row.instrument.price])).toEqual([
      [3, 'DESK-A', 'SAP', 1200, 231.45],
      [4, 'DESK-A', 'ODAX 250321C22000000', -10, 105.5],
      [5, 'DESK-B', 'FDAXH5', 2, 22150],
    ]);
    expect(result.rows[1]?.instrument).toMatchObject({ kind: 'option', underlying: 'DAX', multiplier: 5, strike: 22000, expiry: '2025-03-21', right: 'call' });
    expect(result.rows[2]?.instrument).toMatchObject({ kind: 'future', underlying: 'DAX', multiplier: 25, expiry: '2025-03-21' });
  });

  it('asks about dates nothing settles, and reads them as told', async () => {
    const first = await read('generic/ambiguous_dates.csv');
    expect(first.ambiguities.find((ambiguity) => ambiguity.kind === 'dateOrder')).toEqual({
      kind: 'dateOrder', column: 'Expiry', question: expect.any(String), lines: [2, 3], samples: ['06/07/2024', '01/02/2025'], assumed: 'mdy',
    });
    expect(first.rows.map((row) => row.instrument.expiry)).toEqual(['2024-06-07', '2025-01-02', '2024-12-27', undefined]);
    const dayFirst = await read('generic/ambiguous_dates.csv', { dateOrder: 'dmy' });
    expect(dayFirst.ambiguities.some((ambiguity) => ambiguity.kind === 'dateOrder')).toBe(false);
    expect(dayFirst.rows.map((row) => [row.instrument.id, row.instrument.expiry])).toEqual([
      ['ESN4', '2024-07-06'],
      ['AAPL 250201C00150000', '2025-02-01'],
      ['BTC-27DEC24-60000-C', '2024-12-27'],
      ['ES', undefined],
    ]);
  });

  it('asks whether a bare ES is the stock or the future, and which venue a shared crypto name is', async () => {
    const result = await read('generic/ambiguous_dates.csv');
    expect(result.rows[0]?.instrument).toMatchObject({ id: 'ESM4', kind: 'future', multiplier: 50, underlying: 'SPX' });
    expect(result.rows[3]?.instrument).toEqual({ id: 'ES', kind: 'equity' });
    expect(result.ambiguities.filter((ambiguity) => ambiguity.kind === 'instrument').map((ambiguity) => [ambiguity.kind === 'instrument' && ambiguity.field, ambiguity.lines])).toEqual([
      ['settlement', [4]],
      ['kind', [5]],
    ]);
    const answered = await read('generic/ambiguous_dates.csv', { overrides: { 'BTC-27DEC24-60000-C': { settlement: 'standard', currency: 'USDC', underlying: 'BTC' }, ES: { kind: 'equity', multiplier: 1 } } });
    expect(answered.ambiguities.filter((ambiguity) => ambiguity.kind === 'instrument')).toEqual([]);
    expect(answered.rows[2]?.instrument).toMatchObject({ settlement: 'standard', currency: 'USDC' });
  });

  it('asks for a mapping when the columns say nothing, then reads with it', async () => {
    const result = await read('generic/unmapped.csv');
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([{ line: 1, message: expect.stringContaining('choose which column holds each field') }]);
    expect(result.mappingRequest).toEqual({
      headerLine: 1, columns: ['Col A', 'Col B', 'Col C'], guessed: {}, required: ['symbol', 'quantity'],
      sampleRows: [['AAPL', '100', 'x'], ['MSFT', '-20', 'y']],
    });
    const mapped = await read('generic/unmapped.csv', { mappingProfile: { name: 'desk export', columns: { 'Col A': 'symbol', 'Col B': 'quantity' } } });
    expect(mapped.mappingRequest).toBeUndefined();
    expect(mapped.rows.map((row) => [row.line, row.instrument.id, row.quantity])).toEqual([
      [2, 'AAPL', 100],
      [3, 'MSFT', -20],
    ]);
  });

  it('asks again when a mapping profile does not fit the file', async () => {
    const missing = await read('generic/unmapped.csv', { mappingProfile: { name: 'old', columns: { Ticker: 'symbol', 'Col B': 'quantity' } } });
    expect(missing.errors[0]?.message).toContain('mapping profile "old" are not all in the file');
    const partial = await read('generic/unmapped.csv', { mappingProfile: { name: 'half', columns: { 'Col A': 'symbol' } } });
    expect(partial.errors[0]?.message).toContain('maps no quantity column');
    expect(partial.mappingRequest?.columns).toEqual(['Col A', 'Col B', 'Col C']);
  });

  it('reads tab-delimited files with sides, accounting negatives and several accounts; skips totals; names bad rows', async () => {
    const result = await read('generic/accounts.tsv');
    expect(result.rows.map((row) => [row.line, row.account, row.instrument.id, row.quantity])).toEqual([
      [2, 'DESK-A', 'MSFT', 1500],
      [3, 'DESK-A', 'NVDA', -200],
      [4, 'DESK-B', 'AAPL', -300],
    ]);
    expect(result.accounts.map((account) => account.id)).toEqual(['DESK-A', 'DESK-B']);
    expect(result.errors).toEqual([{ line: 5, field: 'Position', message: 'GME: quantity "abc" is not a number' }]);
  });

  it('names the column of each unreadable field', async () => {
    const text = 'Symbol,Qty,Expiry,Strike,Right,Type,Side\nA,1,soon,,,,\nB,1,,x,,,\nC,1,,,Q,,\nD,1,,,,bond,\nE,1,,,,,maybe\n,1,,,,,\nF,2,,,,,\nESM4,1,,,,,\n';
    const result = await readBrokerFile({ fileName: 'x.csv', text });
    expect(result.errors.map((error) => [error.line, error.field])).toEqual([
      [2, 'Expiry'],
      [3, 'Strike'],
      [4, 'Right'],
      [5, 'Type'],
      [6, 'Side'],
      [7, 'Symbol'],
      [9, 'Symbol'],
    ]);
    expect(result.rows.map((row) => row.instrument.id)).toEqual(['F']);
    const withDate = await readBrokerFile({ fileName: 'x.csv', text, options: { asOf: '2024-03-15' } });
    expect(withDate.rows.map((row) => row.instrument.id)).toEqual(['F', 'ESM4']);
  });
});
