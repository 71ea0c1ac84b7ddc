import { describe, expect, it } from 'vitest';
import { filteredReturns } from '../../../../main/engine/risk/filteredReturns.ts';

describe('filteredReturns', () => {
  it('rescales each move by σ_today/σ_t with the EWMA variance, by hand', () => {
    // r = 1%, −2%, 3%, λ = 0.9. Seed σ²₁ = (1 + 4 + 9)e-4 / 3 = 4.6667e-4;
    // σ²₂ = 0.9·σ²₁ + 0.1·1e-4 = 4.3e-4; σ²₃ = 0.9·4.3e-4 + 0.1·4e-4 = 4.27e-4;
    // σ²_today = 0.9·4.27e-4 + 0.1·9e-4 = 4.743e-4 → σ_today = 0.0217784297.
    // r̃ = r·√(4.743e-4/σ²_t) = 0.0100814540, −0.0210049828, 0.0316179625 (tolerance 1e-10).
    const daily = { ids: ['X'], absolute: new Uint8Array(1), dates: ['d1', 'd2', 'd3'], moves: Float64Array.of(0.01, -0.02, 0.03) };
    const { matrix, sigmaToday } = filteredReturns(daily, 0.9);
    expect(sigmaToday[0]).toBeCloseTo(0.0217784297, 10);
    [0.010081454, -0.0210049828, 0.0316179625].forEach((x, t) => expect(matrix.moves[t]).toBeCloseTo(x, 10));
    expect(matrix.dates).toBe(daily.dates);
  });

  it('filters each column on its own and leaves an all-zero column at zero', () => {
    const daily = { ids: ['X', 'Y'], absolute: new Uint8Array(2), dates: ['d1', 'd2'], moves: Float64Array.of(0.01, 0, -0.01, 0) };
    const { matrix } = filteredReturns(daily, 0.94);
    expect(matrix.moves[1]).toBe(0);
    expect(matrix.moves[3]).toBe(0);
    // Column X: σ²₁ = 1e-4 = σ²₂ = σ²_today: unchanged moves.
    expect(matrix.moves[0]).toBeCloseTo(0.01, 15);
    expect(matrix.moves[2]).toBeCloseTo(-0.01, 15);
    expect(() => filteredReturns(daily, 1)).toThrow(RangeError);
  });
});
