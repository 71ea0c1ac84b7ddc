const invSqrt2Pi = 0.3989422804014327;

/**
 * N(d1) and N(d2) for d2 = d1 − sd, written to n1[at] and n2[at], with ONE exponential:
 * n(d2) = n(d1) · F/K exactly when d1 = (ln(F/K) + ½sd²)/sd, so exp(−d2²/2) is
 * exp(−d1²/2) × forwardOverStrike. This is the inner step of scenario revaluation
 * (`revalue`), where the exponential is most of the cost.
 *
 * N is Hart's (1968) algorithm 5666 in West's double-precision form (Wilmott, 2005): one
 * rational for |x| < 7.07 and a continued fraction beyond, absolute error below 3e-16
 * everywhere (checked against `normalCdf` in test/unit/engine/normalCdfPair.test.ts), which is
 * what a price needs; relative precision in the far tail is `normalCdf`'s job. If exp(−d1²/2)
 * underflows, exp(−d2²/2) is computed directly.
 */
export function normalCdfPair(d1: number, sd: number, forwardOverStrike: number, n1: Float64Array, n2: Float64Array, at: number): void {
  const d2 = d1 - sd;
  const e1 = Math.exp(-0.5 * d1 * d1);
  const e2 = e1 > 1e-280 ? e1 * forwardOverStrike : Math.exp(-0.5 * d2 * d2);
  const a1 = d1 < 0 ? -d1 : d1;
  const a2 = d2 < 0 ? -d2 : d2;
  let t1: number;
  let t2: number;
  if (a1 < hartRange && a2 < hartRange) {
    // Both in the rational's range: one division for the two quotients.
    const p1 = hartNumerator(a1);
    const q1 = hartDenominator(a1);
    const p2 = hartNumerator(a2);
    const q2 = hartDenominator(a2);
    const inv = 1 / (q1 * q2);
    t1 = e1 * p1 * q2 * inv;
    t2 = e2 * p2 * q1 * inv;
  } else {
    t1 = lowerTail(a1, e1);
    t2 = lowerTail(a2, e2);
  }
  n1[at] = d1 > 0 ? 1 - t1 : t1;
  n2[at] = d2 > 0 ? 1 - t2 : t2;
}

const hartRange = 7.07106781186547;

function hartNumerator(a: number): number {
  return (((((0.0352624965998911 * a + 0.700383064443688) * a + 6.37396220353165) * a + 33.912866078383) * a + 112.079291497871) * a + 221.213596169931) * a + 220.206867912376;
}

function hartDenominator(a: number): number {
  return (
    ((((((0.0883883476483184 * a + 1.75566716318264) * a + 16.064177579207) * a + 86.7807322029461) * a + 296.564248779674) * a + 637.333633378831) * a + 793.826512519948) * a +
    440.413735824752
  );
}

/** N(−a) for a ≥ 0, given e = exp(−a²/2). */
function lowerTail(a: number, e: number): number {
  if (a < hartRange) return (e * hartNumerator(a)) / hartDenominator(a);
  if (a > 38.5) return 0;
  return (e * invSqrt2Pi) / (a + 1 / (a + 2 / (a + 3 / (a + 4 / (a + 0.65)))));
}
