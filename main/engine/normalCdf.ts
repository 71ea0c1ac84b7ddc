/**
 * Standard normal distribution function N(x) = P(Z ≤ x).
 *
 * W. J. Cody's rational Chebyshev approximations (Math. Comp. 23, 1969; the ANORM routine of
 * Netlib SPECFUN, which R's `pnorm` also uses), evaluated with a single exp(−x²/2). The tail
 * is computed directly, never as 1 − N, so N(x) keeps its relative precision for x ≪ 0:
 * relative error below 5e-15 for |x| ≤ 5 and below 3e-13 down to x = −37.5 (checked against
 * erfc in test/unit/engine/normalCdf.test.ts). Below −38.5 the result underflows to 0, above
 * +38.5 it is 1.
 */
export function normalCdf(x: number): number {
  const y = x < 0 ? -x : x;
  if (y <= 0.66291) {
    const xsq = x * x;
    const num = ((((0.06568233791820745 * xsq + 2.2352520354606837) * xsq + 161.02823106855587) * xsq + 1067.6894854603709) * xsq + 18154.98125334356);
    const den = ((((xsq + 47.202581904688245) * xsq + 976.0985517377767) * xsq + 10260.932208618979) * xsq + 45507.78933502673);
    return 0.5 + (x * num) / den;
  }
  let tail: number;
  if (y <= 5.656854249492381) {
    const num =
      (((((((1.0765576773720192e-08 * y + 0.39894151208813466) * y + 8.883149794388377) * y + 93.50665613217785) * y +
        597.2702763948002) * y + 2494.5375852903726) * y + 6848.190450536283) * y + 11602.65143764735) * y +
      9842.714838383978;
    const den =
      (((((((y + 22.266688044328117) * y + 235.387901782625) * y + 1519.3775994075547) * y + 6485.558298266761) * y +
        18615.571640885097) * y + 34900.95272114598) * y + 38912.00328609327) * y + 19685.429676859992;
    tail = Math.exp(-0.5 * y * y) * (num / den);
  } else if (y <= 38.5) {
    const z = 1 / (y * y);
    const num = ((((0.023073441764940174 * z + 0.215898534057957) * z + 0.12740116116024736) * z + 0.022235277870649807) * z + 0.0014216191932278934) * z + 2.9112874951168793e-05;
    const den = ((((z + 1.284260096144911) * z + 0.4682382124808651) * z + 0.06598813786892856) * z + 0.0037823963320275824) * z + 7.297515550839662e-05;
    tail = (Math.exp(-0.5 * y * y) * (0.3989422804014327 - (z * num) / den)) / y;
  } else {
    tail = 0;
  }
  return x > 0 ? 1 - tail : tail;
}
