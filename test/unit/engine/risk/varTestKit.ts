import type { PriceSeries } from '../../../../main/engine/risk/priceSeries.ts';
import type { VarParameters } from '../../../../shared/rules/varRules.ts';

/** Parameters for tests: historical simulation, 99%, one day, nothing mapped; override what a test is about. */
export function varParameters(overrides: Partial<VarParameters> = {}): VarParameters {
  return {
    method: 'historical',
    confidence: 0.99,
    horizonDays: 1,
    window: 500,
    lambda: 0.94,
    series: {},
    volIndex: {},
    absoluteFactors: [],
    stressWindows: [],
    chunkScenarios: 3,
    monteCarlo: { paths: 1000, seed: 1, volMoves: true },
    ...overrides,
  };
}

/** `count` consecutive calendar days from `first`. */
export function days(first: string, count: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, k) => new Date(start + k * 86_400_000).toISOString().slice(0, 10));
}

/** A series starting at `start` on dates[0] whose daily relative returns are `returns`. */
export function seriesFromReturns(id: string, dates: readonly string[], returns: readonly number[], start = 100): PriceSeries {
  const closes = [start];
  for (const r of returns) closes.push(closes[closes.length - 1]! * (1 + r));
  return { id, dates: dates.slice(0, closes.length), closes: Float64Array.from(closes) };
}
