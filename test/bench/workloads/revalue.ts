import { availableParallelism } from 'node:os';
import type { ResolvedBook } from '../../../main/engine/resolvedBook.ts';
import { resolveBook, type BookInput } from '../../../main/engine/resolveBook.ts';
import { revalue } from '../../../main/engine/revalue.ts';
import { createScenarioSet, type ScenarioSet } from '../../../main/engine/scenarioSet.ts';
import type { Instrument } from '../../../shared/instrument.ts';
import type { Position } from '../../../shared/portfolioDocument.ts';
import { naiveRevalue } from '../../unit/engine/naiveRevalue.ts';
import type { BenchWorkload } from '../benchWorkload.ts';
import { RevaluePool } from '../../../main/worker/revaluePool.ts';

const underlyings = 50;
const expiries = ['2024-04-19', '2024-05-17', '2024-06-21', '2024-09-20'];
const strikesPerExpiry = 25;
const priceMoves = Array.from({ length: 21 }, (_, k) => -0.3 + 0.03 * k);
const volShifts = [-0.5, -0.25, -0.1, 0, 0.1, 0.25, 0.5, 1];
const daysForward = [0, 1, 7, 14, 30, 60];
const measuredRuns = 5;

/**
 * 10,000 European option positions on 50 underlyings (4 expiries × 25 strikes, a call and a
 * put at each, each its own instrument: no netting helps) × 1,008 scenarios (21 price moves
 * −30%..+30% × 8 relative vol shifts × 6 horizons 0..60 days), full revaluation. Rates are
 * positions × scenarios per second of wall time, the median of 5 runs after 2 warm-ups; the
 * P&L matrix [position × scenario] is written every run. Beside it: the naive rate (one
 * scalar model call per position and scenario) and the American rate (Bjerksund-Stensland
 * per position and scenario, calls and puts on a 2%-yield stock), each on one underlying's
 * 200 positions.
 */
export const workload: BenchWorkload = {
  id: 'revalue',
  description: '10,000 option positions × 1,008 scenarios, full revaluation (one thread, then all worker threads)',
  async run() {
    const started = performance.now();
    const book = resolveBook(benchBook());
    const resolveMs = performance.now() - started;
    const scenarios = scenarioGrid(book.underlyingIds.length);
    const positions = book.positions.quantity.length;
    const evaluations = positions * scenarios.count;

    const out = new Float64Array(evaluations);
    const singleTimes = await timeRuns(async () => void revalue(book, scenarios, 0, book.instruments.id.length, out));
    const singleMs = median(singleTimes);

    const threads = availableParallelism();
    const workersMs = median(await timeWorkers(book, scenarios, threads, out));

    // Naive reference on one underlying's 200 positions: one scalar model call per
    // position and scenario, no shared terms (test/unit/engine/naiveRevalue.ts).
    const oneUnderlying = resolveBook(benchBook(1));
    const naiveScenarios = scenarioGrid(oneUnderlying.underlyingIds.length);
    const naiveMs = median(await timeRuns(async () => void naiveRevalue(oneUnderlying, naiveScenarios), 1, 3));
    const naiveRate = (oneUnderlying.positions.quantity.length * naiveScenarios.count) / (naiveMs / 1000);

    // American exercise (Bjerksund-Stensland, no shared d1/d2): the same chain, American.
    const american = resolveBook(benchBook(1, 'american'));
    const americanMs = median(await timeRuns(async () => void revalue(american, naiveScenarios), 1, 3));

    const rate = evaluations / (singleMs / 1000);
    return {
      positions,
      instruments: book.instruments.id.length,
      strikeNodes: new Set(book.instruments.node.filter((node) => node >= 0)).size,
      scenarios: scenarios.count,
      evaluations,
      resolveMs: round(resolveMs),
      wallMs: round(singleMs),
      bestWallMs: round(Math.min(...singleTimes)),
      evaluationsPerSecond: Math.round(rate),
      workerThreads: threads,
      workersWallMs: round(workersMs),
      workersEvaluationsPerSecond: Math.round(evaluations / (workersMs / 1000)),
      naiveEvaluationsPerSecond: Math.round(naiveRate),
      americanEvaluationsPerSecond: Math.round((american.positions.quantity.length * naiveScenarios.count) / (americanMs / 1000)),
      speedupOverNaive: round(rate / naiveRate),
      targetEvaluationsPerSecond: 40_000_000,
      meetsTarget: rate >= 40_000_000,
    };
  },
};

/** The bench book: `count` underlyings, each with a chain of calls and puts on a vol smile. */
function benchBook(count = underlyings, exercise: 'european' | 'american' = 'european'): BookInput {
  const instruments: Instrument[] = [];
  const positions: Position[] = [];
  for (let u = 0; u < count; u++) {
    const id = `U${String(u).padStart(2, '0')}`;
    const spot = 40 + 9.5 * u;
    instruments.push({ id, kind: 'equity', price: spot, dividendYield: 0.005 * (u % 4) + (exercise === 'american' ? 0.02 : 0) });
    for (const expiry of expiries) {
      for (let k = 0; k < strikesPerExpiry; k++) {
        const strike = Number((spot * (0.7 + (0.6 * k) / (strikesPerExpiry - 1))).toFixed(2));
        const vol = 0.18 + 0.004 * (u % 10) + 0.25 * (strike / spot - 1) ** 2;
        for (const right of ['call', 'put'] as const) {
          const option = `${id} ${expiry} ${strike} ${right === 'call' ? 'C' : 'P'}`;
          instruments.push({ id: option, kind: 'option', underlying: id, right, strike, expiry, vol, multiplier: 100, exercise });
          positions.push({ account: `DESK-${u % 4}`, instrument: option, quantity: ((k * 7 + u) % 11) - 5 || 3 });
        }
      }
    }
  }
  return { asOf: '2024-03-15', instruments, positions, market: { rates: { USD: 0.053 } } };
}

/** 21 relative price moves × 8 relative vol shifts × 6 horizons, the same on every underlying. */
function scenarioGrid(factors: number): ScenarioSet {
  const set = createScenarioSet(priceMoves.length * volShifts.length * daysForward.length, factors);
  let s = 0;
  for (const move of priceMoves) {
    for (const vol of volShifts) {
      for (const days of daysForward) {
        set.daysForward[s] = days;
        set.priceRelative.fill(move, s * factors, (s + 1) * factors);
        set.volRelative.fill(vol, s * factors, (s + 1) * factors);
        s++;
      }
    }
  }
  return set;
}

async function timeRuns(run: () => Promise<void>, warmups = 2, runs = measuredRuns): Promise<number[]> {
  for (let k = 0; k < warmups; k++) await run();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

/** All threads fill one shared [position × scenario] buffer: the app's RevaluePool, threads already started. */
async function timeWorkers(book: ResolvedBook, scenarios: ScenarioSet, threads: number, expected: Float64Array): Promise<number[]> {
  const pool = new RevaluePool(new URL('../../../main/worker/revalueSliceWorker.ts', import.meta.url), threads);
  let shared: Float64Array<ArrayBufferLike> = new Float64Array(0);
  try {
    const times = await timeRuns(async () => {
      shared = await pool.revalue(book, scenarios);
    });
    if (!shared.every((x, k) => x === expected[k])) throw new Error('the worker threads’ matrix differs from the single-thread one');
    return times;
  } finally {
    await pool.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
