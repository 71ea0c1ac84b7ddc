import type { ReturnMatrix } from './returnMatrix.ts';

/**
 * Filtered historical simulation (Barone-Adesi et al.; Hull & White 1998): every daily move is
 * rescaled to today's volatility, r̃_t = r_t · σ_today / σ_t, per column, with the EWMA
 * (RiskMetrics) variance
 *   σ²_1 = mean of r_t² over all the rows (the seed),
 *   σ²_{t+1} = λ·σ²_t + (1 − λ)·r_t²,
 * where σ_t is the forecast made before day t's move (from moves up to t − 1) and σ_today =
 * σ_{n+1}, the forecast after the last move. Absolute columns are filtered the same way (σ of
 * price changes). A column with σ_t = 0 (every move so far zero) keeps its move.
 * Returns the filtered matrix and σ_today per column.
 */
export function filteredReturns(daily: ReturnMatrix, lambda: number): { matrix: ReturnMatrix; sigmaToday: Float64Array } {
  if (!(lambda > 0 && lambda < 1)) throw new RangeError(`EWMA decay ${lambda}: expected a number between 0 and 1`);
  const width = daily.ids.length;
  const rows = daily.dates.length;
  const moves = new Float64Array(rows * width);
  const sigmaToday = new Float64Array(width);
  const sigma = new Float64Array(rows);
  for (let column = 0; column < width; column++) {
    let variance = 0;
    for (let t = 0; t < rows; t++) variance += (daily.moves[t * width + column] as number) ** 2;
    variance = rows > 0 ? variance / rows : 0;
    for (let t = 0; t < rows; t++) {
      sigma[t] = Math.sqrt(variance);
      const move = daily.moves[t * width + column] as number;
      variance = lambda * variance + (1 - lambda) * move * move;
    }
    const today = Math.sqrt(variance);
    sigmaToday[column] = today;
    for (let t = 0; t < rows; t++) {
      const move = daily.moves[t * width + column] as number;
      const s = sigma[t] as number;
      moves[t * width + column] = s > 0 ? (move * today) / s : move;
    }
  }
  return { matrix: { ids: daily.ids, absolute: daily.absolute, dates: daily.dates, moves }, sigmaToday };
}
