import { describe, expect, it } from 'vitest';
import { cholesky } from '../../../../main/engine/risk/cholesky.ts';

function product(l: Float64Array, k: number): Float64Array {
  const out = new Float64Array(k * k);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) for (let m = 0; m < k; m++) out[i * k + j]! += l[i * k + m]! * l[j * k + m]!;
  return out;
}

describe('cholesky', () => {
  it('factors a positive definite matrix: the textbook example', () => {
    // A = [[4, 12, −16], [12, 37, −43], [−16, −43, 98]] → L = [[2, 0, 0], [6, 1, 0], [−8, 5, 3]] (exact in doubles).
    const l = cholesky(Float64Array.of(4, 12, -16, 12, 37, -43, -16, -43, 98), 3);
    expect(Array.from(l)).toEqual([2, 0, 0, 6, 1, 0, -8, 5, 3]);
  });

  it('factors a semi-definite matrix (two series moving together exactly) with a zero column', () => {
    // Σ of (x, 2x, y): rank 2. L·Lᵀ reproduces it to 1e-15 relative.
    const a = Float64Array.of(1, 2, 0.3, 2, 4, 0.6, 0.3, 0.6, 2);
    const l = cholesky(a, 3);
    expect(l[4]).toBe(0);
    const back = product(l, 3);
    for (let i = 0; i < 9; i++) expect(Math.abs(back[i]! - a[i]!)).toBeLessThan(1e-15 * 4);
  });

  it('refuses a negative variance or a wrong size', () => {
    expect(() => cholesky(Float64Array.of(-1), 1)).toThrow(RangeError);
    expect(() => cholesky(new Float64Array(3), 2)).toThrow(RangeError);
  });
});
