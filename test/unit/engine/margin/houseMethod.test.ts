import { describe, expect, it } from 'vitest';
import { houseMethod } from '../../../../main/engine/margin/houseMethod.ts';
import { runMarginMethod } from '../../../../main/engine/margin/runMarginMethod.ts';
import { varMethod } from '../../../../main/engine/margin/varMethod.ts';
import type { PriceSeries } from '../../../../main/engine/risk/priceSeries.ts';
import { houseRulesSchema, type HouseParameters } from '../../../../shared/rules/houseRules.ts';
import { scenarioSetSchema } from '../../../../shared/scenarioSet.ts';
import houseDefaults from '../../../../resources/rules/house-default.json' with { type: 'json' };
import { marginInput } from '../../../fixtures/margin/marginInput.ts';

// A tiny book worked by hand: 1,000 XYZ at 100 (notional 100,000) and 100 ABC at 50 (5,000),
// equity 100,000.
const dates = ['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-08', '2024-01-09'];
const series = (id: string, values: number[]): PriceSeries => ({ id, dates, closes: Float64Array.from(values) });
const history = [series('XYZ', [100, 101, 99, 102, 98, 100]), series('XYZ.volume', [2000, 2000, 2000, 2000, 2000, 2000])];
const scenarioSets = [
  scenarioSetSchema.parse({
    format: 'scanline.scenarios/1',
    id: 'tiny',
    name: 'Tiny',
    scenarios: [
      { id: 'xyz-down-10', name: 'XYZ −10%', shocks: [{ target: { underlying: 'XYZ' }, price: { type: 'relative', value: -0.1 } }] },
      { id: 'all-up-5', name: 'All +5%', shocks: [{ target: { all: true }, price: { type: 'relative', value: 0.05 } }] },
    ],
  }),
];
const defaults = houseRulesSchema.parse(houseDefaults).parameters;
const parameters: HouseParameters = {
  scenarioSets: ['tiny', 'not-in-library'],
  var: { ...defaults.var, confidence: 0.6, window: 5, series: {}, volIndex: {} },
  liquidity: { advDays: 5, advShare: 0.1, halfSpread: { XYZ: 0.001 }, defaultHalfSpread: 0.002, volume: { XYZ: { series: 'XYZ.volume', unit: 'units' } } },
  concentration: { threshold: 0.5, rate: 0.1 },
};
const input = {
  ...marginInput({
    asOf: '2024-01-10',
    instruments: [
      { id: 'XYZ', kind: 'equity', price: 100 },
      { id: 'ABC', kind: 'equity', price: 50 },
    ],
    positions: [
      { account: 'A', instrument: 'XYZ', quantity: 1000 },
      { account: 'A', instrument: 'ABC', quantity: 100 },
    ],
    accounts: [{ id: 'A', currency: 'USD', equity: 100_000 }],
  }),
  history,
  scenarioSets,
};

describe('house method on a tiny book, by hand', () => {
  const [account] = runMarginMethod(houseMethod, input, parameters);

  it('reports each term: stress −10% on XYZ, VaR/ES over five daily moves, liquidity, concentration', () => {
    // Daily moves of XYZ: +1%, 99/101 − 1, 102/99 − 1, 98/102 − 1, 100/98 − 1; P&L = 100,000 × move.
    // Confidence 0.6 of 5 → m = 2: VaR = the 2nd largest loss (1,980.20), ES = mean of the 2 largest.
    const losses = [-(99 / 101 - 1), -(98 / 102 - 1)].map((r) => r * 100_000);
    expect(account!.components.stressLoss).toBeCloseTo(10_000, 6);
    expect(account!.components.var).toBeCloseTo(losses[0]!, 6);
    expect(account!.components.es).toBeCloseTo((losses[0]! + losses[1]!) / 2, 6);
    // ADV = mean(2,000 × close) over the last 5 days = 2,000 × 100 = 200,000; 10% a day → 5 days;
    // half spread 0.1% × 100,000 × 5 = 500.
    expect(account!.components.liquidity).toBeCloseTo(500, 6);
    // 50% of equity = 50,000; XYZ is 50,000 above → 10% = 5,000; ABC (5,000) is below.
    expect(account!.components.concentration).toBeCloseTo(5_000, 6);
  });

  it('sums max(stress, VaR, ES) + liquidity + concentration', () => {
    const c = account!.components;
    expect(account!.requirement).toBeCloseTo(Math.max(c.stressLoss!, c.var!, c.es!) + c.liquidity! + c.concentration!, 9);
    expect(account!.requirement).toBeCloseTo(15_500, 6);
    expect(account!.maintenance).toBe(account!.initial);
    expect(account!.excess).toBeCloseTo(100_000 - 15_500, 6);
  });

  it('explains each term in a group: worst scenario and contributions, missing set, no-volume factor, VaR exclusions', () => {
    const group = (id: string) => account!.groups.find((g) => g.id === id)!;
    expect(account!.groups.map((g) => g.id)).toEqual(['stress', 'var', 'liquidity', 'concentration']);
    expect(group('stress').worstScenario).toEqual({ id: 'tiny: xyz-down-10', loss: expect.closeTo(10_000, 6) as number });
    expect(group('stress').contributions.map((c) => [c.instrument, Math.round(c.pnl)])).toEqual([
      ['XYZ', -10_000],
      ['ABC', 0],
    ]);
    expect(group('stress').notes).toContain('scenario set "not-in-library" is not in the stress library: left out');
    expect(group('var').worstScenario).toEqual({ id: '2024-01-08', loss: expect.closeTo(-(98 / 102 - 1) * 100_000, 6) as number });
    expect(group('liquidity').notes!.some((n) => n.startsWith('ABC: not computed, no volume series is mapped to it'))).toBe(true);
    expect(group('concentration').components).toEqual({ XYZ: expect.closeTo(5_000, 6) as number });
    expect(account!.excluded).toEqual([{ position: 1, instrument: 'ABC', reason: 'left out of VaR and ES only: no price history for "ABC"' }]);
  });

  it('var method: requirement max(VaR, ES) with both as components', () => {
    const [v] = runMarginMethod(varMethod, input, parameters.var);
    expect(v!.components).toEqual({ var: account!.components.var, es: account!.components.es });
    expect(v!.requirement).toBe(Math.max(v!.components.var!, v!.components.es!));
  });

  it('too little history for the method: positions excluded with the reason, figures 0, no throw', () => {
    const [v] = runMarginMethod(varMethod, input, { ...parameters.var, horizonDays: 10 });
    expect(v!.requirement).toBe(0);
    expect(v!.excluded.map((e) => e.instrument)).toEqual(['XYZ', 'ABC']);
    expect(v!.excluded[0]!.reason).toMatch(/^VaR not computed: historical VaR needs at least 10 daily returns/);
  });
});
