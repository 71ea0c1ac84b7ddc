/** Scenarios in a standard SPAN risk array [pub, CME]. */
export const spanScenarioCount = 16;

/**
 * The 16 standard SPAN scenarios [pub, CME; `../shared/spec/methodologies.md` §1], in order:
 * `price[j]` is the price move as a multiple of the price scan range (PSR), `vol[j]` the vol
 * move as a multiple of the vol scan range (+1 up, −1 down, 0 unchanged), `weight[j]` the
 * share of the loss that counts (1, or the cover fraction on the two extreme moves 15/16,
 * which move the price ± extremeMultiplier × PSR).
 *
 *   1/2 price 0, 3/4 +⅓, 5/6 −⅓, 7/8 +⅔, 9/10 −⅔, 11/12 +1, 13/14 −1 (odd up, even down vol),
 *   15 +extreme, 16 −extreme (vol unchanged).
 */
export function spanScenarioMoves(extremeMultiplier: number, coverFraction: number): { price: Float64Array; vol: Float64Array; weight: Float64Array } {
  const steps = [0, 1 / 3, -1 / 3, 2 / 3, -2 / 3, 1, -1];
  const price = new Float64Array(spanScenarioCount);
  const vol = new Float64Array(spanScenarioCount);
  const weight = new Float64Array(spanScenarioCount).fill(1);
  steps.forEach((step, k) => {
    price[2 * k] = step;
    price[2 * k + 1] = step;
    vol[2 * k] = 1;
    vol[2 * k + 1] = -1;
  });
  price[14] = extremeMultiplier;
  price[15] = -extremeMultiplier;
  weight[14] = coverFraction;
  weight[15] = coverFraction;
  return { price, vol, weight };
}
