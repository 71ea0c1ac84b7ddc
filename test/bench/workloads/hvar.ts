import { availableParallelism } from 'node:os';
import { resolveBook, type BookInput } from '../../../main/engine/resolveBook.ts';
import { normalRandom } from '../../../main/engine/risk/normalRandom.ts';
import type { PriceSeries } from '../../../main/engine/risk/priceSeries.ts';
import { startVar, type VarInput } from '../../../main/engine/risk/startVar.ts';
import type { VarParameters } from '../../../shared/rules/varRules.ts';
import type { Instrument } from '../../../shared/instrument.ts';
import type { Position } from '../../../shared/portfolioDocument.ts';
import type { BenchWorkload } from '../benchWorkload.ts';

const underlyings = 50;
const expiries = ['2024-04-19', '2024-05-17', '2024-06-21', '2024-09-20'];
const strikesPerExpiry = 25;
const asOf = '2024-03-15';
const days = 500;
const monteCarloPaths = 10_000;
const targetMs = 1000;

/**
 * Historical-simulation VaR with full revaluation: 10,000 European option positions on 50
 * underlyings (4 expiries × 25 strikes, a call and a put each, every one its own instrument) in
 * 4 accounts, over 500 days of synthetic history (seeded, one common factor, a vol index moving
 * every option's vol), 99%, 1 day, options aged a day. Timed end to end (align the histories,
 * build the scenarios, revalue 10,000 × 500, sum per account, take the quantiles) on one
 * thread, the median of 3 runs after a warm-up; target under 1 s. Then Monte Carlo VaR with
 * 10,000 paths on the same book (one run).
 */
export const workload: BenchWorkload = {
  id: 'hvar',
  description: '10,000 option positions × 500 days historical VaR, full revaluation; Monte Carlo 10,000 paths',
  async run() {
    const book = resolveBook(benchBook());
    const input: VarInput = { book, accounts: ['DESK-0', 'DESK-1', 'DESK-2', 'DESK-3'].map((id) => ({ id, currency: 'USD' })), history: benchHistory() };
    const parameters: VarParameters = {
      method: 'historical',
      confidence: 0.99,
      horizonDays: 1,
      window: days,
      lambda: 0.94,
      series: {},
      volIndex: Object.fromEntries(book.underlyingIds.map((id) => [id, 'VOL'])),
      absoluteFactors: [],
      stressWindows: [],
      chunkScenarios: 500,
      monteCarlo: { paths: monteCarloPaths, seed: 1, volMoves: true },
    };
    const positions = book.positions.quantity.length;
    const historicalMs = median(timeRuns(() => runAll(input, parameters), 1, 3));
    const steps = startVar(input, parameters).steps;
    const monteCarloMs = median(timeRuns(() => runAll(input, { ...parameters, method: 'monte-carlo' }), 0, 1));
    return {
      positions,
      instruments: book.instruments.id.length,
      days,
      evaluations: positions * days,
      historicalWallMs: round(historicalMs),
      historicalSteps: steps,
      evaluationsPerSecond: Math.round((positions * days) / (historicalMs / 1000)),
      targetMs,
      meetsTarget: historicalMs < targetMs,
      monteCarloPaths,
      monteCarloWallMs: round(monteCarloMs),
      monteCarloEvaluationsPerSecond: Math.round((positions * monteCarloPaths) / (monteCarloMs / 1000)),
      cores: availableParallelism(),
      threadsUsed: 1,
    };
  },
};

function runAll(input: VarInput, parameters: VarParameters): void {
  const run = startVar(input, parameters);
  while (run.step());
  run.result();
}

/** The bench book: `underlyings` chains of calls and puts on a vol smile, as in the `revalue` workload. */
function benchBook(): BookInput {
  const instruments: Instrument[] = [];
  const positions: Position[] = [];
  for (let u = 0; u < underlyings; u++) {
    const id = `U${String(u).padStart(2, '0')}`;
    const spot = 40 + 9.5 * u;
    instruments.push({ id, kind: 'equity', price: spot, dividendYield: 0.005 * (u % 4) });
    for (const expiry of expiries) {
      for (let k = 0; k < strikesPerExpiry; k++) {
        const strike = Number((spot * (0.7 + (0.6 * k) / (strikesPerExpiry - 1))).toFixed(2));
        const vol = 0.18 + 0.004 * (u % 10) + 0.25 * (strike / spot - 1) ** 2;
        for (const right of ['call', 'put'] as const) {
          const option = `${id} ${expiry} ${strike} ${right === 'call' ? 'C' : 'P'}`;
          instruments.push({ id: option, kind: 'option', underlying: id, right, strike, expiry, vol, multiplier: 100 });
          positions.push({ account: `DESK-${u % 4}`, instrument: option, quantity: ((k * 7 + u) % 11) - 5 || 3 });
        }
      }
    }
  }
  return { asOf, instruments, positions, market: { rates: { USD: 0.053 } } };
}

/** days + 1 closes per underlying (1% common and 1% own daily moves) and a vol index falling when the market rises. */
function benchHistory(): PriceSeries[] {
  const random = normalRandom(20240315);
  const end = Date.parse(`${asOf}T00:00:00Z`);
  const dates = Array.from({ length: days + 1 }, (_, k) => new Date(end - (days - k) * 86_400_000).toISOString().slice(0, 10));
  const market = new Float64Array(days);
  random.fill(market);
  const own = new Float64Array(days);
  const series: PriceSeries[] = [];
  for (let u = 0; u < underlyings; u++) {
    random.fill(own);
    const closes = new Float64Array(days + 1);
    closes[0] = 100;
    for (let t = 0; t < days; t++) closes[t + 1] = closes[t]! * (1 + 0.01 * market[t]! + 0.01 * own[t]!);
    series.push({ id: `U${String(u).padStart(2, '0')}`, dates, closes });
  }
  const vol = new Float64Array(days + 1);
  vol[0] = 20;
  for (let t = 0; t < days; t++) vol[t + 1] = vol[t]! * (1 - 0.05 * market[t]!);
  series.push({ id: 'VOL', dates, closes: vol });
  return series;
}

function timeRuns(run: () => void, warmups: number, runs: number): number[] {
  for (let k = 0; k < warmups; k++) run();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
