import { describe, expect, it } from 'vitest';
import { resolveBook } from '../../../../main/engine/resolveBook.ts';
import { startVar, valueAtRisk } from '../../../../main/engine/risk/startVar.ts';
import { VarHistoryError } from '../../../../main/engine/risk/varHistoryError.ts';
import { specExample } from '../../../fixtures/portfolios/specExample.ts';
import { kitHistory } from './kitHistory.ts';
import { days, seriesFromReturns, varParameters } from './varTestKit.ts';

describe('startVar', () => {
  it('leaves out, with the reason, what it cannot value: unvalued, another currency, no history', () => {
    const doc = structuredClone(specExample);
    delete (doc.instruments[5] as { vol?: number }).vol;
    doc.accounts.push({ id: 'COIN', equity: 10 });
    const positions = [
      { account: 'DESK-A', instrument: 'AAPL', quantity: 100 },
      { account: 'DESK-A', instrument: 'ESM4', quantity: 2 },
      { account: 'DESK-A', instrument: 'BTC-28JUN24', quantity: 1 },
      { account: 'COIN', instrument: 'BTC-28JUN24-80000-C', quantity: 1 },
      { account: 'COIN', instrument: 'BTC-28JUN24', quantity: -1000 },
    ];
    const book = resolveBook({ ...doc, positions } as Parameters<typeof resolveBook>[0]);
    const dates = days('2024-03-01', 15);
    const aapl = seriesFromReturns('AAPL', dates, dates.slice(1).map((_, k) => (k % 3) * 0.01 - 0.01), 170);
    const r = valueAtRisk({ book, accounts: [{ id: 'DESK-A', currency: 'USD' }, { id: 'COIN', currency: 'BTC' }], history: [aapl] }, varParameters({ confidence: 0.9 }));
    expect(r.accounts[0]!.excluded).toEqual([
      { position: 1, instrument: 'ESM4', reason: 'no price history for "SPX"' },
      { position: 2, instrument: 'BTC-28JUN24', reason: 'settles in BTC; the account is in USD' },
    ]);
    expect(r.accounts[1]!.excluded).toEqual([
      { position: 3, instrument: 'BTC-28JUN24-80000-C', reason: 'neither vol nor price: give one to value this option' },
      { position: 4, instrument: 'BTC-28JUN24', reason: 'no price history for "BTC"' },
    ]);
    // AAPL alone: 100 shares at 172.62 with daily moves −1%, 0, +1% → 90%: m = 1.4 → VaR = L(2) = 172.62 (tolerance 1e-9).
    expect(r.accounts[0]!.var).toBeCloseTo(172.62, 9);
    expect(r.accounts[1]).toMatchObject({ var: 0, es: 0, observations: 14 });
    expect(r.factors.map((f) => [f.id, f.series])).toEqual([['SPX', null], ['AAPL', 'AAPL'], ['BTC', null]]);
  });

  it('finds a factor’s history under another name through `series`, and moves absolutely what it is told to', () => {
    const dates = days('2024-01-01', 5);
    const gspc = seriesFromReturns('^GSPC', dates, [0.01, -0.02, 0.01, 0.005], 4000);
    const book = resolveBook({ asOf: '2024-01-05', instruments: [{ id: 'SPX', kind: 'index', price: 5000 }], positions: [{ account: 'A', instrument: 'SPX', quantity: 1 }] });
    const accounts = [{ id: 'A', currency: 'USD' }];
    const r = valueAtRisk({ book, accounts, history: [gspc] }, varParameters({ confidence: 0.75, series: { SPX: '^GSPC' } }));
    // −2% of today's 5,000 = 100 (relative) … (tolerance 1e-9)
    expect(r.accounts[0]!.var).toBeCloseTo(100, 9);
    // … or the day's −80.8 index points applied as they were (absolute).
    const points = valueAtRisk({ book, accounts, history: [gspc] }, varParameters({ confidence: 0.75, series: { SPX: '^GSPC' }, absoluteFactors: ['SPX'] }));
    expect(points.factors[0]!.returns).toBe('absolute');
    expect(points.accounts[0]!.var).toBeCloseTo(4000 * 1.01 * 0.02, 9);
    const unmapped = valueAtRisk({ book, accounts, history: [gspc] }, varParameters({ series: { SPX: 'SP500' } }));
    expect(unmapped.accounts[0]!.excluded[0]!.reason).toBe('no price history "SP500" (mapped to "SPX")');
  });

  it('throws a VarHistoryError when the history is too short for the method', () => {
    const dates = days('2024-01-01', 3);
    const x = seriesFromReturns('X', dates, [0.01, 0.02]);
    const book = resolveBook({ asOf: '2024-01-03', instruments: [{ id: 'X', kind: 'equity', price: 10 }], positions: [{ account: 'A', instrument: 'X', quantity: 1 }] });
    const input = { book, accounts: [{ id: 'A', currency: 'USD' }], history: [x] };
    expect(() => startVar(input, varParameters({ horizonDays: 3 }))).toThrow(VarHistoryError);
    expect(() => startVar(input, varParameters({ horizonDays: 3 }))).toThrow('historical VaR needs at least 3 daily returns (one 3-day move); the history of "X" has 2 on common dates up to 2024-01-03');
    expect(() => startVar({ ...input, history: [{ ...x, dates: x.dates.slice(0, 2), closes: x.closes.slice(0, 2) }] }, varParameters({ method: 'delta-normal' }))).toThrow(VarHistoryError);
    expect(() => startVar(input, varParameters({ method: 'stressed' }))).toThrow('stressed VaR needs at least one stress window (parameters.stressWindows)');
  });

  it('gives zeros for a book with nothing to move, in every method', () => {
    const book = resolveBook({ asOf: '2024-01-03', instruments: [], positions: [] });
    for (const method of ['historical', 'filtered-historical', 'delta-normal', 'monte-carlo'] as const) {
      const r = valueAtRisk({ book, accounts: [{ id: 'A', currency: 'USD' }], history: [] }, varParameters({ method }));
      expect(r.accounts).toEqual([{ id: 'A', currency: 'USD', var: 0, es: 0, worstDate: null, worstLoss: null, observations: 0, excluded: [] }]);
    }
  });

  it('VaR of one S&P 500 unit over the kit’s last 500 days is the 5th largest of the 500 losses', () => {
    // ../shared/data/prices/gspc_sp500_daily_1927_2023.csv, asOf 2023-12-28 (last close 4783.35),
    // one index unit priced at that close: the loss on day t is 4783.35 × −(P_t/P_{t−1} − 1).
    // 99%: N(1 − c) = 5 → the 5th largest loss; ES the mean of the 5 largest (tolerance 1e-9 relative).
    const spx = kitHistory().find((s) => s.id === 'SPX')!;
    const book = resolveBook({ asOf: '2023-12-28', instruments: [{ id: 'SPX', kind: 'index', price: 4783.35 }], positions: [{ account: 'A', instrument: 'SPX', quantity: 1 }] });
    const r = valueAtRisk({ book, accounts: [{ id: 'A', currency: 'USD' }], history: [spx] }, varParameters({ chunkScenarios: 64 }));
    const n = spx.closes.length;
    const losses = Array.from({ length: 500 }, (_, k) => -4783.35 * (spx.closes[n - 500 + k]! / spx.closes[n - 501 + k]! - 1)).sort((x, y) => y - x);
    expect(r.observations).toBe(500);
    expect(Math.abs(r.accounts[0]!.var / losses[4]! - 1)).toBeLessThan(1e-9);
    expect(Math.abs(r.accounts[0]!.es / ((losses[0]! + losses[1]! + losses[2]! + losses[3]! + losses[4]!) / 5) - 1)).toBeLessThan(1e-9);
    expect(r.accounts[0]!.es).toBeGreaterThanOrEqual(r.accounts[0]!.var);
  });
});
