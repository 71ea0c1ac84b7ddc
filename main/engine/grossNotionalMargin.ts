/** Column arrays of a book resolved for the gross-notional rule: one entry per position. */
export interface NotionalInputs {
  quantity: Float64Array;
  multiplier: Float64Array;
  /** The reference price: the instrument's own price, or the underlying's for an option. */
  referencePrice: Float64Array;
  rate: Float64Array;
  /** Index of the position's account in 0..accountCount-1. */
  account: Int32Array;
  accountCount: number;
}

/**
 * Requirement per account = Σ |quantity × multiplier × referencePrice| × rate.
 * Writes into `out` when given (length accountCount) and returns it.
 */
export function grossNotionalMargin(inputs: NotionalInputs, out?: Float64Array): Float64Array {
  const n = inputs.quantity.length;
  if (inputs.multiplier.length !== n || inputs.referencePrice.length !== n || inputs.rate.length !== n || inputs.account.length !== n) {
    throw new RangeError('grossNotionalMargin: input arrays differ in length');
  }
  const result = out ?? new Float64Array(inputs.accountCount);
  if (result.length !== inputs.accountCount) throw new RangeError('grossNotionalMargin: out must have one slot per account');
  result.fill(0);
  for (let i = 0; i < n; i++) {
    const a = inputs.account[i]!;
    result[a] = result[a]! + Math.abs(inputs.quantity[i]! * inputs.multiplier[i]! * inputs.referencePrice[i]!) * inputs.rate[i]!;
  }
  return result;
}
