import { describe, expect, it } from 'vitest';
import { covariance } from '../../../../main/engine/risk/covariance.ts';

describe('covariance', () => {
  it('is the unbiased sample covariance, means removed, by hand', () => {
    // x = 1, 2, 3, 4 (mean 2.5), y = 2, 4, 5, 9 (mean 5): var x = 5/3, var y = 26/3, cov = 11/3.
    const m = { ids: ['x', 'y', 'z'], absolute: new Uint8Array(3), dates: ['a', 'b', 'c', 'd'], moves: Float64Array.of(1, 2, 0, 2, 4, 0, 3, 5, 0, 4, 9, 0) };
    const c = covariance(m, [0, 1]);
    [5 / 3, 11 / 3, 11 / 3, 26 / 3].forEach((x, k) => expect(c[k]).toBeCloseTo(x, 14));
    expect(Array.from(covariance(m, [1]))).toEqual([c[3]]);
    expect(Array.from(covariance({ ...m, dates: ['a'], moves: m.moves.slice(0, 3) }, [0, 1]))).toEqual([0, 0, 0, 0]);
  });
});
