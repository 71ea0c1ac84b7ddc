import { describe, expect, it } from 'vitest';
import { blackScholesMerton } from '../../../../main/engine/blackScholesMerton.ts';
import { classRange } from '../../../../main/engine/margin/finraPm/classRange.ts';
import { offsetProductGroup } from '../../../../main/engine/margin/finraPm/offsetProductGroup.ts';
import { valuationPoints } from '../../../../main/engine/margin/finraPm/valuationPoints.ts';
import { finraPmMethod } from '../../../../main/engine/margin/finraPmMethod.ts';
import { regTMethod } from '../../../../main/engine/margin/regTMethod.ts';
import { PRICE } from '../../../../main/engine/valuationFields.ts';
import { yearFraction } from '../../../../main/engine/yearFraction.ts';
import type { Instrument } from '../../../../shared/instrument.ts';
import type { Position } from '../../../../shared/portfolioDocument.ts';
import { finraPmRulesSchema, type FinraPmParameters } from '../../../../shared/rules/finraPmRules.ts';
import { regTRulesSchema } from '../../../../shared/rules/regTRules.ts';
import finraDefaults from '../../../../resources/rules/finra-pm-equity.json' with { type: 'json' };
import regTDefaults from '../../../../resources/rules/reg-t-cboe.json' with { type: 'json' };
import { marginInput } from '../../../fixtures/margin/marginInput.ts';

const parameters: FinraPmParameters = finraPmRulesSchema.parse(finraDefaults).parameters;
const asOf = '2024-03-15';
const expiry = '2024-06-21';
const T = yearFraction(asOf, expiry);
const r = 0.05;

const hold = (instrument: string, quantity: number, account = 'A'): Position => ({ account, instrument, quantity });
const option = (id: string, underlying: string, right: 'call' | 'put', strike: number, vol = 0.3): Instrument => ({ id, kind: 'option', underlying, right, strike, expiry, multiplier: 100, vol });

function run(instruments: Instrument[], positions: Position[], rules: FinraPmParameters = parameters) {
  const results = finraPmMethod.compute(marginInput({ asOf, instruments, positions, rates: { USD: r } }), rules);
  return results[0] as (typeof results)[number];
}

describe('finra-pm valuation points', () => {
  it('lays out 5 equal steps to each end, no zero point (methodologies.md §2: ±15% → ±3, 6, 9, 12, 15%)', () => {
    const points = valuationPoints({ down: 0.15, up: 0.15 }, 5);
    expect(points.map((p) => p.id)).toEqual(['down 15%', 'down 12%', 'down 9%', 'down 6%', 'down 3%', 'up 3%', 'up 6%', 'up 9%', 'up 12%', 'up 15%']);
    points.forEach((p, j) => expect(p.move).toBeCloseTo([-0.15, -0.12, -0.09, -0.06, -0.03, 0.03, 0.06, 0.09, 0.12, 0.15][j] as number, 15));
    expect(valuationPoints({ down: 0.08, up: 0.06 }, 5).map((p) => p.id)).toEqual(['down 8%', 'down 6.4%', 'down 4.8%', 'down 3.2%', 'down 1.6%', 'up 1.2%', 'up 2.4%', 'up 3.6%', 'up 4.8%', 'up 6%']);
  });

  it('takes the range of the underlying class; leveraged ETFs scale it, inverse ones swap it', () => {
    expect(classRange({ id: 'SPY', kind: 'etf', class: 'broadIndex', price: 1 }, parameters)).toEqual({ down: 0.08, up: 0.06 });
    expect(classRange({ id: 'RSP', kind: 'etf', class: 'broadIndexOther', price: 1 }, parameters)).toEqual({ down: 0.1, up: 0.1 });
    expect(classRange({ id: 'XLK', kind: 'etf', class: 'narrowIndex', price: 1 }, parameters)).toEqual({ down: 0.15, up: 0.15 });
    expect(classRange(undefined, parameters)).toEqual({ down: 0.15, up: 0.15 });
    const sso = classRange({ id: 'SSO', kind: 'etf', class: 'broadIndex', leverage: 2, price: 1 }, parameters);
    expect(sso.down).toBeCloseTo(0.16, 15);
    expect(sso.up).toBeCloseTo(0.12, 15);
    expect(classRange({ id: 'SH', kind: 'etf', class: 'broadIndex', leverage: -1, price: 1 }, parameters)).toEqual({ down: 0.06, up: 0.08 });
    expect(classRange({ id: 'X7', kind: 'etf', leverage: 7, price: 1 }, parameters).down).toBe(1);
  });

  it('drives a stock position to the end of its range (by hand: 100 × 100 × 15%)', () => {
    const long = run([{ id: 'XYZ', kind: 'equity', price: 100 }], [hold('XYZ', 100)]);
    expect(long.groups[0]?.worstScenario).toEqual({ id: 'down 15%', loss: expect.closeTo(1500, 9) as number });
    expect(long.maintenance).toBeCloseTo(1500, 9);
    const short = run([{ id: 'SPY', kind: 'etf', class: 'broadIndex', price: 500 }], [hold('SPY', -100)]);
    expect(short.groups[0]?.worstScenario?.id).toBe('up 6%');
    expect(short.maintenance).toBeCloseTo(500 * 100 * 0.06, 9);
  });
});

describe('finraPmMethod', () => {
  const xyz: Instrument = { id: 'XYZ', kind: 'equity', price: 100 };

  it('reprices options fully at each point, vol unchanged, no time decay (against Black-Scholes-Merton, 1e-9 relative)', () => {
    // Reference: blackScholesMerton (tested against Hull and py_vollib elsewhere) at S × (1 + move),
    // same vol and expiry; the short call's worst point is up 15%.
    const result = run([xyz, option('C105', 'XYZ', 'call', 105)], [hold('C105', -10)]);
    const base = blackScholesMerton(true, 100, 105, T, r, 0, 0.3)[PRICE] as number;
    const up = blackScholesMerton(true, 115, 105, T, r, 0, 0.3)[PRICE] as number;
    const expected = 10 * 100 * (up - base);
    const group = result.groups[0];
    expect(group?.worstScenario?.id).toBe('up 15%');
    expect(Math.abs((group?.components.worstLoss as number) - expected)).toBeLessThan(1e-9 * expected);
    expect(group?.contributions).toEqual([{ position: 0, instrument: 'C105', quantity: -10, pnl: expect.closeTo(-expected, 6) as number }]);
    expect(group?.components.contractMinimum).toBeCloseTo(10 * 37.5, 9);
    expect(result.maintenance).toBeCloseTo(expected, 6);
  });

  it('charges a 100 + 100 long straddle the contract minimum: 200 × $37.50 = $7,500 (methodologies.md §2)', () => {
    const result = run([xyz, option('C', 'XYZ', 'call', 100), option('P', 'XYZ', 'put', 100)], [hold('C', 100), hold('P', 100)]);
    const group = result.groups[0];
    // Its P&L is convex; the small loss near the centre (its delta is not quite 0: the forward
    // is above spot) is far below the minimum.
    expect(group?.components.worstLoss).toBeLessThan(2_000);
    expect(group?.components.contractMinimum).toBeCloseTo(7_500, 9);
    expect(group?.requirement).toBeCloseTo(7_500, 9);
    expect(group?.notes).toContain('the contract minimum binds: 200 option contracts × 0.375 × multiplier = 7,500.00 USD');
    expect(result.components.contractMinimum).toBeCloseTo(7_500, 9);
    expect(result.maintenance).toBeCloseTo(7_500, 9);
    expect(result.initial).toBe(result.maintenance);
  });

  describe('product-group offsets (by hand, linear positions)', () => {
    // SPY long 1,000 @ 500 and IVV short 900 @ 550, both high-cap broad-based (−8% / +6%).
    // down 8%: SPY −40,000, IVV +39,600; up 6%: SPY +30,000, IVV −29,700.
    const instruments: Instrument[] = [
      { id: 'SPY', kind: 'etf', class: 'broadIndex', price: 500 },
      { id: 'IVV', kind: 'etf', class: 'broadIndex', price: 550 },
    ];
    const positions = [hold('SPY', 1000), hold('IVV', -900)];
    const grouped = (offset: number) => ({ ...parameters, productGroups: [{ id: 'S&P 500', underlyings: ['SPY', 'IVV'], offset }] });

    it('on (90%): gains offset losses at the same point — worst down 8%: 40,000 − 0.9 × 39,600 = 4,360', () => {
      const result = run(instruments, positions, grouped(0.9));
      const [spy, ivv] = result.groups;
      expect(spy?.worstScenario?.id).toBe('down 8%');
      expect(spy?.components.worstLoss).toBeCloseTo(4_360, 6);
      expect(ivv?.worstScenario).toEqual({ id: 'down 8%', loss: expect.closeTo(-39_600, 6) as number });
      expect(ivv?.components.worstLoss).toBe(0);
      expect(result.maintenance).toBeCloseTo(4_360, 6);
      expect(spy?.notes?.some((n) => n.startsWith('product group S&P 500 (SPY, IVV) at down 8%: 90% of gains offset 35,640.00 USD of 40,000.00 USD losses'))).toBe(true);
    });

    it('off (no product group): each class group alone — 40,000 (down 8%) + 29,700 (up 6%)', () => {
      const result = run(instruments, positions, { ...parameters, productGroups: [] });
      expect(result.groups.map((g) => g.worstScenario?.id)).toEqual(['down 8%', 'up 6%']);
      expect(result.maintenance).toBeCloseTo(69_700, 6);
    });

    it('at 0%: losses at the same point add, gains offset nothing — 40,000', () => {
      expect(run(instruments, positions, grouped(0)).maintenance).toBeCloseTo(40_000, 6);
    });

    it('the default rule set groups SPX with SPY at 90%', () => {
      const group = parameters.productGroups.find((g) => g.underlyings.includes('SPX'));
      expect(group?.underlyings).toContain('SPY');
      expect(group?.offset).toBe(0.9);
    });

    it('spreads the credit over losing class groups pro rata (offsetProductGroup, by hand)', () => {
      // point 0: −30, −10, +20 → credit 0.5 × 20 = 10 of 40 → shares 22.5, 7.5, 0; point 1 is milder.
      const result = offsetProductGroup([Float64Array.of(-30, 5), Float64Array.of(-10, -5), Float64Array.of(20, 0)], 0.5);
      expect(result).toEqual({ point: 0, loss: 30, grossLoss: 40, credit: 10, shares: [22.5, 7.5, 0] });
    });
  });

  it('hands back each component and the minimum equity; initial = maintenance × initialToMaintenance', () => {
    const instruments = [xyz, { id: 'ABC', kind: 'equity', price: 50 } as Instrument, option('C110', 'XYZ', 'call', 110)];
    const positions = [hold('XYZ', 200), hold('C110', -2), hold('ABC', -100)];
    const result = run(instruments, positions, { ...parameters, initialToMaintenance: 1.25 });
    expect(result.groups.map((g) => g.id)).toEqual(['XYZ', 'ABC']);
    expect(result.groups[1]?.requirement).toBeCloseTo(750, 9); // 100 × 50 × 15%
    const sum = result.groups.reduce((s, g) => s + g.requirement, 0);
    expect(result.maintenance).toBeCloseTo(sum, 9);
    expect(result.initial).toBeCloseTo(1.25 * sum, 9);
    expect(result.components.worstLoss).toBeCloseTo(result.groups.reduce((s, g) => s + (g.components.worstLoss as number), 0), 9);
    expect(result.components.contractMinimum).toBeCloseTo(75, 9);
    expect(result.components.minimumEquity).toBe(100_000);
    for (const g of result.groups) {
      const total = g.contributions.reduce((s, c) => s + c.pnl, 0);
      expect(total).toBeCloseTo(-(g.worstScenario?.loss as number), 6);
    }
  });

  it('excludes what FINRA portfolio margin does not take, with reasons, and keeps security futures', () => {
    const instruments: Instrument[] = [
      xyz,
      { id: 'XYZ M4', kind: 'future', underlying: 'XYZ', expiry, multiplier: 100, price: 101 },
      { id: 'SPX', kind: 'index', class: 'broadIndex', price: 5000 },
      { id: 'ESM4', kind: 'future', underlying: 'SPX', expiry, multiplier: 50, price: 5050 },
      { id: 'ESM4 C5300', kind: 'option', underlying: 'ESM4', right: 'call', strike: 5300, expiry, multiplier: 50, price: 40 },
      { id: 'BTC', kind: 'spot', price: 60000 },
      { id: 'XYZ P', kind: 'option', underlying: 'XYZ', right: 'put', strike: 95, expiry, multiplier: 100 },
    ];
    const positions = [hold('XYZ M4', 1), hold('SPX', 1), hold('ESM4', 1), hold('ESM4 C5300', -1), hold('BTC', 1), hold('XYZ P', 1)];
    const result = run(instruments, positions);
    const reasons = new Map(result.excluded.map((e) => [e.instrument, e.reason]));
    expect([...reasons.keys()].sort()).toEqual(['BTC', 'ESM4', 'ESM4 C5300', 'SPX', 'XYZ P']);
    expect(reasons.get('ESM4')).toMatch(/broad-based index future is a commodity future/);
    expect(reasons.get('ESM4 C5300')).toMatch(/option on a future/);
    expect(reasons.get('BTC')).toMatch(/underlying "BTC" is a spot/);
    expect(reasons.get('SPX')).toMatch(/index cannot be held/);
    expect(reasons.get('XYZ P')).toMatch(/neither vol nor price/);
    // The single-stock future: 100 × 101 × 15% at down 15%.
    expect(result.groups.map((g) => g.id)).toEqual(['XYZ']);
    expect(result.maintenance).toBeCloseTo(1_515, 6);
  });
});

describe('cross-method sanity: a hedged book needs less than its legs alone', () => {
  // XYZ at 100: 1,000 shares, 10 long 90 puts, 10 short 110 calls (a collar), 3 months.
  const instruments: Instrument[] = [
    { id: 'XYZ', kind: 'equity', price: 100 },
    { ...option('P90', 'XYZ', 'put', 90), price: 1.2 },
    { ...option('C110', 'XYZ', 'call', 110), price: 1.5 },
  ];
  const legs = [hold('XYZ', 1000), hold('P90', 10), hold('C110', -10)];
  const regT = regTRulesSchema.parse(regTDefaults).parameters;
  const figure = (method: 'reg-t' | 'finra-pm', positions: Position[]): number => {
    const input = marginInput({ asOf, instruments, positions, rates: { USD: r } });
    const account = method === 'reg-t' ? regTMethod.compute(input, regT)[0] : finraPmMethod.compute(input, parameters)[0];
    return account?.initial as number;
  };

  for (const method of ['reg-t', 'finra-pm'] as const) {
    it(`${method}: collar < stock + put + call margined apart`, () => {
      const together = figure(method, legs);
      const apart = legs.reduce((sum, leg) => sum + figure(method, [leg]), 0);
      expect(together).toBeGreaterThan(0);
      expect(together).toBeLessThan(apart);
    });
  }

  it('portfolio margin recognises the collar more fully than Reg T', () => {
    expect(figure('finra-pm', legs)).toBeLessThan(figure('reg-t', legs));
  });
});
