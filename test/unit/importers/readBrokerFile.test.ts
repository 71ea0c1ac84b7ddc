import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readBrokerFile } from '../../../main/importers/readBrokerFile.ts';
import { readFixture, readKitFile } from './readFixture.ts';

async function workbook(rows: unknown[][], otherSheet = false): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  if (otherSheet) book.addWorksheet('Empty');
  const sheet = book.addWorksheet('Positions');
  for (const row of rows) sheet.addRow(row);
  if (otherSheet) book.addWorksheet('Notes').addRow(['see above']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('readBrokerFile', () => {
  it('recognises formats from the content, never the file name', async () => {
    const cases: [string, string][] = [
      ['ibflex/activity_options.xml', 'ib-flex-xml'],
      ['ib/ibkr_transaction_history_cgtcalc_test.csv', 'ib-activity-csv'],
    ];
    for (const [name, format] of cases) expect((await readBrokerFile({ fileName: 'export.txt', text: readKitFile(name) })).format, name).toBe(format);
    const fixtures: [string, string][] = [
      ['deribit/positions.json', 'deribit-positions-json'],
      ['deribit/transaction_log.csv', 'deribit-transaction-log'],
      ['okx/positions.csv', 'okx-positions'],
      ['okx/trade_history.csv', 'okx-trade-history'],
      ['okx/fills.csv', 'okx-trade-history'],
      ['binance/options_positions.csv', 'binance-options'],
      ['binance/futures_trade_history.csv', 'binance-trade-history'],
      ['binance/options_trade_history.csv', 'binance-trade-history'],
      ['bybit/transaction_log.csv', 'bybit-transaction-log'],
      ['bybit/positions.csv', 'bybit-positions'],
      ['cme/spanposconv.csv', 'cme-spanposconv'],
      ['cme/core_upload.csv', 'cme-core'],
      ['eurex/etd_positions.csv', 'eurex-etd'],
      ['osi/padded.csv', 'osi-csv'],
      ['generic/european.csv', 'generic-csv'],
    ];
    for (const [name, format] of fixtures) expect((await readBrokerFile({ fileName: 'statement.xml', text: readFixture(name) })).format, name).toBe(format);
  });

  it('accounts for every data line of the one-row-per-line formats: a position, an error or a note', async () => {
    const files: [string, number[]][] = [
      ['okx/positions.csv', [2, 3, 4, 5, 6, 7]],
      ['binance/options_positions.csv', [2, 3, 4]],
      ['bybit/positions.csv', [2, 3, 4, 5, 6, 7, 8]],
      ['cme/spanposconv.csv', [2, 3, 4, 5, 6, 7]],
      ['cme/spanposconv_gaps.csv', [2, 3, 4, 5]],
      ['eurex/etd_positions.csv', [2, 3, 4]],
      ['osi/padded.csv', [2, 3, 4, 5]],
      ['osi/headerless.csv', [1, 2]],
      ['generic/european.csv', [1, 3, 4, 5]],
      ['generic/accounts.tsv', [2, 3, 4, 5]],
      ['deribit/positions.json', [5, 25, 44, 65, 76, 84]],
    ];
    for (const [name, dataLines] of files) {
      const result = await readBrokerFile({ fileName: name, text: readFixture(name) });
      const seen = new Set([...result.rows.flatMap((row) => row.lines ?? [row.line]), ...result.errors.map((error) => error.line), ...result.warnings.flatMap((warning) => (warning.line === undefined ? [] : [warning.line]))]);
      expect(dataLines.filter((line) => !seen.has(line)), name).toEqual([]);
    }
  });

  it('reads bytes: a UTF-8 BOM, UTF-16 and Windows-1252', async () => {
    const text = 'Konto;Symbol;Menge;Währung\nDESK;SAP;10;EUR\n';
    const utf8 = await readBrokerFile({ fileName: 'a.csv', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]) });
    expect(utf8.rows.map((row) => [row.account, row.instrument.id, row.quantity, row.instrument.currency])).toEqual([['DESK', 'SAP', 10, 'EUR']]);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    expect((await readBrokerFile({ fileName: 'b.csv', bytes: utf16 })).rows).toHaveLength(1);
    const latin = await readBrokerFile({ fileName: 'c.csv', bytes: Uint8Array.from([...text].map((char) => char.charCodeAt(0))) });
    expect(latin.rows).toHaveLength(1);
    expect(latin.warnings[0]?.message).toMatch(/Windows-1252/);
  });

  it('reads an Excel workbook: the first sheet with data, row numbers as lines, numbers and dates as values', async () => {
    const bytes = await workbook(
      [
        ['Positions at close'],
        ['Account', 'Symbol', 'Quantity', 'Expiry', 'Strike', 'Right', 'Price'],
        ['DESK-A', 'AAPL', 1234.5, null, null, null, { formula: 'B1', result: 213.49 }],
        ['DESK-A', 'SPY', -3, new Date(Date.UTC(2025, 2, 21)), 550, 'P', 4.1],
        ['DESK-B', { richText: [{ text: 'MS' }, { text: 'FT' }] }, 10, null, null, null, null],
      ],
      true,
    );
    const result = await readBrokerFile({ fileName: 'book.xlsx', bytes });
    expect(result.format).toBe('generic-csv');
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.account, row.instrument.id, row.quantity, row.instrument.price])).toEqual([
      [3, 'DESK-A', 'AAPL', 1234.5, 213.49],
      [4, 'DESK-A', 'SPY 250321P00550000', -3, 4.1],
      [5, 'DESK-B', 'MSFT', 10, undefined],
    ]);
    expect(result.warnings.map((warning) => warning.message)).toEqual([expect.stringContaining('other worksheets (Notes) were not read'), expect.stringContaining('before the header row')]);
  });

  it('reads a broker format inside a workbook too', async () => {
    const lines = readFixture('okx/positions.csv').trim().split('\n').map((line) => line.split(','));
    const result = await readBrokerFile({ fileName: 'okx.xlsx', bytes: await workbook(lines) });
    expect(result.format).toBe('okx-positions');
    expect(result.rows).toHaveLength(4);
  });

  it('explains files it cannot read, always with a line', async () => {
    const cases: [Parameters<typeof readBrokerFile>[0], string][] = [
      [{ fileName: 'e.csv', text: '' }, 'e.csv is empty'],
      [{ fileName: 'n.csv' }, 'n.csv: no content'],
      [{ fileName: 'old.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]) }, 'legacy Excel .xls'],
      [{ fileName: 'bad.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }, 'not a readable .xlsx workbook'],
      [{ fileName: 'x.xml', text: '<?xml version="1.0"?><Portfolio/>' }, 'not an Interactive Brokers Flex Query'],
      [{ fileName: 'j.json', text: '{"positions": []}' }, 'not Deribit positions'],
      [{ fileName: 'blank.csv', text: '\n,,,\n' }, 'no positions to import: the file holds no position rows'],
    ];
    for (const [input, message] of cases) {
      const result = await readBrokerFile(input);
      expect(result.format, input.fileName).toBe('unknown');
      expect(result.rows).toEqual([]);
      expect(result.errors, input.fileName).toEqual([{ line: 1, message: expect.stringContaining(message) }]);
    }
  });

  it('reports a file that yields no position as an error, whatever its format', async () => {
    const headerOnly = await readBrokerFile({ fileName: 'h.csv', text: 'Symbol,Quantity\n' });
    expect(headerOnly.format).toBe('generic-csv');
    expect(headerOnly.errors).toEqual([{ line: 1, message: 'no positions to import: the file holds no position rows' }]);
    const flat = await readBrokerFile({ fileName: 'f.csv', text: 'instId,pos\nBTC-USDT-SWAP,0\n' });
    expect(flat.warnings).toHaveLength(1);
    expect(flat.errors).toEqual([{ line: 1, message: 'no positions to import: see the notes for why' }]);
  });
});
