/**
 * Layout of one valuation in a Float64Array: the model price and its sensitivities, per ONE
 * unit of the instrument (never times multiplier or quantity). Units, as the `price` command
 * prints them (`../shared/spec/portfolio-document.md`):
 * - price: in the instrument's quote currency
 * - delta: per 1.00 move of the underlying price; gamma: per 1.00²
 * - vega: per 1 vol point (σ + 0.01); theta: per calendar day (value lost as one day passes,
 *   −∂V/∂T / 365); rho: per 1 percentage point of the discount rate (r + 0.01)
 * - vanna: change of delta per vol point; volga: change of vega per vol point
 */
export const valuationFields = ['price', 'delta', 'gamma', 'vega', 'theta', 'rho', 'vanna', 'volga'] as const;
export type ValuationField = (typeof valuationFields)[number];
export const valuationFieldCount = valuationFields.length;

export const PRICE = 0;
export const DELTA = 1;
export const GAMMA = 2;
export const VEGA = 3;
export const THETA = 4;
export const RHO = 5;
export const VANNA = 6;
export const VOLGA = 7;

/** Returns `out` (or a new buffer) after checking it can hold one valuation. */
export function valuationBuffer(out?: Float64Array): Float64Array {
  if (out === undefined) return new Float64Array(valuationFieldCount);
  if (out.length < valuationFieldCount) throw new RangeError(`valuation buffer holds ${out.length} numbers, needs ${valuationFieldCount}`);
  return out;
}
