import { describe, expect, it } from 'vitest';
import { black76 } from '../../../../main/engine/black76.ts';
import { spanMethod } from '../../../../main/engine/margin/spanMethod.ts';
import { priceInstruments } from '../../../../main/engine/priceInstruments.ts';
import { DELTA, PRICE, valuationFieldCount } from '../../../../main/engine/valuationFields.ts';
import type { Instrument } from '../../../../shared/instrument.ts';
import type { Position } from '../../../../shared/portfolioDocument.ts';
import { spanParametersSchema, type SpanParameters } from '../../../../shared/rules/spanRules.ts';
import { marginInput } from '../../../fixtures/margin/marginInput.ts';
import { spanPositions } from '../../../../main/engine/margin/span/spanPositions.ts';

/** McMillan, Options as a Strategic Investment, ch. 34, as quoted in ../shared/spec/methodologies.md §1 (loss positive; 1/3 rounded to 3330). */
const mcMillanArray = [0, 0, -3330, -3330, 3330, 3330, -6670, -6670, 6670, 6670, -10000, -10000, 10000, 10000, -7000, 7000];

const asOf = '2024-03-15';
const tiers = [
  { id: '1', startMonth: 0, endMonth: 2 },
  { id: '2', startMonth: 3, endMonth: 5 },
  { id: '3', startMonth: 6 },
];

/** Hand-computable rules: ES PSR 200 points × 50 = 10,000; NQ PSR 800 × 20 = 16,000; CL PSR 6 × 1000 = 6,000. */
function rules(overrides: Partial<SpanParameters> = {}): SpanParameters {
  return spanParametersSchema.parse({
    lookAheadDays: 0,
    extremeMove: { multiplier: 3, coverFraction: 0.33 },
    initialToMaintenance: { speculator: 1.1, hedger: 1 },
    hedgerAccounts: ['HEDGER'],
    combinedCommodities: [
      {
        id: 'ES',
        underlyings: ['SPX'],
        contractSize: 50,
        priceScanRange: 200,
        priceScanUnit: 'points',
        volScanRange: 0.04,
        volScanUnit: 'absolute',
        tiers,
        intraSpreads: [
          { tiers: ['1', '2'], rate: 200 },
          { tiers: ['2', '3'], rate: 300 },
          { tiers: ['1', '3'], rate: 400 },
        ],
        spotMonth: { months: 0, rate: 0 },
        shortOptionMinimum: 500,
      },
      {
        id: 'NQ',
        underlyings: ['NDX'],
        contractSize: 20,
        priceScanRange: 800,
        priceScanUnit: 'points',
        volScanRange: 0.05,
        volScanUnit: 'absolute',
        tiers: [{ id: 'all', startMonth: 0 }],
        spotMonth: { months: 1, rate: 0 },
        shortOptionMinimum: 0,
      },
      {
        id: 'CL',
        underlyings: ['WTI'],
        contractSize: 1000,
        priceScanRange: 6,
        priceScanUnit: 'points',
        volScanRange: 0.08,
        volScanUnit: 'absolute',
        tiers: [{ id: 'all', startMonth: 0 }],
        spotMonth: { months: 1, rate: 1000 },
        shortOptionMinimum: 150,
      },
    ],
    interCommoditySpreads: [
      {
        id: 'ES/NQ',
        creditRate: 0.5,
        legs: [
          { cc: 'ES', deltaRatio: 1 },
          { cc: 'NQ', deltaRatio: -1 },
        ],
      },
    ],
    ...overrides,
  });
}

const instruments: Instrument[] = [
  { id: 'SPX', kind: 'index', price: 5000 },
  { id: 'AAPL', kind: 'equity', price: 170 },
  { id: 'ESM4', kind: 'future', underlying: 'SPX', expiry: '2024-06-21', multiplier: 50, price: 5000 },
  { id: 'ESU4', kind: 'future', underlying: 'SPX', expiry: '2024-09-20', multiplier: 50, price: 5050 },
  { id: 'NQM4', kind: 'future', underlying: 'NDX', expiry: '2024-06-21', multiplier: 20, price: 18000 },
  { id: 'NQH4', kind: 'future', underlying: 'NDX', expiry: '2024-03-15', multiplier: 20, price: 17900 },
  { id: 'CLJ4', kind: 'future', underlying: 'WTI', expiry: '2024-03-19', multiplier: 1000, price: 80 },
  { id: 'GCJ4', kind: 'future', underlying: 'GOLD', expiry: '2024-04-26', multiplier: 100, price: 2160 },
  { id: 'BTC-28JUN24', kind: 'future', underlying: 'BTC', expiry: '2024-06-28', multiplier: 1, settlement: 'inverse', price: 70000 },
  { id: 'ESM4 C5000', kind: 'option', underlying: 'ESM4', right: 'call', strike: 5000, expiry: '2024-06-21', multiplier: 50, vol: 0.15, price: 100 },
  { id: 'ESM4 P4800', kind: 'option', underlying: 'ESM4', right: 'put', strike: 4800, expiry: '2024-06-21', multiplier: 50, vol: 0.17, price: 60 },
  { id: 'SPX C5000', kind: 'option', underlying: 'SPX', right: 'call', strike: 5000, expiry: '2024-06-21', multiplier: 100, vol: 0.15 },
  {
    id: 'ESM4 C6500',
    kind: 'option',
    underlying: 'ESM4',
    right: 'call',
    strike: 6500,
    expiry: '2024-06-21',
    multiplier: 50,
    price: 0.5,
    // A supplied array (loss positive, per one long contract) and composite delta, used as given.
    riskArray: [5, 5, -20, 5, 10, 10, -60, -10, 20, 20, -150, -90, 25, 25, -200, 25],
    compositeDelta: 0.01,
  },
];

function run(positions: Position[], parameters = rules()) {
  const result = spanMethod.compute(marginInput({ asOf, instruments, positions }), parameters);
  return result;
}

function account(positions: Position[], parameters = rules()) {
  const [first] = run(positions, parameters);
  if (!first) throw new Error('no account');
  return first;
}

describe('span risk arrays', () => {
  // McMillan, Options as a Strategic Investment, ch. 34 (spec §1): one long S&P future, PSR $10,000,
  // extreme 2 × PSR covered 35%. The old S&P contract: × 250, so PSR = 40 points.
  const mcMillan = (riskArray?: number[]) => {
    const future: Instrument = { id: 'SPZ', kind: 'future', underlying: 'SP', expiry: '2024-12-20', multiplier: 250, price: 1000, ...(riskArray ? { riskArray } : {}) };
    const parameters = rules({
      extremeMove: { multiplier: 2, coverFraction: 0.35 },
      combinedCommodities: [
        {
          id: 'SP',
          underlyings: ['SP'],
          contractSize: 250,
          priceScanRange: 40,
          priceScanUnit: 'points',
          volScanRange: 0.04,
          volScanUnit: 'absolute',
          tiers: [{ id: 'all', startMonth: 0 }],
          intraSpreads: [],
          spotMonth: { months: 0, rate: 0 },
          shortOptionMinimum: 0,
        },
      ],
      interCommoditySpreads: [],
    });
    const input = marginInput({ asOf, instruments: [future], positions: [{ account: 'A', instrument: 'SPZ', quantity: 1 }] });
    return { input, parameters };
  };

  it("computes McMillan's long S&P future array by full revaluation (published array within its rounding of 1/3: 3.34)", () => {
    const { input, parameters } = mcMillan();
    const positions = spanPositions(input, parameters);
    const computed = Array.from(positions.riskArray);
    computed.forEach((loss, j) => expect(Math.abs(loss - (mcMillanArray[j] as number))).toBeLessThanOrEqual(3.34));
    const exact = [0, 0, -1, -1, 1, 1, -2, -2, 2, 2, -3, -3, 3, 3, -2.1, 2.1].map((x) => (x * 10000) / 3);
    computed.forEach((loss, j) => expect(loss).toBeCloseTo(exact[j] as number, 9));
    const [result] = spanMethod.compute(input, parameters);
    expect(result?.components.scanningRisk).toBeCloseTo(10000, 9);
    expect(result?.groups[0]?.worstScenario).toEqual({ id: '13', loss: expect.closeTo(10000, 9) as number });
  });

  it("uses McMillan's published array as supplied: scanning risk $10,000 in scenario 13 (exact)", () => {
    const { input, parameters } = mcMillan(mcMillanArray);
    const [result] = spanMethod.compute(input, parameters);
    const group = result?.groups[0];
    expect(group?.components.scanningRisk).toBe(10000);
    expect(group?.worstScenario).toEqual({ id: '13', loss: 10000 });
    expect(group?.contributions).toEqual([{ position: 0, instrument: 'SPZ', quantity: 1, pnl: -10000 }]);
    expect(group?.notes).toContain('risk arrays as supplied on the instrument: SPZ');
    expect(result?.maintenance).toBe(10000);
    expect(result?.initial).toBeCloseTo(11000, 9);
  });

  it('reprices an option on a future with Black-76 in every scenario (independent evaluation, 1e-9)', () => {
    const parameters = rules({ lookAheadDays: 1 });
    const input = marginInput({ asOf, instruments, positions: [{ account: 'A', instrument: 'ESM4 C5000', quantity: 1 }] });
    const positions = spanPositions(input, parameters);
    const T = 98 / 365;
    const base = black76(true, 5000, 5000, T, 0.05, 0.15)[PRICE] as number;
    const moves = [0, 0, 1 / 3, 1 / 3, -1 / 3, -1 / 3, 2 / 3, 2 / 3, -2 / 3, -2 / 3, 1, 1, -1, -1, 3, -3];
    moves.forEach((m, j) => {
      const vol = j >= 14 ? 0.15 : j % 2 === 0 ? 0.19 : 0.11;
      const value = black76(true, 5000 + m * 200, 5000, T - 1 / 365, 0.05, vol)[PRICE] as number;
      const expected = -(value - base) * 50 * (j >= 14 ? 0.33 : 1);
      expect(positions.riskArray[j]).toBeCloseTo(expected, 9);
    });
    // Composite delta: the Black-76 delta at today's price and vol (documented choice).
    const book = input.book;
    const row = book.instruments.id.indexOf('ESM4 C5000');
    expect(positions.delta[0]).toBe(priceInstruments(book)[row * valuationFieldCount + DELTA]);
    expect(positions.delta[0]).toBeCloseTo(black76(true, 5000, 5000, T, 0.05, 0.15)[DELTA] as number, 12);
  });
});

describe('span combination (hand-computed books)', () => {
  it('charges a calendar spread the intra-commodity rate: far less than its legs', () => {
    // ESM4 (3 months ahead → tier 2) long, ESU4 (6 months → tier 3) short: both move the same
    // points, so scanning risk is 0; one tier-2/tier-3 spread × 300 = 300.
    const spread = account([
      { account: 'A', instrument: 'ESM4', quantity: 1 },
      { account: 'A', instrument: 'ESU4', quantity: -1 },
    ]);
    expect(spread.components).toEqual({ scanningRisk: 0, intraSpread: 300, spotMonth: 0, interCredit: 0, shortOptionMinimum: 0, netOptionValue: 0 });
    expect(spread.maintenance).toBe(300);
    expect(spread.initial).toBeCloseTo(330, 9);
    const legs = account([{ account: 'A', instrument: 'ESM4', quantity: 1 }]).maintenance + account([{ account: 'A', instrument: 'ESU4', quantity: -1 }]).maintenance;
    expect(legs).toBeCloseTo(20000, 9);
    expect(spread.maintenance).toBeLessThan(legs);
    expect(spread.groups[0]?.notes).toContain('calendar spread tier 2 / tier 3: 1 × 300.00 USD = 300.00 USD');
  });

  it('credits ES against NQ at the weighted futures price risk (credit = spreads × rate × WFPR)', () => {
    // Long 1 ES: scanning 10,000 (scenario 13), price risk 10,000 per delta. Short 1 NQ: scanning
    // 16,000 (scenario 11). One 1:1 spread at 50% → credits 5,000 and 8,000.
    const result = account([
      { account: 'A', instrument: 'ESM4', quantity: 1 },
      { account: 'A', instrument: 'NQM4', quantity: -1 },
    ]);
    const [es, nq] = result.groups;
    expect(es?.components.scanningRisk).toBeCloseTo(10000, 9);
    expect(es?.components.interCredit).toBeCloseTo(5000, 9);
    expect(es?.requirement).toBeCloseTo(5000, 9);
    expect(nq?.worstScenario?.id).toBe('11');
    expect(nq?.components.scanningRisk).toBeCloseTo(16000, 9);
    expect(nq?.components.interCredit).toBeCloseTo(8000, 9);
    expect(result.maintenance).toBeCloseTo(13000, 9);
    expect(result.components.interCredit).toBeCloseTo(13000, 9);
  });

  it('gives no inter-commodity credit for a leg in its delivery month', () => {
    // NQH4 expires in asOf's month: NQ's delivery month (months: 1) → no delta to spread.
    const result = account([
      { account: 'A', instrument: 'ESM4', quantity: 1 },
      { account: 'A', instrument: 'NQH4', quantity: -1 },
    ]);
    expect(result.components.interCredit).toBe(0);
    expect(result.maintenance).toBeCloseTo(26000, 9);
  });

  it('adds the spot-month charge per delta in the delivery month', () => {
    // 2 CLJ4 expiring 2024-03-19 (asOf's month): scanning 2 × 6,000 + spot 2 × 1,000.
    const result = account([{ account: 'A', instrument: 'CLJ4', quantity: 2 }]);
    expect(result.components.scanningRisk).toBeCloseTo(12000, 9);
    expect(result.components.spotMonth).toBeCloseTo(2000, 9);
    expect(result.maintenance).toBeCloseTo(14000, 9);
  });

  it('lets the short option minimum bind over a small scanning risk', () => {
    // Short 2 of the supplied far-OTM call: losses = −2 × RA, worst scenario 15 (+extreme): 400;
    // SOM = 2 × 500 = 1,000 binds. NOV = −2 × 0.5 × 50 = −50.
    const result = account([{ account: 'A', instrument: 'ESM4 C6500', quantity: -2 }]);
    const group = result.groups[0];
    expect(group?.worstScenario).toEqual({ id: '15', loss: 400 });
    expect(group?.components).toEqual({ scanningRisk: 400, intraSpread: 0, spotMonth: 0, interCredit: 0, shortOptionMinimum: 1000, netOptionValue: -50 });
    expect(group?.requirement).toBe(1000);
    expect(group?.notes?.some((n) => n.includes('it binds'))).toBe(true);
  });

  it('reports net option value (long − short) without deducting it', () => {
    // Long 2 × 100 × 50 = 10,000; short 1 × 60 × 50 = 3,000 → NOV 7,000.
    const result = account([
      { account: 'A', instrument: 'ESM4 C5000', quantity: 2 },
      { account: 'A', instrument: 'ESM4 P4800', quantity: -1 },
    ]);
    const group = result.groups[0];
    expect(group?.components.netOptionValue).toBeCloseTo(7000, 9);
    expect(group?.requirement).toBeCloseTo(Math.max((group?.components.scanningRisk ?? 0) + (group?.components.intraSpread ?? 0), 500), 9);
    const sum = group?.contributions.reduce((s, c) => s + c.pnl, 0) ?? NaN;
    expect(sum).toBeCloseTo(-(group?.worstScenario?.loss ?? NaN), 9);
  });

  it('applies the hedger IM/MM ratio (1.00) to accounts listed as hedgers', () => {
    const [speculator, hedger] = run([
      { account: 'A', instrument: 'ESM4', quantity: 1 },
      { account: 'HEDGER', instrument: 'ESM4', quantity: 1 },
    ]);
    expect(speculator?.initial).toBeCloseTo(11000, 9);
    expect(hedger?.initial).toBeCloseTo(10000, 9);
  });

  it('lists every position it cannot margin, with the reason', () => {
    const result = account([
      { account: 'A', instrument: 'AAPL', quantity: 100 },
      { account: 'A', instrument: 'SPX', quantity: 1 },
      { account: 'A', instrument: 'SPX C5000', quantity: 1 },
      { account: 'A', instrument: 'GCJ4', quantity: 1 },
      { account: 'A', instrument: 'BTC-28JUN24', quantity: 1 },
      { account: 'A', instrument: 'ESM4', quantity: 1 },
    ]);
    expect(result.excluded).toEqual([
      { position: 0, instrument: 'AAPL', reason: 'span margins futures and options on futures; "AAPL" is an equity' },
      { position: 1, instrument: 'SPX', reason: 'span margins futures and options on futures; "SPX" is an index' },
      { position: 2, instrument: 'SPX C5000', reason: 'span margins options on futures; the underlying "SPX" is an index' },
      { position: 3, instrument: 'GCJ4', reason: 'no combined commodity of the rule set covers underlying "GOLD": add it to one\'s underlyings' },
      { position: 4, instrument: 'BTC-28JUN24', reason: 'a coin-settled (inverse) contract: margin it with crypto-pm' },
    ]);
    expect(result.groups.map((g) => g.id)).toEqual(['ES']);
  });
});
