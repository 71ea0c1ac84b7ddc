import { describe, expect, it } from 'vitest';
import { readBrokerFile } from '../../../../main/importers/readBrokerFile.ts';
import { readFixture, readKitFile } from '../readFixture.ts';

const read = (text: string, options = {}) => readBrokerFile({ fileName: 'statement.csv', text, options });

describe('IB Activity Statement CSV', () => {
  it('reads Open Positions with instrument details, equity and the statement date', async () => {
    const result = await read(readFixture('ib-activity/open_positions.csv'));
    expect(result.format).toBe('ib-activity-csv');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.statementDate).toBe('2025-03-14');
    expect(result.accounts).toEqual([{ id: 'U7654321', currency: 'USD', equity: 1673700.5 }]);
    expect(result.rows.map((row) => [row.line, row.instrument.id, row.quantity])).toEqual([
      [15, 'AAPL', 1200],
      [18, 'ES', -300],
      [20, 'SPY 250331C00570000', 10],
      [21, 'SPX 250320P05500000', -2],
      [22, 'SPXW 250331C05800000', 1],
      [24, 'ESM5', 3],
      [25, 'SIK5', 1],
      [26, 'ES 20JUN25 5500 P', -4],
      [27, 'EUR.USD', 250000],
    ]);
  });

  it('takes strike, expiry, conid and underlying from Financial Instrument Information', async () => {
    const rows = (await read(readFixture('ib-activity/open_positions.csv'))).rows;
    const byId = new Map(rows.map((row) => [row.instrument.id, row]));
    expect(byId.get('SPY 250331C00570000')).toMatchObject({
      rawSymbol: 'SPY 31MAR25 570 C',
      ids: { conid: '756733001' },
      instrument: { kind: 'option', underlying: 'SPY', right: 'call', strike: 570, expiry: '2025-03-31', multiplier: 100, exercise: 'american', price: 6.95 },
    });
    expect(byId.get('ES 20JUN25 5500 P')?.instrument).toMatchObject({ kind: 'option', underlying: 'ESM5', multiplier: 50, strike: 5500, right: 'put' });
    expect(byId.get('ESM5')?.instrument).toMatchObject({ kind: 'future', underlying: 'SPX', multiplier: 50, expiry: '2025-06-20' });
    expect(byId.get('ES')?.instrument).toMatchObject({ kind: 'equity', multiplier: 1 });
    expect(byId.get('SPXW 250331C05800000')?.instrument).toMatchObject({ underlying: 'SPX', settlementTime: 'pm', exercise: 'european' });
  });

  it('asks about an AM-settled SPX option dated on Thursday, and takes the answer', async () => {
    const text = readFixture('ib-activity/open_positions.csv');
    const first = await read(text);
    expect(first.ambiguities).toMatchObject([{ kind: 'instrument', rawSymbol: 'SPX 20MAR25 5500 P', field: 'expiry', lines: [21] }]);
    const answered = await read(text, { overrides: { 'SPX 20MAR25 5500 P': { expiry: '2025-03-20' } } });
    expect(answered.ambiguities).toEqual([]);
    expect(answered.rows.find((row) => row.rawSymbol === 'SPX 20MAR25 5500 P')?.instrument.expiry).toBe('2025-03-20');
  });

  it('reads the older Long/Short Open Positions sections, negating shorts', async () => {
    const result = await read(readFixture('ib-activity/long_short_legacy.csv'));
    expect(result.errors).toEqual([]);
    expect(result.accounts).toEqual([{ id: 'U1111111', currency: 'EUR', equity: 101500 }]);
    expect(result.rows.map((row) => [row.line, row.instrument.id, row.quantity])).toEqual([
      [10, 'SAP', 100],
      [14, 'DAI', -50],
      [15, 'AAPL 130119C00600000', -2],
    ]);
  });

  it('reads a consolidated statement: accounts from the Account column, lots summed', async () => {
    const result = await read(readFixture('ib-activity/consolidated.csv'));
    expect(result.accounts).toEqual([
      { id: 'U1000001', equity: 260500 },
      { id: 'U1000002', equity: 78000 },
    ]);
    expect(result.rows.map((row) => [row.account, row.instrument.id, row.quantity, row.lines])).toEqual([
      ['U1000001', 'MSFT', 100, [8, 9]],
      ['U1000002', 'MSFT', -40, undefined],
      ['U1000002', 'MESU4', 2, undefined],
    ]);
    expect(result.rows[2]?.instrument).toMatchObject({ expiry: '2024-09-20', multiplier: 5, underlying: 'SPX' });
  });

  it('recognises a transaction history as an IB statement without positions', async () => {
    const result = await readBrokerFile({ fileName: 'positions.csv', text: readKitFile('ib/ibkr_transaction_history_cgtcalc_test.csv') });
    expect(result.format).toBe('ib-activity-csv');
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([{ line: 1, message: 'no Open Positions section: this IB statement (Transaction History) holds no positions' }]);
  });

  it('names the line and column of bad rows and keeps the rest', async () => {
    const text = [
      'Open Positions,Header,DataDiscriminator,Asset Category,Currency,Symbol,Quantity,Mult,Close Price',
      'Open Positions,Data,Summary,Stocks,USD,AAPL,many,1,200',
      'Open Positions,Data,Summary,Bonds,USD,T 4.5 11/15/33,10000,1,98',
      'Open Positions,Data,Summary,Stocks,USD,,5,1,1',
      'Open Positions,Odd,Summary,Stocks,USD,MSFT,5,1,1',
      'Open Positions,Data,Summary,Stocks,USD,MSFT,5,1,400',
    ].join('\n');
    const result = await read(text, { accountOverride: 'DESK' });
    expect(result.errors).toEqual([
      { line: 2, field: 'Quantity', message: 'AAPL: quantity "many" is not a number' },
      { line: 3, field: 'assetCategory', message: expect.stringContaining('bonds cannot be margined') },
      { line: 4, field: 'Symbol', message: 'position without a symbol' },
      { line: 5, message: expect.stringContaining('row type "Odd"') },
    ]);
    expect(result.rows.map((row) => [row.account, row.instrument.id, row.quantity])).toEqual([['DESK', 'MSFT', 5]]);
    expect(result.warnings).toEqual([]);
  });
});
