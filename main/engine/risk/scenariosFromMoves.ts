import { createScenarioSet, type ScenarioSet } from '../scenarioSet.ts';
import type { ReturnMatrix } from './returnMatrix.ts';

/** Where each risk factor of a book finds its moves in a return matrix. */
export interface FactorColumns {
  /** Per risk factor (`book.underlyingIds`): the column of its price moves, −1 for none (price unchanged). */
  price: Int32Array;
  /** Per risk factor: the column of its vol index, −1 for none (vols unchanged). */
  vol: Int32Array;
}

/**
 * Rows [first, first + count) of a return matrix as scenarios on a book's risk factors: a
 * relative price column becomes `priceRelative` (every price on the factor × (1 + r)), an
 * absolute one `priceAbsolute` (+Δ points); a vol-index column moves every option vol on the
 * factor by the index's relative change (`volRelative`: σ × I_t / I_s), or, were the index
 * absolute, by its change in vol points (`volAbsolute`: Δ / 100). Every scenario moves time
 * `daysForward` calendar days.
 */
export function scenariosFromMoves(matrix: ReturnMatrix, columns: FactorColumns, first: number, count: number, daysForward: number): ScenarioSet {
  const factors = columns.price.length;
  const width = matrix.ids.length;
  const set = createScenarioSet(count, factors);
  set.daysForward.fill(daysForward);
  for (let s = 0; s < count; s++) {
    const row = (first + s) * width;
    for (let u = 0; u < factors; u++) {
      const cell = s * factors + u;
      const price = columns.price[u] as number;
      if (price >= 0) {
        const move = matrix.moves[row + price] as number;
        if (matrix.absolute[price] === 1) set.priceAbsolute[cell] = move;
        else set.priceRelative[cell] = move;
      }
      const vol = columns.vol[u] as number;
      if (vol >= 0) {
        const move = matrix.moves[row + vol] as number;
        if (matrix.absolute[vol] === 1) set.volAbsolute[cell] = move / 100;
        else set.volRelative[cell] = move;
      }
    }
  }
  return set;
}
