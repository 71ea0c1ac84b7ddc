import type { ScenarioSet } from '../scenarioSet.ts';
import { cholesky } from './cholesky.ts';
import { normalRandom } from './normalRandom.ts';
import type { ReturnMatrix } from './returnMatrix.ts';
import { scenariosFromMoves, type FactorColumns } from './scenariosFromMoves.ts';

/** A reproducible stream of Monte Carlo scenarios. */
export interface MonteCarloScenarios {
  /** The next `count` paths as scenarios on the book's risk factors. */
  next(count: number): ScenarioSet;
}

/**
 * Monte Carlo scenarios: each path draws the h-day moves of the matrix's columns jointly
 * normal with zero mean and covariance h·Σ, x = √h·L·z with L the Cholesky factor of the daily
 * covariance Σ (`cholesky`) and z independent standard normals from `normalRandom(seed)`, one
 * path after another (so the paths do not depend on how they are split into chunks). A price
 * column's x is applied as the relative (or, for an absolute column, point) move of its risk
 * factor, a vol column's as the relative move of its options' vols (`scenariosFromMoves`);
 * moves are arithmetic, so a linear book's P&L is exactly normal. Every path ages options
 * `daysForward` calendar days.
 */
export function monteCarloScenarios(
  layout: Pick<ReturnMatrix, 'ids' | 'absolute'>,
  dailyCovariance: Float64Array,
  columns: FactorColumns,
  horizonDays: number,
  daysForward: number,
  seed: number,
): MonteCarloScenarios {
  const k = layout.ids.length;
  const factor = cholesky(dailyCovariance, k);
  const scale = Math.sqrt(horizonDays);
  const random = normalRandom(seed);
  const z = new Float64Array(k);
  return {
    next(count) {
      const moves = new Float64Array(count * k);
      for (let path = 0; path < count; path++) {
        random.fill(z);
        for (let i = 0; i < k; i++) {
          let x = 0;
          for (let j = 0; j <= i; j++) x += (factor[i * k + j] as number) * (z[j] as number);
          moves[path * k + i] = scale * x;
        }
      }
      return scenariosFromMoves({ ids: layout.ids, absolute: layout.absolute, dates: [], moves }, columns, 0, count, daysForward);
    },
  };
}
