import { describe, expect, it } from 'vitest';
import { resolveBook } from '../../../main/engine/resolveBook.ts';
import { revalue } from '../../../main/engine/revalue.ts';
import { revalueInstruments } from '../../../main/engine/revalueInstruments.ts';
import { createScenarioSet } from '../../../main/engine/scenarioSet.ts';
import { naiveRevalue } from './naiveRevalue.ts';
import { randomBook, randomScenarios } from './randomBook.ts';

describe('revalue', () => {
  for (const seed of [1, 2, 3]) {
    // The structured revaluation (shared per-group and per-node terms, parity puts, netted
    // positions) against naive full revaluation (one scalar model call per position and
    // scenario, test/unit/engine/naiveRevalue.ts). Tolerance: 1e-12 of the position's notional
    // |quantity × multiplier| × (|price| + strike + 1), i.e. floating-point rounding: the
    // structured path uses ln F − ln K for ln(F/K), Hart's N for Cody's (both ~1e-16
    // absolute) and put-call parity for puts.
    it(`equals naive full revaluation, to rounding (book ${seed})`, () => {
      const book = resolveBook(randomBook(seed));
      expect(book.excludedInstruments).toEqual([]);
      const scenarios = randomScenarios(seed, 60, book.underlyingIds.length);
      const structured = revalue(book, scenarios);
      const naive = naiveRevalue(book, scenarios);
      expect(structured.length).toBe(naive.length);
      const t = book.instruments;
      let worst = 0;
      for (let p = 0; p < book.positions.quantity.length; p++) {
        const i = book.positions.instrument[p] as number;
        const notional = Math.abs((book.positions.quantity[p] as number) * (t.multiplier[i] as number)) * (Math.abs(t.level[i] as number) + (t.strike[i] as number) + 1);
        for (let s = 0; s < scenarios.count; s++) {
          const a = structured[p * scenarios.count + s] as number;
          const b = naive[p * scenarios.count + s] as number;
          expect(Number.isFinite(a)).toBe(true);
          worst = Math.max(worst, notional === 0 ? Math.abs(a - b) : Math.abs(a - b) / notional);
        }
      }
      expect(worst).toBeLessThan(1e-12);
    });
  }

  it('gives exactly 0 in a scenario that moves nothing', () => {
    const book = resolveBook(randomBook(7));
    const scenarios = randomScenarios(7, 5, book.underlyingIds.length); // scenario 0 moves nothing
    const pnl = revalue(book, scenarios);
    for (let p = 0; p < book.positions.quantity.length; p++) expect(Math.abs(pnl[p * 5] as number)).toBe(0);
  });

  it('fills the same matrix when the instrument rows are split (as workers do)', () => {
    const book = resolveBook(randomBook(4));
    const scenarios = randomScenarios(4, 20, book.underlyingIds.length);
    const whole = revalue(book, scenarios);
    const rows = book.instruments.id.length;
    const pieces = new Float64Array(whole.length);
    for (const [start, end] of [[0, 17], [17, 18], [18, Math.floor(rows / 2)], [Math.floor(rows / 2), rows]] as const) revalue(book, scenarios, start, end, pieces);
    expect(pieces).toEqual(whole);
  });

  it('values each instrument once and writes quantity × multiplier × unit P&L to each of its positions', () => {
    const book = resolveBook({
      asOf: '2024-03-15',
      instruments: [
        { id: 'XYZ', kind: 'equity', price: 100 },
        { id: 'C', kind: 'option', underlying: 'XYZ', right: 'call', strike: 100, expiry: '2024-06-21', vol: 0.3, multiplier: 100 },
      ],
      positions: [
        { account: 'A', instrument: 'C', quantity: 2 },
        { account: 'B', instrument: 'XYZ', quantity: -50 },
        { account: 'B', instrument: 'C', quantity: -5 },
      ],
      market: { rates: { USD: 0.05 } },
    });
    const scenarios = createScenarioSet(2, 1);
    scenarios.priceRelative[0] = 0.1;
    scenarios.priceAbsolute[1] = -7;
    const pnl = revalue(book, scenarios);
    // −50 shares × (+10, −7); 100 × 1.1 − 100 = 10.000000000000014 in doubles (tolerance 1e-12).
    expect(Math.abs((pnl[2] as number) + 500)).toBeLessThan(1e-12);
    expect(pnl[3]).toBe(350);
    // Same instrument, two positions: proportional to quantity (one unit P&L row; tolerance 1e-15 relative).
    for (const s of [0, 1]) expect(Math.abs((pnl[4 + s] as number) / -5 - (pnl[s] as number) / 2)).toBeLessThanOrEqual(1e-15 * Math.abs(pnl[s] as number));
  });

  it('gives per-contract rows (revalueInstruments) that positions scale', () => {
    const book = resolveBook(randomBook(8));
    const scenarios = randomScenarios(8, 12, book.underlyingIds.length);
    const perContract = revalueInstruments(book, scenarios);
    const pnl = revalue(book, scenarios);
    const count = scenarios.count;
    for (let p = 0; p < book.positions.quantity.length; p++) {
      const row = book.positions.instrument[p] as number;
      for (let s = 0; s < count; s++) {
        // Same unit P&L, scaled by quantity: equal to rounding (1e-15 relative).
        const expected = (book.positions.quantity[p] as number) * (perContract[row * count + s] as number);
        expect(Math.abs((pnl[p * count + s] as number) - expected)).toBeLessThanOrEqual(1e-15 * Math.abs(expected));
      }
    }
    const rows = book.instruments.id.length;
    const pieces = new Float64Array(perContract.length);
    revalueInstruments(book, scenarios, 0, 9, pieces);
    revalueInstruments(book, scenarios, 9, rows, pieces);
    expect(pieces).toEqual(perContract);
    expect(() => revalueInstruments(book, scenarios, 0, rows, new Float64Array(3))).toThrow(RangeError);
  });

  it('stays finite under extreme scenarios and huge quantities', () => {
    const book = resolveBook(randomBook(5));
    const factors = book.underlyingIds.length;
    const moves: [number, number, number, number, number][] = [
      [-1, 0, -1, 0, 0], // every price to 0, every vol to 0
      [-3, 0, 5, 0, 10_000], // prices negative, vols ×6, far past every expiry
      [9, 0, 0, 2, 1], // prices ×10, vols + 200 points
      [0, -1e6, 0, 0, 0], // absolute move far below zero
      [0, 1e9, 0, -5, 365], // absolute move far up, vol floored at 0, a year on
    ];
    const scenarios = createScenarioSet(moves.length, factors);
    moves.forEach(([rel, abs, volRel, volAbs, days], s) => {
      scenarios.daysForward[s] = days;
      for (let u = 0; u < factors; u++) {
        scenarios.priceRelative[s * factors + u] = rel;
        scenarios.priceAbsolute[s * factors + u] = abs;
        scenarios.volRelative[s * factors + u] = volRel;
        scenarios.volAbsolute[s * factors + u] = volAbs;
      }
    });
    for (const x of revalue(book, scenarios)) expect(Number.isFinite(x)).toBe(true);
  });

  it('checks its arguments', () => {
    const book = resolveBook(randomBook(6));
    const scenarios = createScenarioSet(3, book.underlyingIds.length);
    expect(() => revalue(book, createScenarioSet(3, 1))).toThrow(RangeError);
    expect(() => revalue(book, scenarios, 0, book.instruments.id.length + 1)).toThrow(RangeError);
    expect(() => revalue(book, scenarios, 5, 4)).toThrow(RangeError);
    expect(() => revalue(book, scenarios, 0.5, 4)).toThrow(RangeError);
    expect(() => revalue(book, scenarios, 0, 1, new Float64Array(2))).toThrow(RangeError);
    const broken = { ...scenarios, daysForward: new Float64Array(2) };
    expect(() => revalue(book, broken)).toThrow(RangeError);
  });
});
