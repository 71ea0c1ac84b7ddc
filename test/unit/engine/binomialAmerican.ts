/**
 * Reference American option value from a Cox-Ross-Rubinstein tree (Haug 2007, §7.1.1), the
 * average of `steps` and `steps + 1` steps to cancel the tree's odd/even oscillation. Used only
 * to measure the Bjerksund-Stensland approximation's error.
 */
export function binomialAmerican(isCall: boolean, S: number, K: number, T: number, r: number, b: number, sigma: number, steps: number): number {
  return 0.5 * (crr(isCall, S, K, T, r, b, sigma, steps) + crr(isCall, S, K, T, r, b, sigma, steps + 1));
}

function crr(isCall: boolean, S: number, K: number, T: number, r: number, b: number, sigma: number, n: number): number {
  const dt = T / n;
  const u = Math.exp(sigma * Math.sqrt(dt));
  const d = 1 / u;
  const p = (Math.exp(b * dt) - d) / (u - d);
  const df = Math.exp(-r * dt);
  const exercise = (x: number) => Math.max(isCall ? x - K : K - x, 0);
  const values = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) values[i] = exercise(S * u ** (n - 2 * i));
  for (let j = n - 1; j >= 0; j--) {
    for (let i = 0; i <= j; i++) {
      const hold = df * (p * (values[i] as number) + (1 - p) * (values[i + 1] as number));
      values[i] = Math.max(hold, exercise(S * u ** (j - 2 * i)));
    }
  }
  return values[0] as number;
}
