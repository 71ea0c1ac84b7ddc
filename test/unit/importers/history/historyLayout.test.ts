import { describe, expect, it } from 'vitest';
import { historyLayout } from '../../../../main/importers/history/historyLayout.ts';

describe('historyLayout', () => {
  it('tells the kit layouts apart by their headers', () => {
    expect(historyLayout(['Date', 'Open', 'High', 'Low', 'Close', 'Adj Close', 'Volume'])).toEqual({ name: 'ohlc', symbol: -1, columns: [{ column: 4, id: 'Close' }] });
    expect(historyLayout(['DATE', 'OPEN', 'HIGH', 'LOW', 'CLOSE'], 'VIX')).toEqual({ name: 'ohlc', symbol: -1, columns: [{ column: 4, id: 'VIX' }] });
    expect(historyLayout(['Date', 'Price'])).toEqual({ name: 'price', symbol: -1, columns: [{ column: 1, id: 'Price' }] });
    expect(historyLayout(['date', 'symbol', 'open', 'high', 'low', 'close'])).toEqual({ name: 'symbol', symbol: 1, columns: [{ column: 5, id: '' }] });
    expect(historyLayout(['date', 'SPX', 'BTC'])).toEqual({ name: 'wide', symbol: -1, columns: [{ column: 1, id: 'SPX' }, { column: 2, id: 'BTC' }] });
    expect(historyLayout(['date', 'SPX'])).toMatchObject({ name: 'wide' });
  });

  it('says why a header is not a history', () => {
    expect(historyLayout(['Close', 'Date'])).toEqual({ error: 'expected "date" as the first column, found "Close"' });
    expect(historyLayout(['date'])).toEqual({ error: 'expected at least one price column after "date"' });
    expect(historyLayout(['date', 'SPX', ''])).toEqual({ error: 'column 3 has no name: a wide history names each column by its instrument id' });
  });
});
