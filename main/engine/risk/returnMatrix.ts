/**
 * Moves of several series on the same dates: row = one move (a day's, or h days' overlapping),
 * column = one series (a risk factor's price, or a vol index).
 */
export interface ReturnMatrix {
  /** Series ids, one per column. */
  ids: string[];
  /** 1 where a column's moves are absolute price changes (P_t − P_s), 0 where relative (P_t / P_s − 1). */
  absolute: Uint8Array;
  /** The date each move ends on (the close it reaches), oldest first. */
  dates: string[];
  /** Row-major: moves[row × ids.length + column]. */
  moves: Float64Array;
}

/** The last `count` rows (all of them when there are fewer). */
export function lastRows(matrix: ReturnMatrix, count: number): ReturnMatrix {
  const first = Math.max(0, matrix.dates.length - count);
  const width = matrix.ids.length;
  return { ids: matrix.ids, absolute: matrix.absolute, dates: matrix.dates.slice(first), moves: matrix.moves.slice(first * width) };
}
