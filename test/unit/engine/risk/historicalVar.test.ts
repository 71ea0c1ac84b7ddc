import { describe, expect, it } from 'vitest';
import { blackScholesMerton } from '../../../../main/engine/blackScholesMerton.ts';
import { resolveBook } from '../../../../main/engine/resolveBook.ts';
import { valueAtRisk } from '../../../../main/engine/risk/startVar.ts';
import { tailRisk } from '../../../../main/engine/risk/tailRisk.ts';
import { PRICE } from '../../../../main/engine/valuationFields.ts';
import type { Instrument } from '../../../../shared/instrument.ts';
import { days, seriesFromReturns, varParameters } from './varTestKit.ts';

// Ten daily returns (hand-picked): a 100-share position at 100 makes P&L = 10,000 × r:
// +200, −500, +300, −100, +400, −300, +100, −200, 0, −400.
const returns = [0.02, -0.05, 0.03, -0.01, 0.04, -0.03, 0.01, -0.02, 0, -0.04];
const dates = days('2024-01-01', 11);
const xyz = seriesFromReturns('XYZ', dates, returns);
const accounts = [{ id: 'A', currency: 'USD' }];

function stockBook(quantity = 100) {
  return resolveBook({ asOf: '2024-01-11', instruments: [{ id: 'XYZ', kind: 'equity', price: 100 }], positions: [{ account: 'A', instrument: 'XYZ', quantity }], market: { rates: { USD: 0.05 } } });
}

describe('historical simulation', () => {
  it('VaR of a linear book is the ⌈N(1 − c)⌉-th largest loss, ES the mean of the tail (by hand)', () => {
    // Losses sorted: 500, 400, 300, 200, 100, 0 … N = 10.
    // 80%: m = 2 → VaR = L(2) = 400, ES = (500 + 400)/2 = 450.
    // 75%: m = 2.5 → VaR = L(3) = 300, ES = (500 + 400 + 0.5 × 300)/2.5 = 420. Tolerance 1e-9 (closes are compounded doubles).
    const book = stockBook();
    const r80 = valueAtRisk({ book, accounts, history: [xyz] }, varParameters({ confidence: 0.8 }));
    expect(r80.observations).toBe(10);
    expect([r80.from, r80.to]).toEqual(['2024-01-02', '2024-01-11']);
    const a = r80.accounts[0]!;
    expect(a.var).toBeCloseTo(400, 9);
    expect(a.es).toBeCloseTo(450, 9);
    expect(a.worstDate).toBe('2024-01-03');
    expect(a.worstLoss).toBeCloseTo(500, 9);
    expect(r80.factors).toEqual([{ id: 'XYZ', series: 'XYZ', returns: 'relative', volIndex: null }]);
    const r75 = valueAtRisk({ book, accounts, history: [xyz] }, varParameters({ confidence: 0.75 }));
    expect(r75.accounts[0]!.var).toBeCloseTo(300, 9);
    expect(r75.accounts[0]!.es).toBeCloseTo(420, 9);
  });

  it('reads the last `window` daily returns up to asOf', () => {
    // Last 5: −300, +100, −200, 0, −400; 80% → m = 1 → VaR = ES = 400. With asOf 2024-01-06 and
    // window 3: returns ending 01-04..01-06: +300, −100, +400 → 80% of 3: m = 0.6 → L(1) = 100.
    const r = valueAtRisk({ book: stockBook(), accounts, history: [xyz] }, varParameters({ confidence: 0.8, window: 5 }));
    expect(r.observations).toBe(5);
    expect(r.accounts[0]!.var).toBeCloseTo(400, 9);
    const early = resolveBook({ asOf: '2024-01-06', instruments: [{ id: 'XYZ', kind: 'equity', price: 100 }], positions: [{ account: 'A', instrument: 'XYZ', quantity: 100 }] });
    const e = valueAtRisk({ book: early, accounts, history: [xyz] }, varParameters({ confidence: 0.8, window: 3 }));
    expect([e.from, e.to, e.observations]).toEqual(['2024-01-04', '2024-01-06', 3]);
    expect(e.accounts[0]!.var).toBeCloseTo(100, 9);
  });

  it('uses overlapping h-day moves for a longer horizon, without √h scaling', () => {
    // 2-day moves (1 + r_t)(1 + r_{t+1}) − 1: −3.1%, −2.15%, +1.97%, +2.96%, +0.88%, −2.03%,
    // −1.02%, −2%, −4% → P&L −310, −215, 197, 296, 88, −203, −102, −200, −400 (N = 9).
    // 80%: m = 1.8 → VaR = L(2) = 310; ES = (400 + 0.8 × 310)/1.8 = 360. Tolerance 1e-9.
    const r = valueAtRisk({ book: stockBook(), accounts, history: [xyz] }, varParameters({ confidence: 0.8, horizonDays: 2 }));
    expect([r.observations, r.horizonDays, r.daysForward]).toEqual([9, 2, 2]);
    expect(r.accounts[0]!.var).toBeCloseTo(310, 9);
    expect(r.accounts[0]!.es).toBeCloseTo(360, 9);
    expect(r.accounts[0]!.worstDate).toBe('2024-01-11');
  });

  describe('options: full revaluation, aged over the horizon, vols moved by the vol index', () => {
    const vixReturns = [-0.05, 0.3, -0.1, 0.05, -0.08, 0.12, -0.02, 0.04, 0, 0.2];
    const vix = seriesFromReturns('VIX', dates, vixReturns, 15);
    const instruments: Instrument[] = [
      { id: 'XYZ', kind: 'equity', price: 100 },
      { id: 'XYZ C100', kind: 'option', underlying: 'XYZ', right: 'call', strike: 100, expiry: '2024-03-15', vol: 0.25, multiplier: 100 },
    ];
    const book = resolveBook({ asOf: '2024-01-11', instruments, positions: [{ account: 'A', instrument: 'XYZ C100', quantity: -10 }, { account: 'A', instrument: 'XYZ', quantity: 500 }], market: { rates: { USD: 0.05 } } });
    const T = 64 / 365;
    const call = (S: number, t: number, sigma: number) => blackScholesMerton(true, S, 100, t, 0.05, 0, sigma)[PRICE]!;
    /** The account's P&L on day k, priced directly: S = 100(1 + r), one day less to expiry, σ × (1 + ΔVIX/VIX). */
    const direct = (volMoves: readonly number[]) =>
      Float64Array.from(returns, (r, k) => 500 * 100 * r - 10 * 100 * (call(100 * (1 + r), T - 1 / 365, 0.25 * (1 + volMoves[k]!)) - call(100, T, 0.25)));

    it('with SPX→VIX-style mapping: each day reprices the option at the day’s price and vol moves', () => {
      const r = valueAtRisk({ book, accounts, history: [xyz, vix] }, varParameters({ confidence: 0.8, volIndex: { XYZ: 'VIX' } }));
      const expected = tailRisk(direct(vixReturns), 0.8);
      // Tolerance 1e-9 of the notional (50,000): the same model, ln F − ln K versus ln(F/K) (revalue.test.ts).
      expect(Math.abs(r.accounts[0]!.var - expected.var)).toBeLessThan(5e-5);
      expect(Math.abs(r.accounts[0]!.es - expected.es)).toBeLessThan(5e-5);
      expect(r.accounts[0]!.worstDate).toBe(dates[expected.worst + 1]);
      expect(r.factors).toEqual([{ id: 'XYZ', series: 'XYZ', returns: 'relative', volIndex: 'VIX' }]);
      expect(r.notes).toEqual([]);
    });

    it('without a mapping: vols unchanged, and the result says so', () => {
      const r = valueAtRisk({ book, accounts, history: [xyz, vix] }, varParameters({ confidence: 0.8 }));
      const expected = tailRisk(direct(returns.map(() => 0)), 0.8);
      expect(Math.abs(r.accounts[0]!.var - expected.var)).toBeLessThan(5e-5);
      expect(r.notes).toEqual(['options on "XYZ" keep their vols: no vol index is mapped to it']);
      const missing = valueAtRisk({ book, accounts, history: [xyz] }, varParameters({ confidence: 0.8, volIndex: { XYZ: 'VIX' } }));
      expect(missing.notes).toEqual(['options on "XYZ" keep their vols: the vol index "VIX" is not in the history']);
    });

    it('ages options by daysForward when given', () => {
      const aged = valueAtRisk({ book, accounts, history: [xyz] }, varParameters({ confidence: 0.8, daysForward: 0 }));
      const expected = tailRisk(
        Float64Array.from(returns, (r) => 500 * 100 * r - 10 * 100 * (call(100 * (1 + r), T, 0.25) - call(100, T, 0.25))),
        0.8,
      );
      expect(aged.daysForward).toBe(0);
      expect(Math.abs(aged.accounts[0]!.var - expected.var)).toBeLessThan(5e-5);
    });
  });

  it('moves a factor whose history goes below zero by absolute changes (WTI, 2020-04-20)', () => {
    // EIA WTI spot closes (../shared/data/prices/wti-daily-eia.csv): 2020-04-16 19.87, 04-17 18.31, 04-20 −36.98, 04-21 8.91.
    const wti = { id: 'WTI', dates: ['2020-04-16', '2020-04-17', '2020-04-20', '2020-04-21'], closes: Float64Array.of(19.87, 18.31, -36.98, 8.91) };
    const book = resolveBook({ asOf: '2020-04-21', instruments: [{ id: 'WTI', kind: 'spot', price: 8.91, multiplier: 1000 }], positions: [{ account: 'A', instrument: 'WTI', quantity: 2 }] });
    const r = valueAtRisk({ book, accounts, history: [wti] }, varParameters({ confidence: 0.5 + 1e-9 }));
    // Moves −1.56, −55.29, +45.89 points × 2,000: the worst loss is 110,580 on 2020-04-20 (tolerance 1e-6: decimal closes in doubles).
    expect(r.factors[0]!.returns).toBe('absolute');
    expect(r.accounts[0]!.worstDate).toBe('2020-04-20');
    expect(r.accounts[0]!.worstLoss).toBeCloseTo(110_580, 6);
  });
});

describe('filtered historical simulation', () => {
  it('revalues the EWMA-rescaled moves (by hand, λ = 0.9)', () => {
    // Returns 1%, −2%, 3% filter to 1.0081454%, −2.1004983%, 3.1617962% (filteredReturns.test.ts);
    // 100 shares at 100 → P&L 100.81, −210.05, 316.18; 70%: m = 0.9 → VaR = ES = 210.049828.
    // Plain historical simulation gives 200. Tolerance 1e-6.
    const series = seriesFromReturns('XYZ', days('2024-01-08', 4), [0.01, -0.02, 0.03]);
    const input = { book: stockBook(), accounts, history: [series] };
    const filtered = valueAtRisk(input, varParameters({ method: 'filtered-historical', confidence: 0.7, lambda: 0.9 }));
    expect(filtered.accounts[0]!.var).toBeCloseTo(210.049828, 6);
    expect(filtered.accounts[0]!.es).toBeCloseTo(210.049828, 6);
    expect(filtered.accounts[0]!.worstDate).toBe('2024-01-10');
    expect(valueAtRisk(input, varParameters({ confidence: 0.7 })).accounts[0]!.var).toBeCloseTo(200, 9);
  });

  it('filters the whole history up to asOf, then keeps the last `window` moves', () => {
    const series = seriesFromReturns('XYZ', days('2024-01-08', 4), [0.01, -0.02, 0.03]);
    const r = valueAtRisk({ book: stockBook(), accounts, history: [series] }, varParameters({ method: 'filtered-historical', confidence: 0.5 + 1e-9, lambda: 0.9, window: 1 }));
    // Only the last filtered move, +316.18: a gain, so the "loss" quantile is −316.179625.
    expect(r.observations).toBe(1);
    expect(r.accounts[0]!.var).toBeCloseTo(-316.179625, 6);
  });
});

describe('stressed VaR', () => {
  // 40 days: calm (±0.5%) in January, a storm (±6%) from 2024-01-21 on; a second factor whose
  // history starts on 2024-01-15, so it does not span the calm window.
  const all = days('2024-01-01', 41);
  const moves = all.slice(1).map((_, k) => (k % 2 === 0 ? 1 : -1) * (k < 20 ? 0.005 : 0.06));
  const aaa = seriesFromReturns('AAA', all, moves);
  const bbb = seriesFromReturns('BBB', all.slice(14), moves.slice(14));
  const book = resolveBook({
    asOf: '2024-02-10',
    instruments: [{ id: 'AAA', kind: 'equity', price: 100 }, { id: 'BBB', kind: 'equity', price: 50 }],
    positions: [{ account: 'A', instrument: 'AAA', quantity: 100 }, { account: 'A', instrument: 'BBB', quantity: 100 }],
  });
  const windows = [
    { id: 'calm', from: '2024-01-02', to: '2024-01-20' },
    { id: 'storm', from: '2024-01-22', to: '2024-02-10' },
  ];

  it('computes each window on its own and takes the largest', () => {
    const r = valueAtRisk({ book, accounts, history: [aaa, bbb] }, varParameters({ method: 'stressed', confidence: 0.9, stressWindows: windows }));
    const a = r.accounts[0]!;
    expect(a.windows!.map((w) => [w.id, w.observations])).toEqual([['calm', 19], ['storm', 20]]);
    // Calm: only AAA spans it: losses 0.5% × 10,000 = 50. Storm: AAA and BBB together fall 6% on
    // alternate days: 6% × (10,000 + 5,000) = 900 (tolerance 1e-9).
    expect(a.windows![0]!.var).toBeCloseTo(50, 9);
    expect(a.windows![0]!.excluded).toEqual([{ position: 1, instrument: 'BBB', reason: 'the price history "BBB" does not span 2024-01-02..2024-01-20' }]);
    expect(a.windows![1]!.var).toBeCloseTo(900, 9);
    expect(a.windows![1]!.excluded).toEqual([]);
    expect(a.var).toBe(a.windows![1]!.var);
    expect(a.es).toBe(a.windows![1]!.es);
    expect(a.observations).toBe(39);
    expect(r.windows).toEqual([
      { id: 'calm', from: '2024-01-02', to: '2024-01-20', observations: 19 },
      { id: 'storm', from: '2024-01-22', to: '2024-02-10', observations: 20 },
    ]);
  });

  it('leaves out a window without enough history, with a note', () => {
    const r = valueAtRisk({ book, accounts, history: [aaa, bbb] }, varParameters({ method: 'stressed', stressWindows: [...windows, { id: 'gfc', from: '2008-09-01', to: '2009-03-31' }] }));
    expect(r.accounts[0]!.windows!.map((w) => w.id)).toEqual(['calm', 'storm']);
    expect(r.notes).toEqual(['stress window "gfc" (2008-09-01..2009-03-31) holds 0 daily returns, fewer than one 1-day move: left out']);
  });
});
