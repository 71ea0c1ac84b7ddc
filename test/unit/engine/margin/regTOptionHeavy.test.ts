import { describe, expect, it } from 'vitest';
import { blackScholesMerton } from '../../../../main/engine/blackScholesMerton.ts';
import { marginInputFromDocument } from '../../../../main/engine/margin/marginInputFromDocument.ts';
import { choosePairing } from '../../../../main/engine/margin/regT/choosePairing.ts';
import { spreadPairCount } from '../../../../main/engine/margin/regT/combinationPricing.ts';
import { collectRegTGroups } from '../../../../main/engine/margin/regT/collectRegTGroups.ts';
import { combineSpreads } from '../../../../main/engine/margin/regT/combineSpreads.ts';
import { pairingNetwork } from '../../../../main/engine/margin/regT/minCostPairing.ts';
import { twoLegPairing } from '../../../../main/engine/margin/regT/pairStrategies.ts';
import type { OptionLeg, RegTGroupBook } from '../../../../main/engine/margin/regT/regTGroupBook.ts';
import { strategyCosts } from '../../../../main/engine/margin/regT/strategyCosts.ts';
import type { StrategyUnit } from '../../../../main/engine/margin/regT/strategyUnit.ts';
import { regTMethod } from '../../../../main/engine/margin/regTMethod.ts';
import { priceInstruments } from '../../../../main/engine/priceInstruments.ts';
import { PRICE, valuationFieldCount } from '../../../../main/engine/valuationFields.ts';
import type { PortfolioDocument } from '../../../../shared/portfolioDocument.ts';
import { regTRulesSchema, type RegTParameters } from '../../../../shared/rules/regTRules.ts';
import defaults from '../../../../resources/rules/reg-t-cboe.json' with { type: 'json' };
import { largeOptionBook } from '../../../fixtures/largeOptionBook.ts';
import { seededRandom } from '../../../fixtures/seededRandom.ts';
import { allLegs, checkStrategyUnits, noCover } from './checkStrategyUnits.ts';

const parameters: RegTParameters = regTRulesSchema.parse(defaults).parameters;
const noStock = { long: 0, short: 0 };
const all = (g: RegTGroupBook): number[] => g.legs.map((_, i) => i);
const contractsOf = (g: RegTGroupBook): Float64Array => Float64Array.from(g.legs, (l) => l.contracts);
const totalOf = (units: readonly StrategyUnit[]): number => units.reduce((sum, u) => sum + u.count * u.cost, 0);

/**
 * A random option-heavy group on one underlying (S = 100 or 5,000): 2–6 expiries (the last ones
 * beyond 9 months: long-term longs), strikes from 60% to 140% of S, each series held with
 * probability 0.7, long or short by `shape` — 0 even, 1 longs on the protected side of the
 * money, 2 shorts near and longs far (a calendar book), 3 mostly short, 4 mostly long —
 * 1–54 contracts (heavy-tailed). Marks from Black-Scholes with a vol per series drawn at
 * random (15–35%), so not arbitrage-free across strikes (spreads hit their floor at zero).
 */
function optionHeavyGroup(seed: number, size: number, shape = seed % 5): RegTGroupBook {
  const random = seededRandom(seed);
  const S = random() < 0.5 ? 100 : 5000;
  const expiries = (
    [
      ['2024-04-19', 35],
      ['2024-05-17', 63],
      ['2024-06-21', 98],
      ['2024-09-20', 189],
      ['2024-12-20', 280],
      ['2025-06-20', 462],
    ] as const
  ).slice(0, 2 + Math.floor(random() * 5));
  const strikes = Math.max(2, Math.ceil(size / (2 * expiries.length) / 0.7));
  const legs: OptionLeg[] = [];
  expiries.forEach(([expiry, days], e) => {
    for (let k = 0; k < strikes; k++) {
      const strike = Math.round((S * 0.6 + (k * S * 0.8) / strikes) * 100) / 100;
      for (const isCall of [true, false]) {
        if (random() > 0.7) continue;
        const protectedSide = isCall ? strike < S : strike > S;
        const pLong = [0.5, protectedSide ? 0.8 : 0.2, e >= expiries.length / 2 ? 0.85 : 0.15, 0.2, 0.8][shape] as number;
        const price = blackScholesMerton(isCall, S, strike, days / 365, 0.04, 0, 0.15 + 0.2 * random())[PRICE] as number;
        legs.push({
          position: legs.length,
          instrument: `${isCall ? 'C' : 'P'}${strike} ${expiry}`,
          isCall,
          long: random() < pLong,
          contracts: Math.max(1, Math.floor(Math.exp(random() * 4))),
          strike,
          expiry,
          multiplier: 100,
          price,
          longTerm: days > 275,
        });
      }
    }
  });
  return { underlying: 'U', price: S, broadIndex: random() < 0.3, leverage: 1, holdable: false, stock: null, legs };
}


describe('two-leg pairing beyond the dense limit: column generation on a sparse graph', () => {
  it('gives the full graph\'s optimum whenever it says it is proven, never less, and within its stated gap otherwise (seeded random books)', () => {
    let proven = 0;
    let books = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const group = optionHeavyGroup(seed, 40 + (seed % 6) * 30);
      const costs = strategyCosts(group, parameters, 'initial');
      for (const strategies of [parameters.strategies, { ...parameters.strategies, straddles: false }, { ...parameters.strategies, verticals: false }]) {
        const full = twoLegPairing(group.legs, all(group), costs, strategies, noStock, Infinity);
        const exact = full.pair(contractsOf(group)).cost;
        expect(full.sparse).toBe(false);
        const sparse = twoLegPairing(group.legs, all(group), costs, strategies, noStock, 0);
        const found = sparse.pair(contractsOf(group));
        expect(sparse.sparse).toBe(true);
        expect(checkStrategyUnits(found.units, group.legs, allLegs(group.legs), costs, noCover)).toBeCloseTo(found.cost, 4);
        const tolerance = 1e-7 * (1 + Math.abs(exact));
        expect(found.cost).toBeGreaterThan(exact - tolerance);
        expect(found.cost - sparse.gap).toBeLessThan(exact + tolerance);
        if (!sparse.bounded) {
          expect(sparse.gap).toBe(0);
          expect(found.cost).toBeCloseTo(exact, 4);
          proven++;
        }
        books++;
      }
    }
    // Measured: 174 of the 180 proven (the others stop within 0.01% of the cheapest).
    expect(proven).toBeGreaterThanOrEqual(books * 0.9);
  });

  it('states a true bound when its budget stops it early (no pricing round at all)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const group = optionHeavyGroup(seed, 150);
      const costs = strategyCosts(group, parameters, 'initial');
      const exact = twoLegPairing(group.legs, all(group), costs, parameters.strategies, noStock, Infinity).pair(contractsOf(group)).cost;
      const stopped = twoLegPairing(group.legs, all(group), costs, parameters.strategies, noStock, 0, undefined, { rounds: 0, perLeg: 0, gap: 0 });
      const found = stopped.pair(contractsOf(group)).cost;
      expect(found).toBeGreaterThan(exact - 1e-6 * (1 + exact));
      expect(found - stopped.gap).toBeLessThan(exact + 1e-6 * (1 + exact));
      if (found > exact + 1e-6 * (1 + exact)) expect(stopped.bounded).toBe(true);
    }
  });

  it('choosePairing gives the exact figure on small books with the sparse graph forced (combinations and stock included)', () => {
    let compared = 0;
    let same = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const random = seededRandom(1000 + seed);
      const group = optionHeavyGroup(seed, 6 + Math.floor(random() * 10));
      const shares = [0, 0, 300, -300][seed % 4] as number;
      const book: RegTGroupBook = { ...group, holdable: true, stock: shares === 0 ? null : { position: 999, instrument: 'U', shares } };
      const costs = strategyCosts(book, parameters, 'initial');
      const cover = { long: Math.max(shares, 0) / 100, short: Math.max(-shares, 0) / 100 };
      const exact = choosePairing(book.legs, all(book), costs, parameters.strategies, cover);
      const sparse = choosePairing(book.legs, all(book), costs, parameters.strategies, cover, undefined, undefined, 0);
      if (!exact.exact) continue;
      compared++;
      // Every two-leg pairing it made is proven; its searches cost more work than the full
      // graph's, so the exhaustive regime may hand over to the local search sooner (`exact`
      // then false: measured, 1 of 143 books) — the figure is the same.
      expect(sparse.bounded).toBe(false);
      expect(sparse.cost).toBeCloseTo(exact.cost, 4);
      if (sparse.exact) same++;
    }
    expect(compared).toBeGreaterThan(100);
    expect(same).toBeGreaterThan(compared / 2);
  });

  it('prices with duals that are feasible and complementary (the LP optimum of the graph it has)', () => {
    const random = seededRandom(21);
    for (let t = 0; t < 200; t++) {
      const nLeft = 1 + Math.floor(random() * 6);
      const nRight = 1 + Math.floor(random() * 6);
      const left: number[] = [];
      const right: number[] = [];
      const cost: number[] = [];
      for (let l = 0; l < nLeft; l++) {
        for (let r = 0; r < nRight; r++) {
          if (random() < 0.5) continue;
          left.push(l);
          right.push(r);
          cost.push(-1 - Math.floor(random() * 50));
        }
      }
      const leftCapacity = Float64Array.from({ length: nLeft }, () => Math.floor(random() * 5));
      const rightCapacity = Float64Array.from({ length: nRight }, () => Math.floor(random() * 5));
      const network = pairingNetwork(nLeft, nRight, left, right, cost);
      const flow = network.solve(leftCapacity, rightCapacity);
      const duals = network.duals();
      let dualObjective = 0;
      for (let l = 0; l < nLeft; l++) dualObjective -= (leftCapacity[l] as number) * (duals[l] as number);
      for (let r = 0; r < nRight; r++) dualObjective -= (rightCapacity[r] as number) * (duals[nLeft + r] as number);
      cost.forEach((c, e) => {
        const reduced = c + (duals[left[e] as number] as number) + (duals[nLeft + (right[e] as number)] as number);
        expect(reduced).toBeGreaterThan(-1e-9);
        if ((flow[e] as number) > 0) expect(reduced).toBeCloseTo(0, 9);
      });
      expect(network.cost).toBeCloseTo(dualObjective, 9);
    }
  });
});

describe('stage 2 and the regime choice on large groups', () => {
  it('combineSpreads beyond its dense limit is a valid combining, never below the full one nor above the spreads apart', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const group = optionHeavyGroup(seed, 300);
      const costs = strategyCosts(group, parameters, 'initial');
      const units = twoLegPairing(group.legs, all(group), costs, parameters.strategies, noStock, Infinity).pair(contractsOf(group)).units;
      const full = totalOf(combineSpreads(group.legs, units, costs, undefined, Infinity));
      const bounded = combineSpreads(group.legs, units, costs, undefined, 0);
      const total = checkStrategyUnits(bounded, group.legs, allLegs(group.legs), costs, noCover);
      expect(total).toBeGreaterThan(full - 1e-6 * (1 + full));
      expect(total).toBeLessThan(totalOf(units) + 1e-6 * (1 + full));
    }
  });

  it('spreadPairCount counts lower × upper same-expiry spreads as listing them would', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const group = optionHeavyGroup(seed, 20 + seed * 5);
      const lower = new Map<string, number>();
      const upper = new Map<string, number>();
      for (const a of group.legs) {
        if (!a.long) continue;
        for (const b of group.legs) {
          if (b.long || b.isCall !== a.isCall || b.expiry !== a.expiry) continue;
          const side = a.strike <= b.strike ? lower : upper;
          side.set(a.expiry, (side.get(a.expiry) ?? 0) + 1);
        }
      }
      let pairs = 0;
      for (const [expiry, n] of lower) pairs += n * (upper.get(expiry) ?? 0);
      expect(spreadPairCount(group.legs, all(group))).toBe(pairs);
    }
  });
});

describe('regTMethod on an option-heavy account (largeOptionBook: 5,000 SPX options, 6 expiries)', () => {
  const doc = JSON.parse(largeOptionBook(5_000, 1)) as PortfolioDocument;
  const input = marginInputFromDocument({ ...doc, market: { rates: { USD: 0.053 } } });

  it('completes under a generous time guard, valid, between the proven two-leg optimum and the naive figure', () => {
    const started = performance.now();
    const [result] = regTMethod.compute(input, parameters);
    const elapsed = performance.now() - started;
    // About 0.2 s on the bench machine (the full graph took about 4 s); 10 s catches a return
    // of the quadratic graph without making this a flaky timed test.
    expect(elapsed).toBeLessThan(10_000);
    expect(result?.excluded).toEqual([]);
    expect(result?.groups).toHaveLength(1);
    const valuations = priceInstruments(input.book);
    const [collected] = collectRegTGroups(input, [{ id: 'LOAD-0', currency: 'USD' }], parameters, (row) => valuations[row * valuationFieldCount + PRICE] as number);
    const group = collected?.groups[0] as RegTGroupBook;
    expect(group.legs).toHaveLength(5_000);
    const costs = strategyCosts(group, parameters, 'initial');
    const naive = group.legs.reduce((sum, leg) => sum + leg.contracts * costs.single(leg), 0);
    const twoLeg = twoLegPairing(group.legs, all(group), costs, parameters.strategies, noStock);
    const twoLegCost = twoLeg.pair(contractsOf(group)).cost;
    // This book's two-leg optimum is proven by pricing (no pair left that gains).
    expect(twoLeg.sparse).toBe(true);
    expect(twoLeg.bounded).toBe(false);
    expect(result?.initial).toBeLessThanOrEqual(twoLegCost + 1e-6);
    expect(result?.initial).toBeLessThan(naive);
    const pairing = choosePairing(group.legs, all(group), costs, parameters.strategies, noStock);
    expect(checkStrategyUnits(pairing.units, group.legs, allLegs(group.legs), costs, noCover)).toBeCloseTo(result?.initial ?? Number.NaN, 2);
    const sum = Object.values(result?.components ?? {}).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(result?.initial ?? Number.NaN, 4);
  });
});
