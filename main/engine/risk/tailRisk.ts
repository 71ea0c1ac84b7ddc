/** VaR and ES of one P&L sample, losses positive, and the scenario of the largest loss. */
export interface TailRisk {
  var: number;
  es: number;
  /** Index of the scenario with the largest loss (the first of equal ones); −1 for an empty sample. */
  worst: number;
}

/**
 * Empirical VaR and ES of N scenario P&Ls (positive = gain) at confidence c. With the losses
 * sorted largest first, L(1) ≥ L(2) ≥ … ≥ L(N), and m = N·(1 − c) the expected number of
 * tail scenarios:
 * - VaR = L(k), k = ⌈m⌉ (at least 1): the k-th largest loss, no interpolation. 500 scenarios
 *   at 99% → m = 5 → the 5th largest loss (Hull's convention); at 97.5% → m = 12.5 → the 13th.
 * - ES = (L(1) + … + L(⌊m⌋) + (m − ⌊m⌋)·L(⌊m⌋ + 1)) / m: the mean of the worst m scenarios,
 *   the last one counted with its fraction (Acerbi & Tasche 2002). m = 5 → the mean of the 5
 *   largest losses; m < 1 → L(1). Every term is ≥ L(k), so ES ≥ VaR.
 * m is rounded to 1e-9 first, so 500 × (1 − 0.99) = 5.000000000000004 counts as 5.
 * An empty sample gives 0 and 0.
 */
export function tailRisk(pnl: Float64Array, confidence: number): TailRisk {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence ${confidence}: expected a number between 0 and 1`);
  const n = pnl.length;
  if (n === 0) return { var: 0, es: 0, worst: -1 };
  let worst = 0;
  for (let s = 1; s < n; s++) if ((pnl[s] as number) < (pnl[worst] as number)) worst = s;
  const sorted = Float64Array.from(pnl).sort(); // ascending P&L: largest loss first
  const m = Math.round(n * (1 - confidence) * 1e9) / 1e9;
  const k = Math.min(n, Math.max(1, Math.ceil(m)));
  const whole = Math.min(n, Math.floor(m));
  const fraction = m - whole;
  let tail = 0;
  for (let i = 0; i < whole; i++) tail += sorted[i] as number;
  if (fraction > 0 && whole < n) tail += fraction * (sorted[whole] as number);
  const es = m > 0 ? -tail / m : -(sorted[0] as number);
  return { var: -(sorted[k - 1] as number) + 0, es: es + 0, worst };
}
