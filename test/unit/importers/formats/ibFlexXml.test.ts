import { describe, expect, it } from 'vitest';
import { readBrokerFile } from '../../../../main/importers/readBrokerFile.ts';
import { readKitFile } from '../readFixture.ts';

const readKit = (name: string) => readBrokerFile({ fileName: name, text: readKitFile(`ibflex/${name}`) });
const readXml = (text: string) => readBrokerFile({ fileName: 'flex.xml', text });

const statement = (account: string, toDate: string, positions: string) =>
  `<FlexStatement accountId="${account}" fromDate="${toDate}" toDate="${toDate}">\n<OpenPositions>\n${positions}</OpenPositions>\n</FlexStatement>\n`;
const response = (...statements: string[]) => `<?xml version="1.0"?>\n<FlexQueryResponse queryName="q" type="AF">\n<FlexStatements count="${statements.length}">\n${statements.join('')}</FlexStatements>\n</FlexQueryResponse>\n`;
const position = (attributes: string) => `<OpenPosition currency="USD" assetCategory="STK" multiplier="1" ${attributes} />\n`;

describe('IB Flex Query XML (kit statements)', () => {
  it('reads a daily portfolio: stocks, an option and a future, with equity', async () => {
    const result = await readKit('activity_daily_portfolio.xml');
    expect(result.format).toBe('ib-flex-xml');
    expect(result.errors).toEqual([]);
    expect(result.statementDate).toBe('2025-01-15');
    expect(result.accounts).toEqual([{ id: 'U1234567', equity: 425526, currency: 'USD' }]);
    expect(result.rows.map((row) => [row.line, row.instrument.id, row.quantity])).toEqual([
      [17, 'AAPL', 500],
      [20, 'TSLA', -200],
      [23, 'RY', 1000],
      [26, 'AAPL 250221C00190000', 50],
      [29, 'ESH5', 10],
    ]);
    expect(result.rows[3]).toMatchObject({
      rawSymbol: 'AAPL  250221C00190000',
      ids: { conid: '700123456', figi: 'BBG01TEST123', underlyingConid: '265598' },
      instrument: { kind: 'option', underlying: 'AAPL', right: 'call', strike: 190, expiry: '2025-02-21', multiplier: 100, exercise: 'american', price: 3.25 },
    });
    expect(result.rows[4]?.instrument).toEqual({ id: 'ESH5', kind: 'future', expiry: '2025-03-21', multiplier: 50, underlying: 'SPX', currency: 'USD', price: 5950.25 });
    expect(result.rows[2]?.instrument.currency).toBe('CAD');
  });

  it('imports only the latest statement of a backfill, naming the others', async () => {
    const result = await readKit('activity_backfill.xml');
    expect(result.rows.map((row) => [row.instrument.id, row.quantity])).toEqual([
      ['AAPL', 120],
      ['MSFT', 50],
      ['NVDA', 5],
      ['AAPL 250117C00260000', 5],
    ]);
    expect(result.statementDate).toBe('2025-01-03');
    expect(result.accounts).toEqual([{ id: 'U1234567', equity: 162500, currency: 'USD' }]);
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      expect.stringContaining('2025-01-01 (3 positions) is superseded'),
      expect.stringContaining('2025-01-02 (4 positions) is superseded'),
    ]);
  });

  it('reads futures, options, forex and fractional shares', async () => {
    const futures = await readKit('activity_futures.xml');
    expect(futures.rows.map((row) => [row.instrument.id, row.quantity, row.instrument.multiplier, row.instrument.expiry, row.instrument.underlying])).toEqual([
      ['ESH5', 2, 50, '2025-03-21', 'SPX'],
      ['NQH5', -1, 20, '2025-03-21', 'NDX'],
      ['GCG5', 1, 100, '2025-02-27', 'GC'],
    ]);
    const options = await readKit('activity_options.xml');
    expect(options.rows.map((row) => [row.line, row.instrument.id, row.quantity])).toEqual([
      [77, 'AAPL 250221C00180000', 1],
      [92, 'TSLA 250221P00200000', -2],
    ]);
    const forex = await readKit('activity_forex.xml');
    expect(forex.rows.map((row) => [row.instrument.id, row.instrument.kind, row.quantity])).toEqual([
      ['EUR.USD', 'spot', 50000],
      ['GBP.USD', 'spot', -30000],
      ['USD.JPY', 'spot', 2000000],
    ]);
    expect((await readKit('activity_fractional_shares.xml')).rows.map((row) => row.quantity)).toEqual([1.25]);
  });

  it('lists bonds, bills and warrants as errors with their line, since nothing can margin them', async () => {
    for (const [name, lines] of [['activity_bonds.xml', [77, 92, 107]], ['activity_tbills.xml', [30]], ['activity_warrants.xml', [48]]] as const) {
      const result = await readKit(name);
      expect(result.rows, name).toEqual([]);
      expect(result.errors.map((error) => [error.line, error.field]), name).toEqual(lines.map((line) => [line, 'assetCategory']));
    }
  });

  it('reads a statement with a repeated attribute elsewhere, with a warning', async () => {
    const result = await readKit('activity_simple.xml');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([{ line: 109, message: 'repeated attribute description ignored' }]);
    expect(result.rows.map((row) => [row.instrument.id, row.quantity])).toEqual([
      ['AAPL', 100],
      ['AAPL 250221C00180000', -1],
    ]);
  });
});

describe('IB Flex Query XML (levels of detail, accounts, damage)', () => {
  it('sums LOT rows of a position without a SUMMARY, and prefers the SUMMARY where there is one', async () => {
    const result = await readXml(
      response(
        statement(
          'U1',
          '2025-01-15',
          position('conid="1" symbol="AAPL" position="60" levelOfDetail="LOT"') +
            position('conid="1" symbol="AAPL" position="40" levelOfDetail="LOT"') +
            position('conid="2" symbol="MSFT" position="10" levelOfDetail="SUMMARY"') +
            position('conid="2" symbol="MSFT" position="10" levelOfDetail="LOT"'),
        ),
      ),
    );
    expect(result.warnings).toEqual([]);
    expect(result.rows.map((row) => [row.instrument.id, row.quantity, row.line, row.lines])).toEqual([
      ['AAPL', 100, 6, [6, 7]],
      ['MSFT', 10, 8, undefined],
    ]);
  });

  it('reads several accounts in one file', async () => {
    const result = await readXml(response(statement('U1', '2025-01-15', position('conid="1" symbol="AAPL" position="5"')), statement('U2', '2025-01-15', position('conid="1" symbol="AAPL" position="-5"'))));
    expect(result.rows.map((row) => [row.account, row.quantity])).toEqual([
      ['U1', 5],
      ['U2', -5],
    ]);
    expect(result.accounts.map((account) => account.id)).toEqual(['U1', 'U2']);
  });

  it('names the line and field of a bad position, and keeps the good ones', async () => {
    const result = await readXml(response(statement('U1', '2025-01-15', position('conid="1" symbol="AAPL" position="lots"') + position('conid="2" symbol="MSFT" position="3"') + position('conid="3" position="3"'))));
    expect(result.errors).toEqual([
      { line: 6, field: 'position', message: 'AAPL: position "lots" is not a number' },
      { line: 8, field: 'symbol', message: 'position without a symbol' },
    ]);
    expect(result.rows.map((row) => row.instrument.id)).toEqual(['MSFT']);
  });

  it('imports nothing from truncated XML and says where it broke', async () => {
    const text = readKitFile('ibflex/activity_futures.xml');
    const result = await readXml(text.slice(0, text.indexOf('NQH5')));
    expect(result.rows).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.line).toBeGreaterThanOrEqual(1);
  });

  it('reads expiries in the date format the query was set to, asking when it cannot tell', async () => {
    const option = (expiry: string) => `<OpenPosition conid="9" assetCategory="OPT" symbol="XYZ opt" underlyingSymbol="XYZ" putCall="P" strike="10" multiplier="100" expiry="${expiry}" position="1" />\n`;
    const dayFirst = await readXml(response(statement('U1', '2025-01-15', option('21/03/2025'))));
    expect(dayFirst.rows[0]?.instrument.expiry).toBe('2025-03-21');
    const unclear = await readXml(response(statement('U1', '2025-01-15', option('03/04/2025'))));
    expect(unclear.rows[0]?.instrument.expiry).toBe('2025-03-04');
    expect(unclear.ambiguities).toMatchObject([{ kind: 'dateOrder', column: 'expiry', lines: [6], assumed: 'mdy' }]);
    const told = await readBrokerFile({ fileName: 'flex.xml', text: response(statement('U1', '2025-01-15', option('03/04/2025'))), options: { dateOrder: 'dmy' } });
    expect(told.rows[0]?.instrument).toMatchObject({ id: 'XYZ 250403P00010000', expiry: '2025-04-03' });
  });

  it('says so when the response holds no statement', async () => {
    expect((await readXml('<FlexQueryResponse queryName="q"><FlexStatements count="0"/></FlexQueryResponse>')).errors).toEqual([
      { line: 1, message: expect.stringContaining('no <FlexStatement>') },
    ]);
  });
});
