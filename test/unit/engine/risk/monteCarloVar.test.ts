import { describe, expect, it } from 'vitest';
import { resolveBook } from '../../../../main/engine/resolveBook.ts';
import { startVar, valueAtRisk } from '../../../../main/engine/risk/startVar.ts';
import { seededRandom } from '../../../fixtures/seededRandom.ts';
import { days, seriesFromReturns, varParameters } from './varTestKit.ts';

// Two correlated factors (seeded history, 250 days) and a linear book on them.
const random = seededRandom(9);
const dates = days('2023-01-01', 251);
const common = dates.slice(1).map(() => random() - 0.5);
const a = seriesFromReturns('AAA', dates, common.map((x) => 0.03 * x + 0.01 * (random() - 0.5)));
const b = seriesFromReturns('BBB', dates, common.map((x) => -0.02 * x + 0.02 * (random() - 0.5)), 50);
const vix = seriesFromReturns('VOL', dates, common.map((x) => -0.5 * x), 20);
const linear = resolveBook({
  asOf: dates[250]!,
  instruments: [{ id: 'AAA', kind: 'equity', price: 100 }, { id: 'BBB', kind: 'equity', price: 50 }],
  positions: [{ account: 'A', instrument: 'AAA', quantity: 1000 }, { account: 'A', instrument: 'BBB', quantity: 3000 }],
});
const input = { book: linear, accounts: [{ id: 'A', currency: 'USD' }], history: [a, b] };

describe('Monte Carlo VaR', () => {
  it('converges to the delta-normal value on a linear book as paths grow', () => {
    // A linear book's P&L under jointly normal moves is exactly normal, so MC VaR and ES tend to
    // z·σ_p·√h and σ_p·√h·n(z)/(1 − c). Standard error of the 99% quantile ≈ √(p(1−p)/n)/n(z)
    // in σ_p units: 0.118 at 1,000 paths, 0.012 at 100,000 (relative to 2.33σ_p: 5% and 0.5%).
    // Tolerances: 4 standard errors at 100,000 paths (2%), and the error must shrink.
    for (const horizonDays of [1, 10]) {
      const analytic = valueAtRisk(input, varParameters({ method: 'delta-normal', horizonDays })).accounts[0]!;
      const error = (paths: number) => {
        const mc = valueAtRisk(input, varParameters({ method: 'monte-carlo', horizonDays, chunkScenarios: 20_000, monteCarlo: { paths, seed: 2024, volMoves: false } })).accounts[0]!;
        return { var: Math.abs(mc.var / analytic.var - 1), es: Math.abs(mc.es / analytic.es - 1) };
      };
      const small = error(1_000);
      const large = error(100_000);
      expect(large.var).toBeLessThan(0.02);
      expect(large.es).toBeLessThan(0.025);
      expect(large.var).toBeLessThan(Math.max(small.var, 0.005));
    }
  });

  it('is reproducible from its seed, whatever the chunk size, and differs with another seed', () => {
    const run = (seed: number, chunkScenarios: number) => valueAtRisk(input, varParameters({ method: 'monte-carlo', chunkScenarios, monteCarlo: { paths: 2000, seed, volMoves: false } })).accounts[0]!;
    const whole = run(7, 5000);
    expect(run(7, 333)).toEqual(whole);
    expect(run(8, 5000).var).not.toBe(whole.var);
    expect(whole.observations).toBe(2000);
    expect(whole.worstDate).toBeNull();
  });

  it('runs in steps a caller can count and stop between', () => {
    const run = startVar(input, varParameters({ method: 'monte-carlo', chunkScenarios: 300, monteCarlo: { paths: 1000, seed: 1, volMoves: false } }));
    expect(run.steps).toBe(4);
    expect(run.step()).toBe(true);
    expect(run.done()).toBe(1);
    expect(() => run.result()).toThrow('the VaR run has 3 of 4 steps left');
    while (run.step());
    expect(run.done()).toBe(4);
    expect(run.step()).toBe(false);
    expect(run.result().observations).toBe(1000);
  });

  it('moves option vols with the vol index when asked, and says when it does not', () => {
    const book = resolveBook({
      asOf: dates[250]!,
      instruments: [{ id: 'AAA', kind: 'equity', price: 100 }, { id: 'AAA P90', kind: 'option', underlying: 'AAA', right: 'put', strike: 90, expiry: '2024-12-20', vol: 0.3, multiplier: 100 }],
      positions: [{ account: 'A', instrument: 'AAA P90', quantity: -50 }],
      market: { rates: { USD: 0.04 } },
    });
    const params = (volMoves: boolean) => varParameters({ method: 'monte-carlo', volIndex: { AAA: 'VOL' }, monteCarlo: { paths: 5000, seed: 3, volMoves } });
    const withVol = valueAtRisk({ book, accounts: input.accounts, history: [a, vix] }, params(true));
    const without = valueAtRisk({ book, accounts: input.accounts, history: [a, vix] }, params(false));
    expect(withVol.factors).toEqual([{ id: 'AAA', series: 'AAA', returns: 'relative', volIndex: 'VOL' }]);
    expect(without.factors[0]!.volIndex).toBeNull();
    expect(without.notes).toEqual(['every option keeps its vol: monteCarlo.volMoves is false']);
    // The vol index rises when AAA falls (ρ = −1 in the common part): a short put loses more.
    expect(withVol.accounts[0]!.var).toBeGreaterThan(without.accounts[0]!.var);
  });
});
