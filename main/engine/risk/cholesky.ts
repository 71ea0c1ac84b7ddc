/**
 * Lower-triangular L with L·Lᵀ = A for a symmetric positive semi-definite k × k matrix
 * (row-major), out[i × k + j], j ≤ i. Sample covariances are often only semi-definite (two
 * series that move together exactly, fewer days than series): a pivot at or below 1e-12 of its
 * diagonal entry makes that column of L zero, so the factor takes the moves the earlier ones
 * imply and no more. A negative variance on the diagonal is an error.
 */
export function cholesky(a: Float64Array, k: number): Float64Array {
  if (a.length !== k * k) throw new RangeError(`a ${k} × ${k} matrix holds ${k * k} numbers, got ${a.length}`);
  const l = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    const diagonal = a[j * k + j] as number;
    if (diagonal < 0) throw new RangeError(`entry (${j}, ${j}) is a negative variance (${diagonal})`);
    let pivot = diagonal;
    for (let m = 0; m < j; m++) pivot -= (l[j * k + m] as number) ** 2;
    if (!(pivot > 1e-12 * diagonal)) continue;
    const root = Math.sqrt(pivot);
    l[j * k + j] = root;
    for (let i = j + 1; i < k; i++) {
      let sum = a[i * k + j] as number;
      for (let m = 0; m < j; m++) sum -= (l[i * k + m] as number) * (l[j * k + m] as number);
      l[i * k + j] = sum / root;
    }
  }
  return l;
}
