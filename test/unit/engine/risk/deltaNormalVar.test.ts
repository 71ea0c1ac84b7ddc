import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../../main/engine/normalCdf.ts';
import { resolveBook } from '../../../../main/engine/resolveBook.ts';
import { covariance } from '../../../../main/engine/risk/covariance.ts';
import { dailyReturns } from '../../../../main/engine/risk/dailyReturns.ts';
import { deltaNormalVar } from '../../../../main/engine/risk/deltaNormalVar.ts';
import { valueAtRisk } from '../../../../main/engine/risk/startVar.ts';
import { seededRandom } from '../../../fixtures/seededRandom.ts';
import { days, seriesFromReturns, varParameters } from './varTestKit.ts';

describe('deltaNormalVar', () => {
  it('reproduces Hull’s example: $10M at 2% daily vol, 10 days, z = 2.33 → $1,473,621', () => {
    // Hull, Options, Futures and Other Derivatives (VaR chapter): 10,000,000 × 0.02 × 2.33 × √10
    // = 1,473,621. z = 2.33 is confidence N(2.33) = 0.990097; tolerance $0.5 (Hull rounds to $1).
    const r = deltaNormalVar(Float64Array.of(10_000_000), Float64Array.of(0.02 ** 2), normalCdf(2.33), 10);
    expect(Math.abs(r.var - 1_473_621)).toBeLessThan(0.5);
    expect(r.sigma).toBeCloseTo(200_000, 9);
  });

  it('gives the normal ES multiples: ES97.5 = 2.3378σ, ES99 = 2.6652σ', () => {
    // ../shared/spec/methodologies.md §5 (ES97.5 = 2.3378σ); n(2.3263)/0.01 = 2.6652 (tolerance 5e-5, the quoted digits).
    expect(Math.abs(deltaNormalVar(Float64Array.of(1), Float64Array.of(1), 0.975, 1).es - 2.3378)).toBeLessThan(5e-5);
    expect(Math.abs(deltaNormalVar(Float64Array.of(1), Float64Array.of(1), 0.99, 1).es - 2.6652)).toBeLessThan(5e-5);
    expect(deltaNormalVar(Float64Array.of(1), Float64Array.of(1), 0.99, 1).var).toBeCloseTo(2.326347874, 9);
  });

  it('combines exposures through the covariance, by hand', () => {
    // w = (1,000,000, −500,000), σ = (1%, 2%), ρ = 0.5: wᵀΣw = 1e12·1e-4 + 2.5e11·4e-4
    // − 2·5e11·0.5·0.01·0.02 = 1e8 + 1e8 − 1e8 = 1e8 → σ_p = 10,000; 99%, 1 day:
    // 2.3263479 × 10,000 = 23,263.48 (tolerance 0.01).
    const sigma = Float64Array.of(1e-4, 0.5 * 0.01 * 0.02, 0.5 * 0.01 * 0.02, 4e-4);
    const r = deltaNormalVar(Float64Array.of(1e6, -5e5), sigma, 0.99, 1);
    expect(r.sigma).toBeCloseTo(10_000, 6);
    expect(Math.abs(r.var - 23_263.48)).toBeLessThan(0.01);
  });
});

describe('delta-normal VaR of a book', () => {
  const random = seededRandom(3);
  const dates = days('2023-01-01', 301);
  const a = seriesFromReturns('AAA', dates, dates.slice(1).map(() => (random() - 0.5) * 0.04));
  const b = seriesFromReturns('BBB', dates, dates.slice(1).map(() => (random() - 0.5) * 0.06), 50);

  it('is z·√(wᵀΣw)·√h with w = quantity × multiplier × price and Σ the window’s sample covariance', () => {
    const book = resolveBook({
      asOf: dates[300]!,
      instruments: [{ id: 'AAA', kind: 'equity', price: 120 }, { id: 'BBB', kind: 'future', expiry: '2025-06-20', price: 55, multiplier: 10 }],
      positions: [{ account: 'A', instrument: 'AAA', quantity: 1000 }, { account: 'A', instrument: 'BBB', quantity: -300 }],
    });
    const r = valueAtRisk({ book, accounts: [{ id: 'A', currency: 'USD' }], history: [a, b] }, varParameters({ method: 'delta-normal', window: 250, horizonDays: 5 }));
    const sigma = covariance(dailyReturns([a, b], { to: dates[300]!, last: 250 }), [0, 1]);
    const expected = deltaNormalVar(Float64Array.of(1000 * 120, -300 * 10 * 55), sigma, 0.99, 5);
    // Tolerance 1e-9 relative: the same arithmetic.
    expect(Math.abs(r.accounts[0]!.var / expected.var - 1)).toBeLessThan(1e-9);
    expect(Math.abs(r.accounts[0]!.es / expected.es - 1)).toBeLessThan(1e-9);
    expect(r.accounts[0]).toMatchObject({ worstDate: null, worstLoss: null, observations: 250 });
    expect([r.observations, r.daysForward]).toEqual([250, 0]);
    expect(r.notes).toEqual(['delta-normal: first order in prices (deltas at asOf); vols and time do not move']);
  });
});
