const priceLabels = ['0', '+1/3 PSR', '−1/3 PSR', '+2/3 PSR', '−2/3 PSR', '+PSR', '−PSR'];

/** What scenario j (0-based) of a SPAN risk array does, for notes: "price −PSR, vol up". */
export function spanScenarioLabel(j: number, extremeMultiplier: number, coverFraction: number): string {
  if (j === 14 || j === 15) return `price ${j === 14 ? '+' : '−'}${extremeMultiplier}×PSR, vol unchanged, ${coverFraction * 100}% of the loss`;
  const price = priceLabels[j >> 1];
  if (price === undefined || j < 0) throw new RangeError(`no SPAN scenario ${j + 1}`);
  return `price ${price}, vol ${j % 2 === 0 ? 'up' : 'down'}`;
}
