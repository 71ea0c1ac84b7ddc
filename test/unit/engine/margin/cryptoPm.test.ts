import { describe, expect, it } from 'vitest';
import { black76 } from '../../../../main/engine/black76.ts';
import { blackScholesMerton } from '../../../../main/engine/blackScholesMerton.ts';
import { cryptoScenarios } from '../../../../main/engine/margin/cryptoPm/cryptoScenarios.ts';
import { deltaShock } from '../../../../main/engine/margin/cryptoPm/deltaShock.ts';
import { futuresContingency } from '../../../../main/engine/margin/cryptoPm/futuresContingency.ts';
import { optionsContingency } from '../../../../main/engine/margin/cryptoPm/optionsContingency.ts';
import { revalueCryptoRows } from '../../../../main/engine/margin/cryptoPm/revalueCryptoRows.ts';
import { rollShock } from '../../../../main/engine/margin/cryptoPm/rollShock.ts';
import { volShock } from '../../../../main/engine/margin/cryptoPm/volShock.ts';
import { cryptoPmMethod } from '../../../../main/engine/margin/cryptoPmMethod.ts';
import { DELTA, PRICE } from '../../../../main/engine/valuationFields.ts';
import type { Instrument } from '../../../../shared/instrument.ts';
import type { Position } from '../../../../shared/portfolioDocument.ts';
import { cryptoPmParametersSchema, type CryptoPmParameters } from '../../../../shared/rules/cryptoPmRules.ts';
import deribitEth from '../../../fixtures/margin/deribit-pme-simulate-eth.json' with { type: 'json' };
import { deribitChainBook } from '../../../fixtures/margin/deribitChainBook.ts';
import { marginInput } from '../../../fixtures/margin/marginInput.ts';

const extendedMoves = [-0.66, -0.33, 0.5, 1, 2, 3, 4, 5];
const btc = {
  currency: 'BTC',
  underlyings: ['BTC'],
  priceRange: 0.16,
  priceBuckets: 4,
  volShock: { up: 0.5, down: 0.25, upFloor: 0.5, shortTermPower: 0.3, longTermPower: 0.13, powerSwitchDays: 30, referenceDays: 30, minDays: 1 },
  extended: { moves: extendedMoves, factor: 1, dampenerUsd: 0 },
  deltaShock: { max: 0.1, liquidityThresholdUsd: 20_000_000, increment: 0.00005 },
  rollShock: { annualisedMoveRisk: 0.075, minMove: 0.01 },
  optionsContingency: 0.01,
  futuresContingency: 0.006,
};
/** No shocks or contingencies: the requirement is the risk matrix and extended table alone. */
const matrixOnly = { deltaShock: { ...btc.deltaShock, increment: 0 }, rollShock: { annualisedMoveRisk: 0, minMove: 0 }, optionsContingency: 0, futuresContingency: 0 };

function parameters(overrides: Partial<typeof btc> = {}): CryptoPmParameters {
  return cryptoPmParametersSchema.parse({ currencies: [{ ...btc, ...overrides }], maintenanceToInitial: 0.8, usdCurrencies: ['USD', 'USDC'] });
}

const asOf = '2024-03-15';
const instruments: Instrument[] = [
  { id: 'AAPL', kind: 'equity', price: 170 },
  { id: 'BTC-28JUN24', kind: 'future', underlying: 'BTC', expiry: '2024-06-28', multiplier: 1, settlement: 'inverse', price: 70000 },
  { id: 'BTC-27SEP24', kind: 'future', underlying: 'BTC', expiry: '2024-09-27', multiplier: 1, settlement: 'inverse', price: 72000 },
  { id: 'BTC-PERPETUAL', kind: 'perpetual', underlying: 'BTC', multiplier: 1, settlement: 'inverse', price: 69000 },
  { id: 'BTC-28JUN24-80000-C', kind: 'option', underlying: 'BTC-28JUN24', right: 'call', strike: 80000, expiry: '2024-06-28', multiplier: 1, settlement: 'inverse', vol: 0.62 },
  { id: 'BTC-28JUN24-80000-P', kind: 'option', underlying: 'BTC-28JUN24', right: 'put', strike: 80000, expiry: '2024-06-28', multiplier: 1, settlement: 'inverse', vol: 0.62 },
  { id: 'BTC-28JUN24-200000-C', kind: 'option', underlying: 'BTC-28JUN24', right: 'call', strike: 200000, expiry: '2024-06-28', multiplier: 1, settlement: 'inverse', vol: 0.62 },
  { id: 'BTC-28JUN24-60000-P', kind: 'option', underlying: 'BTC-28JUN24', right: 'put', strike: 60000, expiry: '2024-06-28', multiplier: 1, settlement: 'inverse' },
  { id: 'BTCUSD-JUN', kind: 'future', underlying: 'BTC', expiry: '2024-06-28', multiplier: 1, price: 50000 },
  { id: 'BTCUSD-JUN-55000-C', kind: 'option', underlying: 'BTCUSD-JUN', right: 'call', strike: 55000, expiry: '2024-06-28', multiplier: 1, vol: 0.55 },
  { id: 'BTCEUR-JUN', kind: 'future', underlying: 'BTC', expiry: '2024-06-28', multiplier: 1, currency: 'EUR', price: 46000 },
  { id: 'SOL-PERPETUAL', kind: 'perpetual', underlying: 'SOL', multiplier: 1, settlement: 'inverse', price: 150 },
];
const rates = { USD: 0.05, BTC: 0, EUR: 0.04 };

function run(positions: Position[], params = parameters(), accountCurrency = 'USD', extra: Instrument[] = []) {
  const input = marginInput({ asOf, instruments: [...instruments, ...extra], positions, rates, accounts: [{ id: 'A', currency: accountCurrency, equity: 0 }] });
  const [result] = cryptoPmMethod.compute(input, params);
  if (!result) throw new Error('no account');
  return result;
}

describe('crypto-pm vol shock (spec §4 formula, hand-computed, 1e-12)', () => {
  it('scales the shock by (30/DTE)^p: p = 0.30 below 30 days, 0.13 from 30', () => {
    const shock = btc.volShock;
    const k7 = (30 / 7) ** 0.3; // 1.5474155772108131
    expect(volShock(0.6, 7, shock).up).toBeCloseTo(0.6 * (1 + 0.5 * k7), 12); // 1.06422467
    expect(volShock(0.6, 7, shock).down).toBeCloseTo(0.6 * (1 - 0.25 * k7), 12); // 0.36788766
    expect(volShock(0.6, 30, shock).up).toBeCloseTo(0.9, 12);
    expect(volShock(0.6, 30, shock).down).toBeCloseTo(0.45, 12);
    const k90 = (30 / 90) ** 0.13; // 0.8669104475782533
    expect(volShock(0.6, 90, shock).up).toBeCloseTo(0.6 * (1 + 0.5 * k90), 12); // 0.86007313
    expect(volShock(0.6, 90, shock).down).toBeCloseTo(0.6 * (1 - 0.25 * k90), 12); // 0.46996343
  });

  it('floors the up vol at 0.50 (a 0.30 vol at 90 days goes to 0.50, not 0.43) and the down vol at 0', () => {
    expect(volShock(0.3, 90, btc.volShock).up).toBe(0.5);
    expect(volShock(0.3, 7, btc.volShock).up).toBeCloseTo(0.3 * (1 + 0.5 * (30 / 7) ** 0.3), 12); // 0.532 > floor
    expect(volShock(0.6, 0.001, { ...btc.volShock, down: 0.5 }).down).toBe(0); // DTE floored at 1 day: 1 − 0.5 × 30^0.3 < 0
  });
});

describe('crypto-pm scenarios', () => {
  it('builds 9 price points × 3 vols and the extended table with fraction = range / |move|', () => {
    const s = cryptoScenarios(btc);
    expect(s.count).toBe(27 + 8);
    expect(s.id.slice(0, 4)).toEqual(['-16% vol up', '-16% vol unchanged', '-16% vol down', '-12% vol up']);
    expect(s.id[12]).toBe('0% vol up');
    expect(s.id[26]).toBe('+16% vol down');
    expect(Array.from(s.move.slice(0, 27).filter((_, i) => i % 3 === 0))).toEqual([-0.16, -0.12, -0.08, -0.04, 0, 0.04, 0.08, 0.12, 0.16].map((m) => expect.closeTo(m, 15) as number));
    expect(s.id.slice(27)).toEqual(['-66% vol up (extended)', '-33% vol up (extended)', '+50% vol up (extended)', '+100% vol up (extended)', '+200% vol up (extended)', '+300% vol up (extended)', '+400% vol up (extended)', '+500% vol up (extended)']);
    // Spec §4: fraction = factor × range / |move| (factor 1): 16/66, 16/33, 16/50 … 16/500.
    expect(Array.from(s.fraction.slice(27))).toEqual(extendedMoves.map((m) => expect.closeTo(0.16 / Math.abs(m), 15) as number));
  });
});

describe('crypto-pm revaluation (independent Black-76 pricing, 1e-12)', () => {
  it('reprices an inverse option at each scenario price with its own DTE-dependent vol, in coin', () => {
    const input = marginInput({ asOf, instruments, positions: [], rates });
    const row = input.book.instruments.id.indexOf('BTC-28JUN24-80000-C');
    const scenarios = cryptoScenarios(btc);
    const pnl = revalueCryptoRows(input.book, Int32Array.of(row), Uint8Array.of(0), scenarios, btc, 70000);
    const T = 105 / 365;
    const { up, down } = volShock(0.62, 105, btc.volShock);
    const coin = (F: number, vol: number) => (black76(true, F, 80000, T, 0, vol)[PRICE] as number) / F;
    for (let s = 0; s < scenarios.count; s++) {
      const vol = scenarios.vol[s] === 1 ? up : scenarios.vol[s] === -1 ? down : 0.62;
      const F = 70000 * (1 + (scenarios.move[s] as number));
      expect(pnl[s]).toBeCloseTo(coin(F, vol) - coin(70000, 0.62), 12);
    }
  });

  it('shows a standard (USD-settled) option P&L in coin at the index price', () => {
    const input = marginInput({ asOf, instruments, positions: [], rates });
    const row = input.book.instruments.id.indexOf('BTCUSD-JUN-55000-C');
    const scenarios = cryptoScenarios(btc);
    const pnl = revalueCryptoRows(input.book, Int32Array.of(row), Uint8Array.of(1), scenarios, btc, 50000);
    const T = 105 / 365;
    const { up } = volShock(0.55, 105, btc.volShock);
    const usd = (F: number, vol: number) => blackScholesMerton(true, F, 55000, T, 0.05, 0.05, vol)[PRICE] as number;
    expect(pnl[0]).toBeCloseTo((usd(42000, up) - usd(50000, 0.55)) / 50000, 12);
    expect(pnl[34]).toBeCloseTo((usd(300000, up) - usd(50000, 0.55)) / 50000, 12);
  });
});

describe('crypto-pm components (hand-computed books)', () => {
  it('risk matrix of a single future: ± range × size (standard: 0.16 coin; inverse: 0.16 × size in USD at the scenario price)', () => {
    const params = parameters(matrixOnly);
    // With a BTC index instrument at the future's price, 2 coin × 16% = 0.32 coin = 16,000 USD.
    const index: Instrument = { id: 'BTC', kind: 'index', price: 50000 };
    const standard = run([{ account: 'A', instrument: 'BTCUSD-JUN', quantity: 2 }], params, 'USD', [index]);
    expect(standard.groups[0]?.components.riskMatrix).toBeCloseTo(0.32, 12);
    expect(standard.groups[0]?.worstScenario?.id).toBe('-16% vol up');
    expect(standard.groups[0]?.requirementUsd).toBeCloseTo(16000, 6);
    const long = run([{ account: 'A', instrument: 'BTC-28JUN24', quantity: 1 }], params).groups[0];
    expect(long?.components.riskMatrix).toBeCloseTo(0.16 / 0.84, 12); // 1 − 1/0.84 coin: 0.16 × 70,000 USD at 58,800
    const short = run([{ account: 'A', instrument: 'BTC-28JUN24', quantity: -1 }], params).groups[0];
    expect(short?.worstScenario?.id).toBe('+16% vol up');
    expect(short?.components.riskMatrix).toBeCloseTo(0.16 / 1.16, 12);
    expect(short?.components.extended).toBe(0); // linear rows stop at the table's edge
  });

  it('charges the extended table for short far-out-of-the-money calls: loss × range/|move| − dampener', () => {
    const positions = [{ account: 'A', instrument: 'BTC-28JUN24-200000-C', quantity: -100 }];
    const T = 105 / 365;
    const { up } = volShock(0.62, 105, btc.volShock);
    const coin = (F: number, vol: number) => (black76(true, F, 200000, T, 0, vol)[PRICE] as number) / F;
    const weighted = extendedMoves.map((m) => (100 * (coin(70000 * (1 + m), up) - coin(70000, 0.62)) * 0.16) / Math.abs(m));
    const worst = Math.max(...weighted);
    const group = run(positions, parameters(matrixOnly)).groups[0];
    expect(worst).toBeGreaterThan(group?.components.riskMatrix ?? Infinity);
    expect((group?.components.riskMatrix ?? NaN) + (group?.components.extended ?? NaN)).toBeCloseTo(worst, 10);
    expect(group?.worstScenario).toEqual({ id: `+${extendedMoves[weighted.indexOf(worst)]! * 100}% vol up (extended)`, loss: expect.closeTo(worst, 10) as number });
    expect(group?.contributions[0]?.pnl).toBeCloseTo(-worst, 10);
    // A dampener of 20,000 USD = 20,000 / 69,000 BTC comes off the weighted loss.
    const dampened = run(positions, parameters({ ...matrixOnly, extended: { moves: extendedMoves, factor: 1, dampenerUsd: 20000 } })).groups[0];
    expect(dampened?.components.extended).toBeCloseTo(Math.max(0, worst - 20000 / 69000 - (group?.components.riskMatrix ?? NaN)), 10);
  });

  it('roll shock per expiry: max(1%·|δ|, (e^(0.075·T) − 1)·|δ|); a perpetual pays the floor', () => {
    const r = rollShock(Float64Array.of(1, -2), Float64Array.of(180 / 365, 0), btc.rollShock);
    expect(r.charges[0]).toBeCloseTo(Math.exp((0.075 * 180) / 365) - 1, 15); // 0.0376788
    expect(r.charges[1]).toBeCloseTo(0.02, 15);
    expect(r.total).toBeCloseTo(0.0576788059626, 12);
    const params = parameters({ ...matrixOnly, rollShock: btc.rollShock });
    const group = run([{ account: 'A', instrument: 'BTC-27SEP24', quantity: 1 }], params).groups[0];
    expect(group?.components.rollShock).toBeCloseTo(Math.expm1((0.075 * 196) / 365), 12);
  });

  it('contingencies: 0.01 coin per net short option per strike, 0.6% of offsetting futures', () => {
    // Deribit's legacy example: call +10, put −20 at one strike → 10 net short.
    expect(optionsContingency(['28JUN 80000', '28JUN 80000', '28JUN 60000'], Float64Array.of(10, -20, 5), 0.01)).toEqual({ netShort: 10, charge: expect.closeTo(0.1, 15) as number });
    expect(futuresContingency(Float64Array.of(100, -100), 0.006)).toEqual({ offsetting: 100, charge: expect.closeTo(0.6, 15) as number });
    const params = parameters({ ...matrixOnly, optionsContingency: 0.01, futuresContingency: 0.006 });
    const group = run(
      [
        { account: 'A', instrument: 'BTC-28JUN24-80000-C', quantity: 10 },
        { account: 'A', instrument: 'BTC-28JUN24-80000-P', quantity: -20 },
        { account: 'A', instrument: 'BTC-28JUN24', quantity: 100 },
        { account: 'A', instrument: 'BTC-27SEP24', quantity: -100 },
      ],
      params,
    ).groups[0];
    expect(group?.components.contingency).toBeCloseTo(0.1 + 0.6, 12);
  });

  it('delta shock: min(0.10, 0.00005 × coin beyond $20M) × |Δ|', () => {
    // 20,000,000 / 50,000 = 400 coin liquid; 1,000 coin → 600 beyond → 3% × 1,000 = 30 coin.
    expect(deltaShock(1000, 50000, btc.deltaShock)).toEqual({ shock: expect.closeTo(0.03, 15) as number, charge: expect.closeTo(30, 12) as number });
    expect(deltaShock(-3000, 50000, btc.deltaShock)).toEqual({ shock: 0.1, charge: expect.closeTo(300, 12) as number });
    expect(deltaShock(300, 50000, btc.deltaShock)).toEqual({ shock: 0, charge: 0 });
    const params = parameters({ ...matrixOnly, deltaShock: btc.deltaShock });
    const group = run([{ account: 'A', instrument: 'BTC-PERPETUAL', quantity: 1000 }], params).groups[0];
    // 20,000,000 / 69,000 = 289.855 coin liquid.
    expect(group?.components.deltaShock).toBeCloseTo(0.00005 * (1000 - 20_000_000 / 69000) * 1000, 9);
  });

  it('IM = worst loss + shocks + contingencies; MM = 0.8 × IM; the account sums groups in USD or in its coin', () => {
    const positions = [
      { account: 'A', instrument: 'BTC-28JUN24-80000-C', quantity: -5 },
      { account: 'A', instrument: 'BTC-27SEP24', quantity: 2 },
    ];
    const usd = run(positions);
    const group = usd.groups[0];
    const c = group?.components ?? {};
    expect(group?.requirement).toBeCloseTo((c.riskMatrix ?? 0) + (c.extended ?? 0) + (c.deltaShock ?? 0) + (c.rollShock ?? 0) + (c.contingency ?? 0), 12);
    expect(usd.initial).toBeCloseTo((group?.requirement ?? NaN) * 69000, 6);
    expect(usd.maintenance).toBeCloseTo(0.8 * usd.initial, 9);
    const coin = run(positions, parameters(), 'BTC');
    expect(coin.currency).toBe('BTC');
    expect(coin.initial).toBeCloseTo(group?.requirement ?? NaN, 12);
    expect(coin.maintenance).toBeCloseTo(0.8 * (group?.requirement ?? NaN), 12);
    const sum = group?.contributions.reduce((s, x) => s + x.pnl, 0) ?? NaN;
    expect(sum).toBeCloseTo(-(group?.worstScenario?.loss ?? NaN), 12);
  });

  it('a delta-hedged book (long call + short future at the coin delta) needs less than its legs', () => {
    const T = 105 / 365;
    const valuation = black76(true, 70000, 80000, T, 0, 0.62);
    const hedge = 10 * ((valuation[DELTA] as number) - (valuation[PRICE] as number) / 70000);
    const call = { account: 'A', instrument: 'BTC-28JUN24-80000-C', quantity: 10 };
    const future = { account: 'A', instrument: 'BTC-28JUN24', quantity: -hedge };
    const hedged = run([call, future]).initial;
    const legs = run([call]).initial + run([future]).initial;
    expect(hedged).toBeLessThan(legs);
    expect(hedged).toBeLessThan(0.5 * legs);
  });

  it('lists every position it cannot margin, with the reason', () => {
    const result = run([
      { account: 'A', instrument: 'AAPL', quantity: 10 },
      { account: 'A', instrument: 'SOL-PERPETUAL', quantity: 10 },
      { account: 'A', instrument: 'BTCEUR-JUN', quantity: 1 },
      { account: 'A', instrument: 'BTC-28JUN24-60000-P', quantity: -1 },
      { account: 'A', instrument: 'BTC-28JUN24', quantity: 1 },
    ]);
    expect(result.excluded).toEqual([
      { position: 3, instrument: 'BTC-28JUN24-60000-P', reason: 'not valued: neither vol nor price: give one to value this option' },
      { position: 0, instrument: 'AAPL', reason: 'crypto-pm margins futures, perpetuals, options and spot on a coin; "AAPL" is an equity' },
      { position: 1, instrument: 'SOL-PERPETUAL', reason: 'no currency of the rule set covers underlying "SOL": add it to one\'s underlyings' },
      { position: 2, instrument: 'BTCEUR-JUN', reason: 'settles in EUR: crypto-pm BTC takes contracts settled in BTC (inverse) or in USD/USDC' },
    ]);
    expect(result.groups.map((g) => g.id)).toEqual(['BTC']);
  });
});

describe('crypto-pm against a published Deribit risk matrix', () => {
  // Deribit private/pme/simulate, ETH, 2026-02-15 (test/fixtures/margin/deribit-pme-simulate-eth.json):
  // a short ETH perpetual, with the response's own model parameters and no contingencies (Deribit's
  // current model has none). Tolerance 1e-12 coin for the vectors, worst case and roll shock (printed
  // to 12+ decimals); 5e-10 for IM and MM: Deribit's risk_matrix_margin exceeds worst_case +
  // roll_shock by 2.7e-10 (unexplained), and its initial_margin 0.157461562 is ours to 9 decimals.
  const p = deribitEth.modelParams;
  const eth = {
    currency: 'ETH',
    underlyings: ['ETH'],
    priceRange: p.eth_usd.price_range,
    priceBuckets: p.buckets_count,
    volShock: { up: p.eth_usd.volatility_range_up, down: p.eth_usd.volatility_range_down, upFloor: p.eth_usd.min_volatility_for_shock_up, shortTermPower: p.eth_usd.short_term_vega_power, longTermPower: p.eth_usd.long_term_vega_power, powerSwitchDays: 30, referenceDays: 30, minDays: 1 },
    extended: { moves: extendedMoves, factor: p.eth_usd.extended_table_factor, dampenerUsd: p.eth.extended_dampener },
    deltaShock: { max: p.eth_usd.max_delta_shock, liquidityThresholdUsd: p.eth_usd.delta_total_liq_shock_threshold, increment: p.eth_usd.m_inc },
    rollShock: { annualisedMoveRisk: p.eth.annualised_move_risk, minMove: p.eth.min_annualised_move },
    optionsContingency: 0,
    futuresContingency: 0,
  };
  const params = cryptoPmParametersSchema.parse({ currencies: [eth], maintenanceToInitial: p.mm_factor, usdCurrencies: ['USD'] });
  const input = marginInput({
    asOf: '2026-02-15',
    instruments: [
      { id: 'ETH', kind: 'index', price: deribitEth.indexPrice },
      { id: 'ETH-PERPETUAL', kind: 'perpetual', underlying: 'ETH', multiplier: 1, settlement: 'inverse', price: deribitEth.markPrice },
    ],
    positions: [{ account: 'D', instrument: 'ETH-PERPETUAL', quantity: deribitEth.position.size }],
    rates: {},
    accounts: [{ id: 'D', currency: 'ETH', equity: 0 }],
  });

  it('reproduces the standard and extended risk vectors of the position', () => {
    const row = input.book.instruments.id.indexOf('ETH-PERPETUAL');
    const scenarios = cryptoScenarios(eth);
    const pnl = revalueCryptoRows(input.book, Int32Array.of(row), Uint8Array.of(0), scenarios, eth, deribitEth.indexPrice);
    const size = deribitEth.position.size;
    Array.from(pnl, (x) => x * size).forEach((x, s) => expect(x).toBeCloseTo([...deribitEth.standard, ...deribitEth.extended][s] as number, 12));
  });

  it('reproduces worst case, roll shock, delta shock, IM and MM', () => {
    const [result] = cryptoPmMethod.compute(input, params);
    const group = result?.groups[0];
    expect(group?.worstScenario).toEqual({ id: '+18% vol up', loss: expect.closeTo(deribitEth.worstCase, 12) as number });
    expect(group?.components.riskMatrix).toBeCloseTo(deribitEth.worstCase, 12);
    expect(group?.components.extended).toBe(0); // aggregated extended vector all 0: the dampener absorbs ~$107
    expect(group?.components.rollShock).toBeCloseTo(deribitEth.rollShock, 12);
    expect(group?.components.deltaShock).toBe(deribitEth.deltaShock);
    expect(group?.requirement).toBeCloseTo(deribitEth.worstCase + deribitEth.rollShock, 15);
    expect(group?.requirement).toBeCloseTo(deribitEth.riskMatrixMargin, 9);
    expect(Math.round((group?.requirement ?? NaN) * 1e9) / 1e9).toBe(deribitEth.initialMargin);
    expect(result?.currency).toBe('ETH');
    expect(result?.initial).toBeCloseTo(deribitEth.riskMatrixMargin, 9);
    expect(result?.maintenance).toBeCloseTo(deribitEth.maintenanceMargin, 9);
  });
});

describe('crypto-pm on the Deribit BTC chain of 2020-05-14 (kit fixture)', () => {
  const picks = [
    { name: 'BTC-26JUN20-12000-C', quantity: -10 },
    { name: 'BTC-26JUN20-7000-P', quantity: -10 },
    { name: 'BTC-26JUN20-6000-P', quantity: 10 },
  ];
  const params = cryptoPmParametersSchema.parse({ currencies: [{ ...btc, extended: { ...btc.extended, dampenerUsd: 200000 } }], maintenanceToInitial: 0.8, usdCurrencies: ['USD'] });
  const margin = (chosen: typeof picks) => {
    const doc = deribitChainBook(chosen);
    const [result] = cryptoPmMethod.compute(marginInput({ ...doc, rates: { BTC: 0 }, accounts: [{ id: 'D', currency: 'BTC', equity: 0 }] }), params);
    if (!result) throw new Error('no account');
    return result;
  };

  it('margins a short strangle with a put wing: finite, consistent, and less than its legs', () => {
    const book = margin(picks);
    const group = book.groups[0];
    const futurePrice = deribitChainBook(picks).instruments.find((i) => i.kind === 'future')?.price ?? NaN;
    expect(book.excluded).toEqual([]);
    expect(group?.requirement).toBeGreaterThan(0);
    expect(group?.requirementUsd).toBeCloseTo((group?.requirement ?? NaN) * futurePrice, 6); // index: the only future's price
    expect(book.maintenance).toBeCloseTo(0.8 * book.initial, 12);
    expect(group?.contributions.reduce((s, c) => s + c.pnl, 0)).toBeCloseTo(-(group?.worstScenario?.loss ?? NaN), 12);
    const legs = picks.reduce((sum, pick) => sum + margin([pick]).initial, 0);
    expect(book.initial).toBeLessThan(legs);
  });
});
