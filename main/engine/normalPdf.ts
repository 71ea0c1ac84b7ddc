const invSqrt2Pi = 0.3989422804014327;

/** Standard normal density n(x) = exp(−x²/2)/√(2π). */
export function normalPdf(x: number): number {
  return invSqrt2Pi * Math.exp(-0.5 * x * x);
}
