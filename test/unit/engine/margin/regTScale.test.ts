import { describe, expect, it } from 'vitest';
import { blackScholesMerton } from '../../../../main/engine/blackScholesMerton.ts';
import { choosePairing } from '../../../../main/engine/margin/regT/choosePairing.ts';
import { collectRegTGroups } from '../../../../main/engine/margin/regT/collectRegTGroups.ts';
import { minCostPairing, pairingNetwork } from '../../../../main/engine/margin/regT/minCostPairing.ts';
import type { OptionLeg, RegTGroupBook } from '../../../../main/engine/margin/regT/regTGroupBook.ts';
import { strategyCosts, type StrategyCosts } from '../../../../main/engine/margin/regT/strategyCosts.ts';
import { regTMethod } from '../../../../main/engine/margin/regTMethod.ts';
import { priceInstruments } from '../../../../main/engine/priceInstruments.ts';
import { PRICE, valuationFieldCount } from '../../../../main/engine/valuationFields.ts';
import type { Instrument } from '../../../../shared/instrument.ts';
import type { Position } from '../../../../shared/portfolioDocument.ts';
import { regTRulesSchema, type RegTParameters } from '../../../../shared/rules/regTRules.ts';
import defaults from '../../../../resources/rules/reg-t-cboe.json' with { type: 'json' };
import { marginInput } from '../../../fixtures/margin/marginInput.ts';
import { seededRandom } from '../../../fixtures/seededRandom.ts';
import { checkStrategyUnits } from './checkStrategyUnits.ts';

const parameters: RegTParameters = regTRulesSchema.parse(defaults).parameters;

/** Random bipartite instance: whole capacities, negative (saving) edge costs on ~60% of the pairs. */
function randomNetwork(random: () => number) {
  const nLeft = 1 + Math.floor(random() * 5);
  const nRight = 1 + Math.floor(random() * 5);
  const edges: { left: number; right: number; cost: number }[] = [];
  for (let l = 0; l < nLeft; l++) for (let r = 0; r < nRight; r++) if (random() < 0.6) edges.push({ left: l, right: r, cost: -1 - Math.floor(random() * 50) });
  const left = Float64Array.from({ length: nLeft }, () => Math.floor(random() * 4));
  const right = Float64Array.from({ length: nRight }, () => Math.floor(random() * 4));
  return { edges, left, right };
}

/** The cheapest b-matching by trying every flow of every edge (tiny instances only). */
function bruteForce(edges: readonly { left: number; right: number; cost: number }[], left: Float64Array, right: Float64Array): number {
  const best = (e: number, l: Float64Array, r: Float64Array): number => {
    if (e === edges.length) return 0;
    const edge = edges[e] as (typeof edges)[number];
    let result = Infinity;
    for (let f = 0; f <= Math.min(l[edge.left] as number, r[edge.right] as number); f++) {
      const l2 = l.slice();
      const r2 = r.slice();
      l2[edge.left] = (l2[edge.left] as number) - f;
      r2[edge.right] = (r2[edge.right] as number) - f;
      result = Math.min(result, f * edge.cost + best(e + 1, l2, r2));
    }
    return result;
  };
  return best(0, left, right);
}

describe('pairingNetwork (min-cost pairing): exact, warm restarts, shadow prices', () => {
  it('matches brute force on 300 random instances', () => {
    const random = seededRandom(11);
    for (let t = 0; t < 300; t++) {
      const { edges, left, right } = randomNetwork(random);
      if (edges.length > 9) continue;
      const flow = minCostPairing(left, right, edges.map((e) => ({ ...e, capacity: Infinity })));
      const cost = edges.reduce((sum, e, k) => sum + e.cost * (flow[k] as number), 0);
      expect(cost).toBeCloseTo(bruteForce(edges, left, right), 9);
    }
  });

  it('re-solves after capacities fall (lower, reduce) to the same cost as a fresh solve; shadow prices are the cost of one unit less', () => {
    const random = seededRandom(12);
    for (let t = 0; t < 300; t++) {
      const { edges, left, right } = randomNetwork(random);
      const build = () =>
        pairingNetwork(
          left.length,
          right.length,
          edges.map((e) => e.left),
          edges.map((e) => e.right),
          edges.map((e) => e.cost),
        );
      const network = build();
      const flow = network.solve(left, right);
      const e = flow.findIndex((f) => f >= 1);
      if (e >= 0) {
        // A unit of a spread set aside with its legs: no search, still optimal.
        network.reduce(e, 1);
        const edge = edges[e] as (typeof edges)[number];
        left[edge.left] = (left[edge.left] as number) - 1;
        right[edge.right] = (right[edge.right] as number) - 1;
      }
      const lower = (c: Float64Array) => c.map((x) => Math.max(0, x - Math.floor(random() * 2)));
      const left2 = lower(left);
      const right2 = lower(right);
      network.lower(left2, right2);
      const fresh = build();
      fresh.solve(left2, right2);
      expect(network.cost).toBeCloseTo(fresh.cost, 9);
      const prices = network.shadowPrices().slice();
      for (let node = 0; node < left2.length + right2.length; node++) {
        const side = node < left2.length ? left2 : right2;
        const k = node < left2.length ? node : node - left2.length;
        if ((side[k] as number) < 1) continue;
        const fewer = side.slice();
        fewer[k] = (fewer[k] as number) - 1;
        const other = build();
        other.solve(node < left2.length ? fewer : left2, node < left2.length ? right2 : fewer);
        expect(prices[node]).toBeCloseTo(other.cost - fresh.cost, 9);
      }
    }
  });
});

/**
 * A random small group as `regTPairing.test.ts` builds them: series on XYZ at 100 with
 * arbitrage-free marks, 1–3 contracts each, maybe stock; every other book starts from a
 * butterfly, condor or iron condor so that combinations matter.
 */
function smallGroup(seed: number): RegTGroupBook {
  const random = seededRandom(seed);
  const expiries = [
    ['2024-04-19', 35 / 365],
    ['2024-06-21', 98 / 365],
  ] as const;
  const legs: OptionLeg[] = [];
  const seen = new Set<string>();
  const add = (isCall: boolean, strike: number, long: boolean, expiryIndex: number): void => {
    const [expiry, T] = expiries[expiryIndex] as (typeof expiries)[number];
    const key = `${isCall}${strike}${expiry}`;
    if (seen.has(key)) return;
    seen.add(key);
    const price = blackScholesMerton(isCall, 100, strike, T, 0.03, 0, 0.3)[PRICE] as number;
    legs.push({ position: legs.length, instrument: key, isCall, long, contracts: 1 + Math.floor(random() * 3), strike, expiry, multiplier: 100, price, longTerm: false });
  };
  if (seed % 2 === 0) {
    const right = random() < 0.5;
    const shape = Math.floor(random() * 3);
    if (shape === 0) [[90, true], [100, false], [110, true]].forEach(([k, long]) => add(right, k as number, long as boolean, 0));
    if (shape === 1) [[90, true], [95, false], [105, false], [110, true]].forEach(([k, long]) => add(right, k as number, long as boolean, 0));
    if (shape === 2) [[false, 90, true], [false, 95, false], [true, 105, false], [true, 110, true]].forEach(([call, k, long]) => add(call as boolean, k as number, long as boolean, 0));
  }
  const count = legs.length + 2 + Math.floor(random() * 4);
  while (legs.length < count) add(random() < 0.5, [90, 95, 100, 105, 110][Math.floor(random() * 5)] as number, random() < 0.45, random() < 0.7 ? 0 : 1);
  const shares = [0, 0, 100, -100][Math.floor(random() * 4)] as number;
  return { underlying: 'XYZ', price: 100, broadIndex: false, leverage: 1, holdable: true, stock: shares === 0 ? null : { position: 99, instrument: 'XYZ', shares }, legs };
}

const coverOf = (g: RegTGroupBook, m = 100) => ({ long: Math.floor(Math.max(g.stock?.shares ?? 0, 0) / m), short: Math.floor(Math.max(-(g.stock?.shares ?? 0), 0) / m) });

/** Every leg margined alone: the naive baseline no pairing may exceed. */
function naive(legs: readonly OptionLeg[], indices: readonly number[], costs: StrategyCosts): number {
  return indices.reduce((sum, i) => sum + (legs[i] as OptionLeg).contracts * costs.single(legs[i] as OptionLeg), 0);
}


describe('choosePairing: the priced search (what large groups get) on small books', () => {
  it('is a valid pairing, never above the pairing with nothing set aside nor below the exact optimum', () => {
    let better = 0;
    let possible = 0;
    let optimal = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const group = smallGroup(seed);
      const indices = group.legs.map((_, i) => i);
      const costs = strategyCosts(group, parameters, 'initial');
      const cover = coverOf(group);
      const exact = choosePairing(group.legs, indices, costs, parameters.strategies, cover);
      const withoutCombinations = choosePairing(group.legs, indices, costs, { ...parameters.strategies, combinations: false }, cover);
      // limit 0 and search limit -1: no enumeration, no local search, straight to the priced search.
      const priced = choosePairing(group.legs, indices, costs, parameters.strategies, cover, 0, -1);
      expect(exact.exact).toBe(true);
      expect(priced.exact).toBe(false);
      expect(checkStrategyUnits(priced.units, group.legs, indices, costs, cover)).toBeCloseTo(priced.cost, 6);
      expect(priced.cost).toBeGreaterThan(exact.cost - 1e-6);
      expect(priced.cost).toBeLessThan(withoutCombinations.cost + 1e-6);
      expect(priced.cost).toBeLessThan(naive(group.legs, indices, costs) + 1e-6);
      if (priced.cost < withoutCombinations.cost - 1e-6) better++;
      if (exact.cost < withoutCombinations.cost - 1e-6) possible++;
      if (priced.cost < exact.cost + 1e-6) optimal++;
    }
    // Measured: 54 of the 200 books gain from combinations, the priced search finds 49 of those
    // gains and the exact optimum on 189 books.
    expect(possible).toBeGreaterThan(40); // the books do exercise combinations
    expect(better).toBeGreaterThan(possible * 0.75);
    expect(optimal).toBeGreaterThanOrEqual(180);
  });
});

/**
 * A large book in the shape of `test/bench/workloads/marginBook.ts`: `underlyings` stocks, 3
 * expiries × 24 strikes × calls and puts each with random signed quantities (|q| ≤ 20), some
 * stock; plus smaller groups of a few series. Marks from Black-Scholes with a random vol per
 * series (so not arbitrage-free across strikes, as real marks are not always).
 */
function largeBook(underlyings: number, seed: number): { instruments: Instrument[]; positions: Position[] } {
  const random = seededRandom(seed);
  const instruments: Instrument[] = [];
  const positions: Position[] = [];
  const hold = (instrument: string) => positions.push({ account: 'EQUITY', instrument, quantity: Math.round((random() - 0.5) * 40) || 1 });
  const expiries = ['2024-04-19', '2024-06-21', '2024-09-20'];
  for (let u = 0; u < underlyings; u++) {
    const id = `STK${u}`;
    const spot = 50 + 10 * u;
    instruments.push({ id, kind: u === 0 ? 'etf' : 'equity', ...(u === 0 ? { class: 'broadIndex' } : {}), price: spot });
    positions.push({ account: 'EQUITY', instrument: id, quantity: Math.round((random() - 0.5) * 600) || 100 });
    const strikes = u % 3 === 2 ? 4 : 24;
    for (const expiry of expiries) {
      for (let k = 0; k < strikes; k++) {
        const strike = Math.round(spot * (0.7 + (0.6 * k) / strikes));
        for (const right of ['call', 'put'] as const) {
          const option = `${id} ${expiry} ${right[0]}${strike}`;
          instruments.push({ id: option, kind: 'option', underlying: id, right, strike, expiry, multiplier: 100, vol: 0.2 + 0.1 * random() });
          hold(option);
        }
      }
    }
  }
  return { instruments, positions };
}

describe('regTMethod on a large book (thousands of legs): bounded, valid, never above the naive baseline', () => {
  const asOf = '2024-03-15';
  const book = largeBook(20, 5);
  const input = marginInput({ asOf, ...book });
  const valuations = priceInstruments(input.book);
  const groupsOf = (): RegTGroupBook[] =>
    (collectRegTGroups(input, [{ id: 'EQUITY', currency: 'USD' }], parameters, (row) => valuations[row * valuationFieldCount + PRICE] as number)[0] as { groups: RegTGroupBook[] }).groups;

  it('computes without throwing, in bounded time, each group between its valid pairing and the naive baseline', () => {
    const started = performance.now();
    const [result] = regTMethod.compute(input, parameters);
    const elapsed = performance.now() - started;
    expect(book.positions.length).toBeGreaterThan(2_000);
    expect(result?.excluded).toEqual([]);
    // The bench target is 250 ms for 10,227 positions; this is a generous bound for a slow CI
    // machine that still catches an exponential search or a deep recursion.
    expect(elapsed).toBeLessThan(5_000);
    const groups = groupsOf();
    expect(groups.length).toBe(20);
    for (const group of groups) {
      const margin = result?.groups.find((g) => g.id === group.underlying);
      const costs = strategyCosts(group, parameters, 'initial');
      const shares = group.stock?.shares ?? 0;
      const indices = group.legs.map((_, i) => i);
      // Naive: every option alone, the stock at its own rate, nothing covered.
      const baseline = naive(group.legs, indices, costs) + Math.abs(shares) * costs.stockPerShare(shares > 0);
      expect(margin?.requirement).toBeGreaterThan(0);
      expect(margin?.requirement).toBeLessThanOrEqual(baseline + 1e-6);
      if (group.legs.length > 100) expect(margin?.notes?.some((n) => n.includes('not proven the cheapest'))).toBe(true);
    }
    const sum = Object.values(result?.components ?? {}).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(result?.initial ?? Number.NaN, 6);
  });

  it('pairs every large group validly: each leg\'s contracts used exactly, every unit priced by the rules, never above the two-leg pairing alone', () => {
    for (const group of groupsOf().filter((g) => g.legs.length > 100)) {
      const costs = strategyCosts(group, parameters, 'initial');
      const indices = group.legs.map((_, i) => i);
      const cover = coverOf(group);
      const pairing = choosePairing(group.legs, indices, costs, parameters.strategies, cover);
      expect(pairing.exact).toBe(false);
      expect(checkStrategyUnits(pairing.units, group.legs, indices, costs, cover)).toBeCloseTo(pairing.cost, 4);
      expect(pairing.units.some((u) => u.kind === 'combination')).toBe(true);
      const twoLegOnly = choosePairing(group.legs, indices, costs, { ...parameters.strategies, combinations: false }, cover);
      expect(pairing.cost).toBeLessThanOrEqual(twoLegOnly.cost + 1e-6);
      expect(pairing.cost).toBeLessThan(naive(group.legs, indices, costs));
    }
  });
});
