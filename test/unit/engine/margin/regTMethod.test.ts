import { describe, expect, it } from 'vitest';
import { monthsAfter } from '../../../../main/engine/margin/regT/monthsAfter.ts';
import { regTMethod } from '../../../../main/engine/margin/regTMethod.ts';
import type { Instrument } from '../../../../shared/instrument.ts';
import type { Position } from '../../../../shared/portfolioDocument.ts';
import { regTRulesSchema, type RegTParameters } from '../../../../shared/rules/regTRules.ts';
import defaults from '../../../../resources/rules/reg-t-cboe.json' with { type: 'json' };
import { marginInput } from '../../../fixtures/margin/marginInput.ts';

const parameters: RegTParameters = regTRulesSchema.parse(defaults).parameters;
const asOf = '2024-03-15';

const stock = (id: string, price: number, extra: Partial<Instrument> = {}): Instrument => ({ id, kind: 'equity', price, ...extra });
const option = (id: string, underlying: string, right: 'call' | 'put', strike: number, price: number, expiry = asOf): Instrument => ({
  id,
  kind: 'option',
  underlying,
  right,
  strike,
  expiry,
  multiplier: 100,
  price,
});
const hold = (instrument: string, quantity: number, account = 'A'): Position => ({ account, instrument, quantity });

function run(instruments: Instrument[], positions: Position[], rules: RegTParameters = parameters) {
  const results = regTMethod.compute(marginInput({ asOf, instruments, positions }), rules);
  return results[0] as (typeof results)[number];
}

/** Days after asOf as an ISO date. */
function after(days: number): string {
  return new Date(Date.parse(`${asOf}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('regTMethod: worked examples', () => {
  // Source: tastyware margin-estimator, test.py (Cboe Margin Manual cases), options expiring
  // on the valuation date, multiplier 100. The reference rounds each per-share amount to cents
  // (Python Decimal, half-even) before × 100; we do not round, so the tolerance is $0.50.
  const cents = 0.5 + 1e-9;
  const cases: { name: string; underlying: Instrument; legs: [string, number, 'call' | 'put', number, number, string?][]; expected: number }[] = [
    { name: 'short put S=95 K=80 premium 2 (test_short_put)', underlying: stock('XYZ', 95), legs: [['P80', -1, 'put', 80, 2]], expected: 1000 },
    {
      name: 'broad index put S=445.35 K=410 premium 0.10: the 10% floor binds (test_short_broad)',
      underlying: { id: 'IDX', kind: 'etf', class: 'broadIndex', price: 445.35 },
      legs: [['P410', -1, 'put', 410, 0.1]],
      expected: 4110,
    },
    {
      name: 'short straddle S=92.63 K=90 call 7.00 / put 3.70 (test_straddle)',
      underlying: stock('XYZ', 92.63),
      legs: [
        ['C90', -1, 'call', 90, 7],
        ['P90', -1, 'put', 90, 3.7],
      ],
      expected: 2923,
    },
    {
      name: 'call credit spread 120/125 S=128.5 prices 8.40/3.80 (test_call_credit_spread_itm)',
      underlying: stock('XYZ', 128.5),
      legs: [
        ['C120', -1, 'call', 120, 8.4],
        ['C125', 1, 'call', 125, 3.8],
      ],
      expected: 40,
    },
    { name: 'short put in the money (test_short_put_itm)', underlying: stock('XYZ', 19.5), legs: [['P20', -1, 'put', 20, 1.5]], expected: 540 },
    { name: 'short put on a 2× ETF (test_short_leveraged)', underlying: { id: 'LEV', kind: 'etf', leverage: 2, price: 970 }, legs: [['P725', -1, 'put', 725, 3]], expected: 14800 },
    {
      name: 'short put on a 3× ETF, in the money (test_short_leveraged_itm)',
      underlying: { id: 'LEV', kind: 'etf', leverage: 3, price: 390.7 },
      legs: [['P400', -1, 'put', 400, 15.5]],
      expected: 24992,
    },
    {
      name: 'short put on a 1.5× broad ETF (test_short_leveraged_etf_broad)',
      underlying: { id: 'LEV', kind: 'etf', class: 'broadIndex', leverage: 1.5, price: 460 },
      legs: [['P390', -1, 'put', 390, 4]],
      expected: 6250,
    },
    { name: 'short call (test_short_call)', underlying: stock('XYZ', 26.38), legs: [['C30', -1, 'call', 30, 0.05]], expected: 269 },
    {
      name: 'short call on a 1.5× ETF (test_short_call_leveraged)',
      underlying: { id: 'LEV', kind: 'etf', leverage: 1.5, price: 1050.3 },
      legs: [['C1250', -1, 'call', 1250, 2]],
      expected: 15954,
    },
    {
      name: 'short call, broad ETF (test_short_call_etf_broad)',
      underlying: { id: 'IDX', kind: 'etf', class: 'broadIndex', price: 378.5 },
      legs: [['C370', -1, 'call', 370, 12.85]],
      expected: 6962,
    },
    {
      name: 'put debit spread (test_put_debit_spread)',
      underlying: stock('XYZ', 255),
      legs: [
        ['P250', 1, 'put', 250, 3],
        ['P240', -1, 'put', 240, 0.95],
      ],
      expected: 205,
    },
    {
      name: 'put credit spread, broad (test_put_credit_spread)',
      underlying: { id: 'IDX', kind: 'etf', class: 'broadIndex', price: 433.35 },
      legs: [
        ['P425', 1, 'put', 425, 6.4],
        ['P430', -1, 'put', 430, 7.8],
      ],
      expected: 360,
    },
    {
      name: 'call calendar, the long expiring first: naked short + long paid (test_call_calendar_spread)',
      underlying: stock('XYZ', 75),
      legs: [
        ['C70', 1, 'call', 70, 5],
        ['C70L', -1, 'call', 70, 8, after(30)],
      ],
      expected: 2800,
    },
    {
      name: 'short straddle, broad (test_straddle_broad)',
      underlying: { id: 'IDX', kind: 'etf', class: 'broadIndex', price: 433.35 },
      legs: [
        ['C435', -1, 'call', 435, 5.5],
        ['P435', -1, 'put', 435, 7.2],
      ],
      expected: 7770,
    },
    {
      name: 'long put butterfly (test_long_put_butterfly)',
      underlying: stock('XYZ', 550),
      legs: [
        ['P540', 1, 'put', 540, 5.6],
        ['P550', -2, 'put', 550, 7.2],
        ['P555', 1, 'put', 555, 9.8],
      ],
      expected: 600,
    },
    {
      name: 'long call butterfly, broken wing (test_long_call_butterfly)',
      underlying: stock('XYZ', 550),
      legs: [
        ['C545', 1, 'call', 545, 12.4],
        ['C550', -2, 'call', 550, 8.8],
        ['C565', 1, 'call', 565, 2],
      ],
      expected: 680,
    },
    {
      name: 'long put condor (test_long_put_condor)',
      underlying: stock('XYZ', 1160),
      legs: [
        ['P1050', 1, 'put', 1050, 47.1],
        ['P1075', -1, 'put', 1075, 55.7],
        ['P1100', -1, 'put', 1100, 66.3],
        ['P1125', 1, 'put', 1125, 85.4],
      ],
      expected: 1050,
    },
    {
      name: 'iron butterfly (test_iron_butterfly)',
      underlying: stock('XYZ', 26.75),
      legs: [
        ['P16', 1, 'put', 16, 0.1],
        ['P20', -1, 'put', 20, 0.2],
        ['C20', -1, 'call', 20, 7],
        ['C24', 1, 'call', 24, 4],
      ],
      expected: 90,
    },
    {
      name: 'iron condor (test_iron_condor)',
      underlying: stock('XYZ', 1060),
      legs: [
        ['P1000', 1, 'put', 1000, 32],
        ['P1025', -1, 'put', 1025, 35.1],
        ['C1150', -1, 'call', 1150, 9.4],
        ['C1175', 1, 'call', 1175, 6.3],
      ],
      expected: 1880,
    },
    { name: 'long call ≤ 9 months: paid in full (test_long_option)', underlying: stock('XYZ', 128.5), legs: [['C125', 1, 'call', 125, 5]], expected: 500 },
    { name: 'long call 18 months out: 75% (test_long_option_18_months)', underlying: stock('XYZ', 78), legs: [['C80', 1, 'call', 80, 12, after(18 * 30)]], expected: 900 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const instruments = [c.underlying, ...c.legs.map(([id, , right, strike, price, expiry]) => option(id, c.underlying.id, right, strike, price, expiry))];
      const result = run(
        instruments,
        c.legs.map(([id, quantity]) => hold(id, quantity)),
      );
      expect(result.excluded).toEqual([]);
      expect(Math.abs(result.initial - c.expected)).toBeLessThanOrEqual(cents);
    });
  }

  it('gives the unrounded figures exactly (by hand)', () => {
    // Straddle: call 7 + max(0.2 × 92.63, 0.1 × 92.63) = 25.526 > put 3.70 + max(18.526 − 2.63, 9) = 19.596,
    // so 100 × (25.526 + 3.70) = 2,922.60.
    const straddle = run(
      [stock('XYZ', 92.63), option('C90', 'XYZ', 'call', 90, 7), option('P90', 'XYZ', 'put', 90, 3.7)],
      [hold('C90', -1), hold('P90', -1)],
    );
    expect(straddle.initial).toBeCloseTo(2922.6, 9);
    expect(straddle.components).toEqual({ naked: 0, straddles: straddle.initial, spreads: 0, covered: 0, longOptions: 0, stock: 0 });
    expect(straddle.groups[0]?.notes?.[0]).toMatch(/^short straddle: 1 × C90 \+ P90: 2,922\.60 USD$/);
    // Credit spread: width 5 − credit (8.40 − 3.80) = 0.40 per share.
    const spread = run([stock('XYZ', 128.5), option('C120', 'XYZ', 'call', 120, 8.4), option('C125', 'XYZ', 'call', 125, 3.8)], [hold('C120', -1), hold('C125', 1)]);
    expect(spread.initial).toBeCloseTo(40, 9);
    expect(spread.components.spreads).toBeCloseTo(40, 9);
  });
});

describe('regTMethod: components (hand-computed small books)', () => {
  it('covered call and collar: stock at 50% initial / 25% maintenance, nothing on the call, the put paid', () => {
    const instruments = [stock('XYZ', 100), option('C110', 'XYZ', 'call', 110, 1, '2024-06-21'), option('P90', 'XYZ', 'put', 90, 1.5, '2024-06-21')];
    const covered = run(instruments, [hold('XYZ', 200), hold('C110', -2)]);
    expect(covered.initial).toBeCloseTo(10_000, 9); // 200 × 100 × 50%
    expect(covered.maintenance).toBeCloseTo(5_000, 9); // 200 × 100 × 25%
    expect(covered.components.covered).toBeCloseTo(10_000, 9);
    expect(covered.components.stock).toBe(0);
    const collar = run(instruments, [hold('XYZ', 250), hold('C110', -2), hold('P90', 2)]);
    // 10,000 covered + 50 spare shares × 50 = 2,500 stock + 2 puts × 150 paid in full.
    expect(collar.components).toEqual({ naked: 0, straddles: 0, spreads: 0, covered: 10_000, longOptions: 300, stock: 2_500 });
    expect(collar.initial).toBeCloseTo(12_800, 9);
  });

  it('short stock: 50% beyond the proceeds initial; FINRA 4210(c) maintenance with the $5 and low-price rules', () => {
    expect(run([stock('XYZ', 50)], [hold('XYZ', -100)]).initial).toBeCloseTo(2_500, 9);
    expect(run([stock('XYZ', 50)], [hold('XYZ', -100)]).maintenance).toBeCloseTo(1_500, 9); // 30% × 5,000
    expect(run([stock('XYZ', 12)], [hold('XYZ', -100)]).maintenance).toBeCloseTo(500, 9); // $5/share > 30% × 12
    expect(run([stock('XYZ', 4)], [hold('XYZ', -100)]).maintenance).toBeCloseTo(400, 9); // below $5: 100%
    expect(run([stock('XYZ', 2)], [hold('XYZ', -100)]).maintenance).toBeCloseTo(250, 9); // $2.50/share
    expect(run([stock('XYZ', 50)], [hold('XYZ', 100)]).maintenance).toBeCloseTo(1_250, 9);
    // A 2× ETF: maintenance 25% × 2 = 50% (FINRA 4210(f)(8)(B)).
    expect(run([{ id: 'LEV', kind: 'etf', leverage: 2, price: 50 }], [hold('LEV', 100)]).maintenance).toBeCloseTo(2_500, 9);
  });

  it('covered put: nothing on the put initially, its in-the-money amount at maintenance', () => {
    const r = run([stock('XYZ', 50), option('P55', 'XYZ', 'put', 55, 6, '2024-06-21')], [hold('XYZ', -100), hold('P55', -1)]);
    expect(r.initial).toBeCloseTo(2_500, 9);
    expect(r.maintenance).toBeCloseTo(1_500 + 500, 9);
    expect(r.groups[0]?.notes?.[0]).toMatch(/^covered put: 1 × short P55 against 100 short XYZ/);
  });

  it('long options: 75% beyond 9 calendar months, in full from 9 months on', () => {
    // asOf 2024-03-15 + 9 months = 2024-12-15 (Cboe: "more than 9 months until expiration").
    const far = run([stock('XYZ', 100), option('C', 'XYZ', 'call', 100, 10, '2024-12-16')], [hold('C', 3)]);
    expect(far.initial).toBeCloseTo(0.75 * 10 * 100 * 3, 9);
    expect(far.components.longOptions).toBeCloseTo(2_250, 9);
    const near = run([stock('XYZ', 100), option('C', 'XYZ', 'call', 100, 10, '2024-12-15')], [hold('C', 3)]);
    expect(near.initial).toBeCloseTo(3_000, 9);
  });

  it('counts 9 calendar months with the day clamped to the month end (monthsAfter)', () => {
    expect(monthsAfter('2024-03-15', 9)).toBe('2024-12-15');
    expect(monthsAfter('2024-05-31', 9)).toBe('2025-02-28');
    expect(monthsAfter('2023-05-31', 9)).toBe('2024-02-29');
    expect(monthsAfter('2024-12-01', 0)).toBe('2024-12-01');
  });

  it('naked short on a narrow index uses 20%, on a broad-based index 15% (the class decides)', () => {
    const narrow = run([{ id: 'SEC', kind: 'index', class: 'narrowIndex', price: 1000 }, option('P', 'SEC', 'put', 900, 5)], [hold('P', -1)]);
    expect(narrow.initial).toBeCloseTo(100 * (5 + Math.max(200 - 100, 90)), 9);
    const broad = run([{ id: 'BIG', kind: 'index', class: 'broadIndexOther', price: 1000 }, option('P', 'BIG', 'put', 900, 5)], [hold('P', -1)]);
    expect(broad.initial).toBeCloseTo(100 * (5 + Math.max(150 - 100, 90)), 9);
  });

  it('a debit spread needs its net debit; without the premium offset a credit spread needs its full width', () => {
    const instruments = [stock('XYZ', 100), option('C100', 'XYZ', 'call', 100, 6, '2024-06-21'), option('C105', 'XYZ', 'call', 105, 3.5, '2024-06-21')];
    expect(run(instruments, [hold('C100', 1), hold('C105', -1)]).initial).toBeCloseTo(250, 9);
    expect(run(instruments, [hold('C100', -1), hold('C105', 1)]).initial).toBeCloseTo(250, 9); // width 5 − credit 2.50
    const noOffset = { ...parameters, spreads: { premiumOffset: false } };
    expect(run(instruments, [hold('C100', -1), hold('C105', 1)], noOffset).initial).toBeCloseTo(500, 9);
    expect(run(instruments, [hold('C100', 1), hold('C105', -1)], noOffset).initial).toBeCloseTo(250, 9);
  });

  it('a diagonal whose long leg expires later is a spread; the long expiring first is not', () => {
    const instruments = [stock('XYZ', 100), option('Cnear', 'XYZ', 'call', 100, 4, '2024-04-19'), option('Cfar', 'XYZ', 'call', 105, 5, '2024-09-20')];
    // short near 100 call, long far 105 call: width 5 + net debit (5 − 4) = 6 per share.
    expect(run(instruments, [hold('Cnear', -1), hold('Cfar', 1)]).initial).toBeCloseTo(600, 9);
    // short far, long near: naked far call 5 + max(20 − 5, 10) = 20 → 2,000, plus the long near call 400.
    expect(run(instruments, [hold('Cnear', 1), hold('Cfar', -1)]).initial).toBeCloseTo(2_400, 9);
  });

  it('components sum to the requirement; one group per underlying; accounts apart', () => {
    const instruments = [
      stock('AAA', 100),
      stock('BBB', 40),
      option('AC', 'AAA', 'call', 110, 2, '2024-06-21'),
      option('AP', 'AAA', 'put', 90, 1.5, '2024-06-21'),
      option('BC', 'BBB', 'call', 45, 1, '2024-06-21'),
    ];
    const positions = [hold('AAA', 100), hold('AC', -2), hold('AP', -1), hold('BC', 3), hold('BBB', -50, 'B')];
    const results = regTMethod.compute(marginInput({ asOf, instruments, positions }), parameters);
    const [a, b] = results;
    expect(a?.groups.map((g) => g.id)).toEqual(['AAA', 'BBB']);
    for (const account of results) {
      const sum = Object.values(account.components).reduce((x, y) => x + y, 0);
      expect(sum).toBeCloseTo(account.initial, 9);
      expect(account.groups.reduce((x, g) => x + g.requirement, 0)).toBeCloseTo(account.initial, 9);
      for (const g of account.groups) expect(g.worstScenario).toBeNull();
    }
    // AAA: one call covered by the 100 shares (5,000); the second call straddled with the put:
    // call 2 + max(20 − 10, 10) = 12 > put 1.5 + max(20 − 10, 9) = 11.5 → 12 + 1.5 = 13.50 → 1,350.
    expect(a?.groups[0]?.requirement).toBeCloseTo(5_000 + 1_350, 9);
    expect(a?.groups[1]?.requirement).toBeCloseTo(300, 9);
    expect(b?.initial).toBeCloseTo(0.5 * 50 * 40, 9);
  });
});

describe('regTMethod: exclusions', () => {
  it('lists futures, options on futures, coins, held indexes and unvalued positions with their reasons', () => {
    const instruments: Instrument[] = [
      { id: 'SPX', kind: 'index', class: 'broadIndex', price: 5000 },
      { id: 'ESM4', kind: 'future', underlying: 'SPX', expiry: '2024-06-21', multiplier: 50, price: 5050 },
      { id: 'ESM4 C5300', kind: 'option', underlying: 'ESM4', right: 'call', strike: 5300, expiry: '2024-06-21', multiplier: 50, price: 40 },
      { id: 'BTC', kind: 'spot', price: 60000 },
      { id: 'BTC-PERP', kind: 'perpetual', underlying: 'BTC', multiplier: 1, price: 60010 },
      { id: 'XYZ', kind: 'equity', price: 100 },
      { id: 'XYZ C', kind: 'option', underlying: 'XYZ', right: 'call', strike: 100, expiry: '2024-06-21', multiplier: 100 },
      { id: 'XYZ P', kind: 'option', underlying: 'XYZ', right: 'put', strike: 95, expiry: '2024-06-21', multiplier: 100, price: 2 },
    ];
    const positions = [hold('SPX', 1), hold('ESM4', 2), hold('ESM4 C5300', -1), hold('BTC', 1), hold('BTC-PERP', -1), hold('XYZ C', -1), hold('XYZ P', -1)];
    const r = run(instruments, positions);
    const reasons = new Map(r.excluded.map((e) => [e.instrument, e.reason]));
    expect([...reasons.keys()].sort()).toEqual(['BTC', 'BTC-PERP', 'ESM4', 'ESM4 C5300', 'SPX', 'XYZ C']);
    expect(reasons.get('SPX')).toMatch(/index cannot be held/);
    expect(reasons.get('ESM4')).toMatch(/not a security under Regulation T/);
    expect(reasons.get('ESM4 C5300')).toMatch(/option on a future/);
    expect(reasons.get('BTC')).toMatch(/spot is not a security/);
    expect(reasons.get('XYZ C')).toMatch(/neither vol nor price/);
    expect(r.excluded.find((e) => e.instrument === 'ESM4')?.position).toBe(1);
    // The put is margined alone: 2 + max(20 − 5, 9.5) = 17 → 1,700.
    expect(r.initial).toBeCloseTo(1_700, 9);
  });

  it('prices an option without a mark by its model', () => {
    const instruments: Instrument[] = [stock('XYZ', 100), { id: 'C', kind: 'option', underlying: 'XYZ', right: 'call', strike: 100, expiry: '2024-06-21', multiplier: 100, vol: 0.3 }];
    const r = run(instruments, [hold('C', 1)]);
    expect(r.initial).toBeGreaterThan(400);
    expect(r.initial).toBeLessThan(900);
  });
});
