import { describe, expect, it } from 'vitest';
import { readBrokerFile } from '../../../../main/importers/readBrokerFile.ts';
import { readFixture } from '../readFixture.ts';

const webHeader = 'id,Order id,Time,Trade Type,Symbol,Action,Amount,Trading Unit,Filled Price,PnL,Fee,Fee Unit,Position Change,Position Balance,Balance Change,Balance,Balance Unit';

describe('OKX trade history CSV', () => {
  it('takes each holding from the running Position Balance of its latest fill, in the UID’s account', async () => {
    const result = await readBrokerFile({ fileName: 'okx.csv', text: readFixture('okx/trade_history.csv') });
    expect(result.format).toBe('okx-trade-history');
    expect(result.rows.map((row) => [row.line, row.account, row.instrument.id, row.quantity, row.instrument.multiplier, row.instrument.price, row.quantityCurrency])).toEqual([
      [4, '502316998', 'BTC-USDT-SWAP', 30, 0.01, 96450.2, undefined],
      [6, '502316998', 'BTC-USD-250328', -40, 100, 97500.5, 'USD'],
      [7, '502316998', 'BTC-USD-250328-100000-C', -10, 0.01, 0.0195, undefined],
    ]);
    expect(result.errors).toEqual([{ line: 12, field: 'multiplier', message: expect.stringContaining('SOL-USDT-SWAP: multiplier is not in the file nor in the instrument master') }]);
    expect(result.warnings).toEqual([
      { line: 10, message: 'ETH-USDT-SWAP: closed (position 0 on its latest fill); not imported' },
      { line: 8, message: 'ETH-USDT: spot trades (lines 8, 9) move balances, not positions; not imported' },
      { line: 3, message: '2 row(s) are not trades (funding, fees, transfers…) and change no position: lines 3, 14' },
    ]);
    expect(result.accounts).toEqual([{ id: '502316998' }]);
    expect(result.statementDate).toBe('2025-03-14');
  });

  it('sums API fills per instrument and hedge-mode book when there is no running position', async () => {
    const result = await readBrokerFile({ fileName: 'fills.csv', text: readFixture('okx/fills.csv') });
    expect(result.format).toBe('okx-trade-history');
    expect(result.rows.map((row) => [row.line, row.lines, row.account, row.instrument.id, row.quantity, row.instrument.price])).toEqual([
      [3, undefined, 'OKX', 'BTC-USDT-SWAP', -8, 95100],
      [4, [2, 4], 'OKX', 'BTC-USDT-SWAP', 15, 96000],
      [7, undefined, 'OKX', 'ETH-USD-250328-4000-P', 3, 0.012],
    ]);
    expect(result.errors).toEqual([
      { line: 8, field: 'side', message: 'BTC-USDT-SWAP: "hold" is not a buy or a sell' },
      { line: 9, field: 'fillSz', message: 'BTC-USDT-SWAP: quantity "2x" is not a number' },
    ]);
    expect(result.warnings).toEqual([
      { line: 6, message: 'BTC-USD-250328: closed (position 0 once its fills are summed); not imported' },
      { line: 10, message: 'BTC-USDT: spot trades (lines 10) move balances, not positions; not imported' },
      { message: expect.stringContaining('its positions are in account "OKX"') },
    ]);
  });

  it('reads the older header (Instrument, Type, Unit, PL; no price), `;` with decimal commas, oldest first', async () => {
    const text = [
      'id;Order id;Time;Trade Type;Instrument;Type;Amount;Unit;PL;Fee;Position Change;Position Balance;Balance Change;Balance;Unit',
      '1;11;2025-03-10 10:00:00;Perpetual;ETH-USDT-SWAP;Sell;4;cont;0;-0,4;-4;-4;-0,4;100;USDT',
      '2;12;2025-03-11 10:00:00;Perpetual;ETH-USDT-SWAP;Sell;2;cont;0;-0,2;-2;-6;-0,2;99,8;USDT',
    ].join('\n');
    const result = await readBrokerFile({ fileName: 'old.csv', text });
    expect(result.format).toBe('okx-trade-history');
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.instrument.id, row.quantity, row.instrument.price])).toEqual([[3, 'ETH-USDT-SWAP', -6, undefined]]);
  });

  it('orders fills of the same second by id, whatever the file order', async () => {
    const text = [webHeader, '7,1,2025-03-14 11:02:10,Perpetual,BTC-USDT-SWAP,Buy,5,cont,96000,0,0,USDT,5,5,0,0,USDT', '8,2,2025-03-14 11:02:10,Perpetual,BTC-USDT-SWAP,Buy,3,cont,96001,0,0,USDT,3,8,0,0,USDT'].join('\n');
    const result = await readBrokerFile({ fileName: 'okx.csv', text });
    expect(result.rows.map((row) => [row.line, row.quantity])).toEqual([[3, 8]]);
  });

  it('refuses amounts that are not in contracts, with the line', async () => {
    const text = [webHeader, '1,1,2025-03-14 11:02:10,Perpetual,BTC-USDT-SWAP,Open long,0.3,BTC,96000,0,0,USDT,0.3,0.3,0,0,USDT'].join('\n');
    const result = await readBrokerFile({ fileName: 'okx.csv', text });
    expect(result.errors).toEqual([
      { line: 2, field: 'Trading Unit', message: 'BTC-USDT-SWAP: the amount is in BTC, not in contracts; export the history with amounts in contracts' },
    ]);
  });
});
