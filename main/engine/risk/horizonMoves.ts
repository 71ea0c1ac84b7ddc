import type { ReturnMatrix } from './returnMatrix.ts';

/**
 * Overlapping h-day moves from daily ones: row j spans daily rows j … j + h − 1 and ends on the
 * last one's date, so n daily moves give n − h + 1 rows (none when n < h). Relative moves
 * compound, Π(1 + r) − 1 (the price ratio over the h days); absolute ones add up. No √h
 * scaling: each row is a move the history actually made over h days. h = 1 returns the matrix.
 */
export function horizonMoves(daily: ReturnMatrix, days: number): ReturnMatrix {
  if (!(Number.isInteger(days) && days >= 1)) throw new RangeError(`a horizon of ${days} days: expected a whole number of at least 1`);
  if (days === 1) return daily;
  const width = daily.ids.length;
  const rows = Math.max(0, daily.dates.length - days + 1);
  const moves = new Float64Array(rows * width);
  for (let column = 0; column < width; column++) {
    const absolute = daily.absolute[column] === 1;
    for (let row = 0; row < rows; row++) {
      let total = absolute ? 0 : 1;
      for (let k = row; k < row + days; k++) {
        const move = daily.moves[k * width + column] as number;
        total = absolute ? total + move : total * (1 + move);
      }
      moves[row * width + column] = absolute ? total : total - 1;
    }
  }
  return { ids: daily.ids, absolute: daily.absolute, dates: daily.dates.slice(days - 1), moves };
}
