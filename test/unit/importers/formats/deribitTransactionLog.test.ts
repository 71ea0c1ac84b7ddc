import { describe, expect, it } from 'vitest';
import { readBrokerFile } from '../../../../main/importers/readBrokerFile.ts';
import { readFixture } from '../readFixture.ts';

const read = (text: string) => readBrokerFile({ fileName: 'log.csv', text });

describe('Deribit transaction log CSV', () => {
  it('takes each instrument’s latest running Position (newest-first file) and the latest equity', async () => {
    const result = await read(readFixture('deribit/transaction_log.csv'));
    expect(result.format).toBe('deribit-transaction-log');
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.instrument.id, row.quantity, row.instrument.price])).toEqual([
      [2, 'BTC-27DEC24-60000-C', -1, 0.0452],
      [3, 'BTC-PERPETUAL', -20000, 96995.2],
      [6, 'BTC-27DEC24', 5000, 97810],
    ]);
    expect(result.accounts).toEqual([{ id: 'DERIBIT', equity: 1.4876, currency: 'BTC' }]);
    expect(result.statementDate).toBe('2024-12-20');
    expect(result.warnings[0]).toEqual({ line: 5, message: 'BTC-13DEC24: closed (position 0 on its latest row); not imported' });
  });

  it('reads the older header (Size, Fee Paid, no UserSeq) by time order', async () => {
    const result = await read(readFixture('deribit/transaction_log_v1.csv'));
    expect(result.format).toBe('deribit-transaction-log');
    expect(result.rows.map((row) => [row.line, row.instrument.id, row.quantity, row.instrument.expiry])).toEqual([
      [3, 'BTC-5AUG16-600-C', -2, '2016-08-05'],
      [4, 'BTC-5AUG16', 150, '2016-08-05'],
    ]);
    expect(result.accounts).toEqual([{ id: 'DERIBIT', equity: 3.0233, currency: 'BTC' }]);
  });

  it('names a bad instrument or position, and a log without a Position column', async () => {
    const bad = await read('ID,UserSeq,Date,Instrument,Position,Equity\n1,1,2024-01-01 00:00:00,BTC-XYZ,5,1\n2,2,2024-01-01 00:00:01,BTC-PERPETUAL,lots,1\n');
    expect(bad.errors).toEqual([
      { line: 2, field: 'Instrument', message: '"BTC-XYZ" is not a Deribit instrument name' },
      { line: 3, field: 'Position', message: 'BTC-PERPETUAL: position "lots" is not a number' },
    ]);
    expect((await read('ID,UserSeq,Date,Instrument,Side,Amount\n1,1,2024-01-01,BTC-PERPETUAL,buy,10\n')).errors).toEqual([
      { line: 1, message: expect.stringContaining('no Position column') },
    ]);
  });
});
