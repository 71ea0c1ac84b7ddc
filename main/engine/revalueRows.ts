import { bjerksundStensland2002 } from './bjerksundStensland2002.ts';
import { normalCdfPair } from './normalCdfPair.ts';
import { AMERICAN, LINEAR, type ResolvedBook } from './resolvedBook.ts';
import type { ScenarioSet } from './scenarioSet.ts';

/** Inverse values divide by the scenario price; it is floored at this share of the base price. */
const inversePriceFloor = 1e-8;

/**
 * The engine of scenario revaluation (`revalue`, `revalueInstruments`): the value of ONE unit
 * of every instrument row in [start, end) — in the row's settlement currency, the coin for
 * inverse rows — in the base state and under every scenario, handed to
 * `emit(sink, row, value)` with value[0] the base and value[1 + s] scenario s (the array is
 * reused: read it inside `emit`). Rows for which `wanted(sink, row)` is false are skipped.
 * Pass module-level functions for `emit` and `wanted` (not fresh closures) so the optimiser can
 * keep them inlined across calls. Callers check their arguments first (`checkRevalueArguments`).
 *
 * Every option is repriced with its model (no Taylor expansion); the work is shared by
 * structure, in the order `resolveBook` sorts rows:
 * - per risk factor: the scenario's price factor and vol shift, loaded once;
 * - per group (same underlying price, expiry, rate, carry) and scenario: the scenario forward,
 *   its log, the discount factor and √T, once for all strikes on that expiry;
 * - per node (same group, strike and vol: a call and a put at one strike) and scenario: d1,
 *   N(d1), N(d2) with one exponential (`normalCdfPair`); the call is DF·(F·N(d1) − K·N(d2)),
 *   the put follows by parity, call − DF·(F − K).
 * The base value goes through the same arithmetic as the scenarios, so a scenario that moves
 * nothing changes nothing. American rows are repriced one by one with Bjerksund-Stensland.
 *
 * Scenario edge cases give values: an option past expiry in the scenario (daysForward beyond
 * it) is worth its exercise value at the scenario price; a zero vol gives the discounted
 * forward intrinsic value; a scenario price ≤ 0 under a lognormal model gives the limit value
 * (call 0, put DF·(K − F)); linear rows follow negative prices as they are (an inverse linear
 * row's value is its P&L in the coin, (x − base)/x); an inverse row's scenario price is
 * floored at 1e-8 × its base price (a finite, very large loss instead of ÷0).
 */
export function revalueRows<Sink>(
  book: ResolvedBook,
  scenarios: ScenarioSet,
  start: number,
  end: number,
  sink: Sink,
  emit: (sink: Sink, row: number, value: Float64Array) => void,
  wanted?: (sink: Sink, row: number) => boolean,
): void {
  const t = book.instruments;
  const count = scenarios.count;
  const factors = book.underlyingIds.length;
  // Per-scenario working columns; index 0 is the base (no move), 1..count the scenarios.
  const m = count + 1;
  const priceFactor = new Float64Array(m);
  const priceShift = new Float64Array(m);
  const volFactor = new Float64Array(m);
  const volShift = new Float64Array(m);
  const elapsed = new Float64Array(m);
  for (let s = 1; s < m; s++) elapsed[s] = (scenarios.daysForward[s - 1] as number) / 365;
  const level = new Float64Array(m);
  const forward = new Float64Array(m);
  const logForward = new Float64Array(m);
  const discount = new Float64Array(m);
  const rootTime = new Float64Array(m);
  const tau = new Float64Array(m);
  const n1 = new Float64Array(m);
  const n2 = new Float64Array(m);
  const value = new Float64Array(m);

  let currentFactor = -1;
  let currentGroup = -1;
  let currentNode = -1;
  for (let i = start; i < end; i++) {
    if (wanted !== undefined && !wanted(sink, i)) continue;
    const u = t.underlying[i] as number;
    if (u !== currentFactor) {
      priceFactor[0] = 1;
      priceShift[0] = 0;
      volFactor[0] = 1;
      volShift[0] = 0;
      for (let s = 1; s < m; s++) {
        const cell = (s - 1) * factors + u;
        priceFactor[s] = 1 + (scenarios.priceRelative[cell] as number);
        priceShift[s] = scenarios.priceAbsolute[cell] as number;
        volFactor[s] = 1 + (scenarios.volRelative[cell] as number);
        volShift[s] = scenarios.volAbsolute[cell] as number;
      }
      currentFactor = u;
      currentGroup = -1;
      currentNode = -1;
    }
    const base = t.level[i] as number;
    const inverse = t.inverse[i] === 1;
    const floor = base * inversePriceFloor;
    const model = t.model[i];
    if (model === LINEAR) {
      for (let s = 0; s < m; s++) {
        const x = base * (priceFactor[s] as number) + (priceShift[s] as number);
        value[s] = inverse ? (x - base) / Math.max(x, floor) : x;
      }
    } else {
      const K = t.strike[i] as number;
      const sigma = t.vol[i] as number;
      const r = t.rate[i] as number;
      const b = t.carry[i] as number;
      const group = t.group[i] as number;
      if (group !== currentGroup || group < 0) {
        const T = t.expiry[i] as number;
        for (let s = 0; s < m; s++) {
          const remaining = Math.max(T - (elapsed[s] as number), 0);
          const x = base * (priceFactor[s] as number) + (priceShift[s] as number);
          const f = x * Math.exp(b * remaining);
          level[s] = x;
          forward[s] = f;
          logForward[s] = f > 0 ? Math.log(f) : 0;
          discount[s] = Math.exp(-r * remaining);
          rootTime[s] = Math.sqrt(remaining);
          tau[s] = remaining;
        }
        currentGroup = group;
        currentNode = -1;
      }
      if (model === AMERICAN) {
        const isCall = t.isCall[i] === 1;
        for (let s = 0; s < m; s++) {
          const vol = Math.max(sigma * (volFactor[s] as number) + (volShift[s] as number), 0);
          value[s] = bjerksundStensland2002(isCall, level[s] as number, K, tau[s] as number, r, b, vol);
        }
      } else {
        const node = t.node[i] as number;
        if (node !== currentNode || node < 0) {
          const logK = Math.log(K);
          const invK = 1 / K;
          for (let s = 0; s < m; s++) {
            const sd = Math.max(sigma * (volFactor[s] as number) + (volShift[s] as number), 0) * (rootTime[s] as number);
            const f = forward[s] as number;
            if (sd > 0 && f > 0) {
              normalCdfPair(((logForward[s] as number) - logK) / sd + 0.5 * sd, sd, f * invK, n1, n2, s);
            } else {
              const step = f > K ? 1 : f < K ? 0 : 0.5;
              n1[s] = step;
              n2[s] = step;
            }
          }
          currentNode = node;
        }
        const putShare = t.isCall[i] === 1 ? 0 : 1;
        for (let s = 0; s < m; s++) {
          const f = forward[s] as number;
          value[s] = (discount[s] as number) * (f * (n1[s] as number) - K * (n2[s] as number) - putShare * (f - K));
        }
      }
      if (inverse) for (let s = 0; s < m; s++) value[s] = (value[s] as number) / Math.max(level[s] as number, floor);
    }
    emit(sink, i, value);
  }
}

/** Throws a RangeError unless the scenarios fit the book's risk factors and [start, end) its rows. */
export function checkRevalueArguments(book: ResolvedBook, scenarios: ScenarioSet, start: number, end: number): void {
  const factors = book.underlyingIds.length;
  const rows = book.instruments.id.length;
  if (scenarios.underlyingCount !== factors) throw new RangeError(`scenarios cover ${scenarios.underlyingCount} underlyings, the book has ${factors}`);
  const cells = scenarios.count * factors;
  for (const name of ['priceRelative', 'priceAbsolute', 'volRelative', 'volAbsolute'] as const) {
    if (scenarios[name].length !== cells) throw new RangeError(`scenarios.${name} holds ${scenarios[name].length} numbers, needs ${scenarios.count} × ${factors}`);
  }
  if (scenarios.daysForward.length !== scenarios.count) throw new RangeError(`scenarios.daysForward holds ${scenarios.daysForward.length} numbers, needs ${scenarios.count}`);
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= rows)) {
    throw new RangeError(`row range [${start}, ${end}) is not inside [0, ${rows})`);
  }
}
