import { normalPdf } from '../normalPdf.ts';
import { normalQuantile } from './normalQuantile.ts';

/**
 * Parametric (delta-normal) VaR and ES of a linear exposure w to normally distributed factor
 * moves with daily covariance Σ (k × k, row-major), over h days with √h scaling (the only
 * method scaled that way):
 *   σ_p = √(wᵀΣw),  VaR = z_c·σ_p·√h,  ES = σ_p·√h·n(z_c)/(1 − c)
 * with z_c = N⁻¹(c) and n the normal density (ES97.5 = 2.3378σ). Zero mean.
 */
export function deltaNormalVar(exposure: Float64Array, covariance: Float64Array, confidence: number, horizonDays: number): { var: number; es: number; sigma: number } {
  const k = exposure.length;
  if (covariance.length !== k * k) throw new RangeError(`a covariance for ${k} exposures holds ${k * k} numbers, got ${covariance.length}`);
  let variance = 0;
  for (let i = 0; i < k; i++) {
    let row = 0;
    for (let j = 0; j < k; j++) row += (covariance[i * k + j] as number) * (exposure[j] as number);
    variance += (exposure[i] as number) * row;
  }
  const sigma = Math.sqrt(Math.max(variance, 0));
  const z = normalQuantile(confidence);
  const scale = sigma * Math.sqrt(horizonDays);
  return { var: z * scale, es: (scale * normalPdf(z)) / (1 - confidence), sigma };
}
