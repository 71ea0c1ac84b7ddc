import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPriceHistory } from '../../../../main/importers/history/readPriceHistory.ts';
import { kitDataDir } from '../../engine/kitData.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/history');
const kit = (file: string) => readFileSync(path.join(kitDataDir, file), 'utf8');

function closeOn(series: { dates: readonly string[]; closes: Float64Array }, date: string): number | undefined {
  const i = series.dates.indexOf(date);
  return i < 0 ? undefined : series.closes[i];
}

describe('readPriceHistory on every kit file', () => {
  // Row counts, first and last dates: ../shared/data/SOURCES.md and the files themselves; closes
  // quoted in SOURCES.md are compared exactly as written (tolerance: the file's own digits, 5e-3).
  const cases = [
    { file: 'prices/gspc_sp500_daily_1927_2023.csv', layout: 'ohlc', id: 'Close', rows: 24114, first: '1927-12-30', last: '2023-12-28', known: { '2020-03-16': 2386.13 } },
    { file: 'prices/btc-usd_daily_2015_2023.csv', layout: 'ohlc', id: 'Close', rows: 3134, first: '2015-01-01', last: '2023-07-31', known: { '2020-03-12': 4970.79, '2022-11-09': 15880.78 } },
    { file: 'prices/eth-usd_daily_2017_2023.csv', layout: 'ohlc', id: 'Close', rows: 2091, first: '2017-11-09', last: '2023-07-31', known: {} },
    { file: 'prices/eurusd_x_daily_2015_2023.csv', layout: 'ohlc', id: 'Close', rows: 2235, first: '2015-01-01', last: '2023-07-31', known: {} },
    { file: 'prices/aapl_daily_2015_2023.csv', layout: 'ohlc', id: 'Close', rows: 2158, first: '2015-01-02', last: '2023-07-31', known: {} },
    { file: 'prices/wti-daily-eia.csv', layout: 'price', id: 'Price', rows: 10226, first: '1986-01-02', last: '2026-08-18', known: { '2020-04-20': -36.98 } },
    { file: 'prices/brent-daily-eia.csv', layout: 'price', id: 'Price', rows: 9958, first: '1987-05-20', last: '2026-08-18', known: {} },
    { file: 'prices/gold-monthly.csv', layout: 'price', id: 'Price', rows: 2322, first: '1833-01', last: '2026-06', known: {} },
    { file: 'vol/vix-daily.csv', layout: 'ohlc', id: 'CLOSE', rows: 9235, first: '1990-01-02', last: '2026-07-23', known: { '2008-11-20': 80.86, '2020-03-16': 82.69 } },
    { file: 'vol/deribit_dvol_btc_daily.csv', layout: 'symbol', id: 'BTC', rows: 1840, first: '2021-03-24', last: '2026-04-06', known: { '2021-03-24': 95.04, '2026-04-06': 47.76 } },
    { file: 'vol/deribit_dvol_eth_daily.csv', layout: 'symbol', id: 'ETH', rows: 1840, first: '2021-03-24', last: '2026-04-06', known: { '2021-03-24': 106.73 } },
  ] as const;
  for (const c of cases) {
    it(`${c.file}: ${c.layout} layout, ${c.rows} closes oldest first, no errors`, () => {
      const read = readPriceHistory(kit(c.file));
      expect(read.errors).toEqual([]);
      expect(read.layout).toBe(c.layout);
      expect(read.series).toHaveLength(1);
      const s = read.series[0]!;
      expect(s.id).toBe(c.id);
      expect(s.dates).toHaveLength(c.rows);
      expect(s.closes).toHaveLength(c.rows);
      expect([s.dates[0], s.dates[s.dates.length - 1]]).toEqual([c.first, c.last]);
      for (let i = 1; i < s.dates.length; i++) expect(s.dates[i]! > s.dates[i - 1]!).toBe(true);
      for (const [date, close] of Object.entries(c.known)) expect(Math.abs(closeOn(s, date)! - close)).toBeLessThan(5e-3);
    });
  }

  it('reads Close, not Adj Close, and keeps the negative WTI close', () => {
    const spx = readPriceHistory(kit('prices/gspc_sp500_daily_1927_2023.csv'), { id: 'SPX' }).series[0]!;
    expect(spx.id).toBe('SPX');
    // 1987-10-19 close 224.84 after 282.70 (file values), the −20.47% of Black Monday.
    expect(closeOn(spx, '1987-10-19')! / closeOn(spx, '1987-10-16')! - 1).toBeCloseTo(-0.2047, 4);
    const wti = readPriceHistory(kit('prices/wti-daily-eia.csv'), { id: 'WTI' }).series[0]!;
    expect(closeOn(wti, '2020-04-17')).toBe(18.31);
    expect(closeOn(wti, '2020-04-20')).toBe(-36.98);
  });
});

describe('readPriceHistory on the wide form', () => {
  it('reads one series per column, a blank cell being a day without a price', () => {
    const read = readPriceHistory(readFileSync(path.join(fixtures, 'wide.csv'), 'utf8'));
    expect(read.errors).toEqual([]);
    expect(read.layout).toBe('wide');
    expect(read.series.map((s) => s.id)).toEqual(['SPX', 'BTC', 'VIX']);
    const [spx, btc, vix] = read.series;
    expect(spx!.dates).toEqual(['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-08']);
    expect(btc!.dates).toHaveLength(7);
    expect(Array.from(vix!.closes)).toEqual([13.2, 14.04, 14.13, 13.35, 13.08]);
  });

  it('lists every bad row with its line and keeps the good ones', () => {
    const read = readPriceHistory(readFileSync(path.join(fixtures, 'errors.csv'), 'utf8'));
    expect(read.layout).toBe('wide');
    expect(read.errors.map((e) => [e.line, e.message])).toEqual([
      [3, 'expected a date as YYYY-MM-DD (or YYYY-MM for a monthly series), got "2024-13-01"'],
      [4, 'SPX: expected a number, got "n/a?"'],
      [5, 'SPX: a second close for 2024-01-02 (the first is on line 2)'],
      [5, 'BTC: a second close for 2024-01-02 (the first is on line 2)'],
      [7, 'expected a daily date like line 2\'s, got "2024-01"'],
    ]);
    const [spx, btc] = read.series;
    expect(spx!.dates).toEqual(['2024-01-02', '2024-01-05']);
    expect(Array.from(spx!.closes)).toEqual([4742.83, 4697.24]);
    expect(btc!.dates).toEqual(['2024-01-02', '2024-01-04']);
  });

  it('sorts rows written newest first or out of order, and takes CRLF, a BOM and quotes', () => {
    const read = readPriceHistory('\uFEFFdate,"SPX"\r\n2024-01-05,3\r\n2024-01-02,1\r\n2024-01-04,"2"\r\n');
    expect(read.errors).toEqual([]);
    expect(read.series[0]!.dates).toEqual(['2024-01-02', '2024-01-04', '2024-01-05']);
    expect(Array.from(read.series[0]!.closes)).toEqual([1, 2, 3]);
  });

  it('keeps zero and negative closes', () => {
    const read = readPriceHistory('date,CL\n2020-04-17,18.27\n2020-04-20,-37.63\n2020-04-21,0\n');
    expect(read.errors).toEqual([]);
    expect(Array.from(read.series[0]!.closes)).toEqual([18.27, -37.63, 0]);
  });
});

describe('readPriceHistory on one-series and symbol files', () => {
  it('takes a blank close in a one-series file as an error, named by its line', () => {
    const read = readPriceHistory('Date,Open,High,Low,Close,Volume\n2024-01-02,1,1,1,1,0\n2024-01-03,1,1,1,null,0\n2024-01-04,1,1,1,abc,0\n', { id: 'X' });
    expect(read.errors.map((e) => [e.line, e.message])).toEqual([
      [3, 'no Close on 2024-01-03'],
      [4, 'Close: expected a number, got "abc"'],
    ]);
    expect(read.series[0]).toMatchObject({ id: 'X', dates: ['2024-01-02'] });
  });

  it('makes one series per symbol, oldest first', () => {
    const read = readPriceHistory('date,symbol,open,high,low,close\n2024-01-03,ETH,1,1,1,60\n2024-01-03,BTC,1,1,1,50\n2024-01-02,BTC,1,1,1,49\n2024-01-02,ETH,1,1,1,59\n');
    expect(read.errors).toEqual([]);
    expect(read.series.map((s) => [s.id, s.dates, Array.from(s.closes)])).toEqual([
      ['ETH', ['2024-01-02', '2024-01-03'], [59, 60]],
      ['BTC', ['2024-01-02', '2024-01-03'], [49, 50]],
    ]);
  });

  it('names a header that is not a price history', () => {
    expect(readPriceHistory('Symbol,Close\nX,1\n')).toEqual({ layout: null, series: [], errors: [{ line: 1, message: 'expected "date" as the first column, found "Symbol"' }] });
    expect(readPriceHistory('').errors).toEqual([{ line: 1, message: 'the file has no header row' }]);
    expect(readPriceHistory('date,SPX,SPX\n').errors[0]!.message).toBe('two columns are named "SPX"');
  });
});
