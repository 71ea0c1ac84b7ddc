import { normalCdf } from './normalCdf.ts';

// Gauss-Legendre nodes and weights on [-1, 1] (positive half; the rule is symmetric).
const x6 = [0.9324695142031519, 0.6612093864662645, 0.2386191860831969];
const w6 = [0.17132449237917027, 0.3607615730481387, 0.46791393457269104];
const x12 = [0.9815606342467192, 0.9041172563704748, 0.7699026741943047, 0.5873179542866175, 0.3678314989981802, 0.1252334085114689];
const w12 = [0.04717533638651141, 0.10693932599531907, 0.16007832854334642, 0.20316742672306573, 0.2334925365383546, 0.2491470458134027];
const x20 = [
  0.993128599185095, 0.9639719272779138, 0.912234428251326, 0.8391169718222188, 0.7463319064601508, 0.636053680726515, 0.5108670019508271,
  0.37370608871541955, 0.22778585114164507, 0.07652652113349734,
];
const w20 = [
  0.017614007139150893, 0.040601429800386446, 0.06267204833410879, 0.08327674157670471, 0.1019301198172407, 0.1181945319615186, 0.1316886384491769,
  0.1420961093183824, 0.14917298647260424, 0.15275338713072628,
];
const twoPi = 2 * Math.PI;

/**
 * Bivariate standard normal distribution function for one correlation ρ:
 * bivariateNormalCdfFor(ρ)(a, b) = M(a, b; ρ) = P(X ≤ a, Y ≤ b) with corr(X, Y) = ρ.
 *
 * Alan Genz's method (Statistics and Computing 14, 2004: Drezner–Wesolowsky's integral in
 * asin(ρ) with 6/12/20-point Gauss-Legendre by |ρ|, and a series for |ρ| ≥ 0.925): absolute
 * error about 1e-15. Everything that depends on ρ alone (the quadrature's sines and weights)
 * is computed once here, so a caller with a fixed ρ — Bjerksund-Stensland's ψ always uses
 * ±√((√5 − 1)/2) — pays only the exponentials per evaluation. Infinite limits are handled
 * exactly; results are clamped to [0, 1].
 */
export function bivariateNormalCdfFor(rho: number): (a: number, b: number) => number {
  const absRho = Math.abs(rho);
  const [xs, ws] = absRho < 0.3 ? [x6, w6] : absRho < 0.75 ? [x12, w12] : [x20, w20];
  if (absRho >= 0.925) return (a, b) => limits(a, b, rho) ?? nearOne(-a, -b, rho, xs, ws);
  // exp((sn·hk − hs)/(1 − sn²)) at the 2n abscissas sn = sin(asin(ρ)/2 · (1 ± x_i)).
  const asr = Math.asin(rho) / 2;
  const n = 2 * xs.length;
  const hkFactor = new Float64Array(n);
  const hsFactor = new Float64Array(n);
  const weight = new Float64Array(n);
  for (let i = 0; i < xs.length; i++) {
    for (const [j, sign] of [[2 * i, -1], [2 * i + 1, 1]] as const) {
      const sn = Math.sin(asr * (1 + sign * (xs[i] as number)));
      hkFactor[j] = sn / (1 - sn * sn);
      hsFactor[j] = -1 / (1 - sn * sn);
      weight[j] = ((ws[i] as number) * asr) / twoPi;
    }
  }
  return (a, b) => {
    const limit = limits(a, b, rho);
    if (limit !== undefined) return limit;
    const hk = a * b;
    const hs = (a * a + b * b) / 2;
    let sum = 0;
    for (let j = 0; j < n; j++) sum += (weight[j] as number) * Math.exp((hkFactor[j] as number) * hk + (hsFactor[j] as number) * hs);
    return Math.max(0, Math.min(1, sum + normalCdf(a) * normalCdf(b)));
  };
}

/** M(a, b; ρ) where it is exact without quadrature (infinite limits, ρ = 0); undefined otherwise. */
function limits(a: number, b: number, rho: number): number | undefined {
  if (a === -Infinity || b === -Infinity) return 0;
  if (a === Infinity) return normalCdf(b);
  if (b === Infinity) return normalCdf(a);
  if (rho === 0) return normalCdf(a) * normalCdf(b);
  return undefined;
}

/** Genz's |ρ| ≥ 0.925 branch for the upper orthant P(X > h, Y > k), turned into M(−h, −k; ρ). */
function nearOne(h: number, k0: number, rho: number, xs: readonly number[], ws: readonly number[]): number {
  let k = k0;
  let hk = h * k;
  let bvn = 0;
  if (rho < 0) {
    k = -k;
    hk = -hk;
  }
  if (Math.abs(rho) < 1) {
    const as = (1 - rho) * (1 + rho);
    let aa = Math.sqrt(as);
    const bs = (h - k) * (h - k);
    const c = (4 - hk) / 8;
    const d = (12 - hk) / 80;
    const asr = -(bs / as + hk) / 2;
    if (asr > -100) bvn = aa * Math.exp(asr) * (1 - (c * (bs - as) * (1 - d * bs)) / 3 + c * d * as * as);
    if (hk > -100) {
      const bb = Math.sqrt(bs);
      const sp = Math.sqrt(twoPi) * normalCdf(-bb / aa);
      bvn -= Math.exp(-hk / 2) * sp * bb * (1 - (c * bs * (1 - d * bs)) / 3);
    }
    aa /= 2;
    let sum = 0;
    for (let i = 0; i < xs.length; i++) {
      const xi = xs[i] as number;
      sum += (ws[i] as number) * (nearOneTerm(aa * (1 - xi), bs, hk, c, d) + nearOneTerm(aa * (1 + xi), bs, hk, c, d));
    }
    bvn = (aa * sum - bvn) / twoPi;
  }
  if (rho > 0) bvn += normalCdf(-Math.max(h, k));
  else if (h >= k) bvn = -bvn;
  else {
    const l = h < 0 ? normalCdf(k) - normalCdf(h) : normalCdf(-h) - normalCdf(-k);
    bvn = l - bvn;
  }
  return Math.max(0, Math.min(1, bvn));
}

/** One quadrature term of Genz's |ρ| ≥ 0.925 branch at abscissa t. */
function nearOneTerm(t: number, bs: number, hk: number, c: number, d: number): number {
  const xsq = t * t;
  const asr = -(bs / xsq + hk) / 2;
  if (asr <= -100) return 0;
  const sp = 1 + c * xsq * (1 + 5 * d * xsq);
  const rs = Math.sqrt(1 - xsq);
  const ep = Math.exp((-(hk / 2) * xsq) / ((1 + rs) * (1 + rs))) / rs;
  return Math.exp(asr) * (sp - ep);
}
