import type { ReturnMatrix } from './returnMatrix.ts';

/**
 * Sample covariance of the chosen columns of a return matrix: means removed, divisor n − 1
 * (the unbiased estimator), out[i × k + j] for k = columns.length. Fewer than 2 rows give
 * zeros (no dispersion can be measured).
 */
export function covariance(matrix: ReturnMatrix, columns: readonly number[]): Float64Array {
  const k = columns.length;
  const width = matrix.ids.length;
  const rows = matrix.dates.length;
  const out = new Float64Array(k * k);
  if (rows < 2) return out;
  const mean = new Float64Array(k);
  columns.forEach((c, i) => {
    let sum = 0;
    for (let t = 0; t < rows; t++) sum += matrix.moves[t * width + c] as number;
    mean[i] = sum / rows;
  });
  for (let i = 0; i < k; i++) {
    const ci = columns[i] as number;
    for (let j = 0; j <= i; j++) {
      const cj = columns[j] as number;
      let sum = 0;
      for (let t = 0; t < rows; t++) sum += ((matrix.moves[t * width + ci] as number) - (mean[i] as number)) * ((matrix.moves[t * width + cj] as number) - (mean[j] as number));
      const value = sum / (rows - 1);
      out[i * k + j] = value;
      out[j * k + i] = value;
    }
  }
  return out;
}
