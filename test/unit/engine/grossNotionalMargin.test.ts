import { describe, expect, it } from 'vitest';
import { grossNotionalMargin } from '../../../main/engine/grossNotionalMargin.ts';

describe('grossNotionalMargin', () => {
  const inputs = {
    quantity: Float64Array.of(10, -5, 3),
    multiplier: Float64Array.of(50, 100, 1),
    referencePrice: Float64Array.of(5000, 170, -37.63),
    rate: Float64Array.of(0.1, 0.15, 0.2),
    account: Int32Array.of(0, 1, 0),
    accountCount: 2,
  };

  it('sums |quantity × multiplier × price| × rate per account (by hand)', () => {
    const out = grossNotionalMargin(inputs);
    expect(out[0]).toBeCloseTo(10 * 50 * 5000 * 0.1 + 3 * 37.63 * 0.2, 10);
    expect(out[1]).toBeCloseTo(5 * 100 * 170 * 0.15, 10);
  });

  it('writes into a given buffer and checks lengths', () => {
    const out = new Float64Array(2).fill(99);
    expect(grossNotionalMargin(inputs, out)).toBe(out);
    expect(out[1]).toBeCloseTo(12750, 10);
    expect(() => grossNotionalMargin(inputs, new Float64Array(3))).toThrow(RangeError);
    expect(() => grossNotionalMargin({ ...inputs, rate: Float64Array.of(1) })).toThrow(RangeError);
  });
});
