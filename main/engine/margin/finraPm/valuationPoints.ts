/** A price range as decimals of the underlying price: the largest fall and the largest rise. */
export interface PriceRange {
  down: number;
  up: number;
}

/**
 * The valuation points of a FINRA portfolio-margin class group (`../shared/spec/methodologies.md`
 * §2): `pointsPerSide` equal steps down to −range.down and as many up to +range.up, no zero
 * point, ordered from the largest fall to the largest rise (±15%, 5 per side → −15, −12, −9,
 * −6, −3, +3, +6, +9, +12, +15%). Point j is the same fraction of the range for every class
 * group, which is what "the same valuation point" means for offsets between class groups of
 * different ranges. Ids read "down 15%", "up 3%".
 */
export function valuationPoints(range: PriceRange, pointsPerSide: number): { id: string; move: number }[] {
  const points: { id: string; move: number }[] = [];
  for (let k = pointsPerSide; k >= 1; k--) points.push(point(-(k / pointsPerSide) * range.down));
  for (let k = 1; k <= pointsPerSide; k++) points.push(point((k / pointsPerSide) * range.up));
  return points;
}

function point(move: number): { id: string; move: number } {
  const percent = Number((Math.abs(move) * 100).toFixed(6));
  return { id: `${move < 0 ? 'down' : 'up'} ${percent}%`, move };
}
