import type { Instrument } from '../../../../shared/instrument.ts';
import type { FinraPmParameters } from '../../../../shared/rules/finraPmRules.ts';
import type { ResolvedBook } from '../../resolvedBook.ts';
import { createScenarioSet, type ScenarioSet } from '../../scenarioSet.ts';
import { classRange } from './classRange.ts';
import { valuationPoints, type PriceRange } from './valuationPoints.ts';

/**
 * The FINRA valuation points of every risk factor of a book as one scenario set: scenario j
 * moves each underlying by point j of its own range (`valuationPoints`, `classRange`),
 * implied vols unchanged, no time passing (`../shared/spec/methodologies.md` §2). Also
 * returns each underlying's range and point ids, by the book's `underlyingIds` index.
 */
export function finraPmScenarios(
  book: ResolvedBook,
  instruments: readonly Instrument[],
  parameters: FinraPmParameters,
): { scenarios: ScenarioSet; ranges: PriceRange[]; pointIds: string[][] } {
  const byId = new Map<string, Instrument>(instruments.map((inst) => [inst.id, inst]));
  const count = 2 * parameters.pointsPerSide;
  const factors = book.underlyingIds.length;
  const scenarios = createScenarioSet(count, factors);
  const ranges: PriceRange[] = [];
  const pointIds: string[][] = [];
  book.underlyingIds.forEach((id, u) => {
    const range = classRange(byId.get(id), parameters);
    const points = valuationPoints(range, parameters.pointsPerSide);
    points.forEach((p, j) => {
      scenarios.priceRelative[j * factors + u] = p.move;
    });
    ranges.push(range);
    pointIds.push(points.map((p) => p.id));
  });
  return { scenarios, ranges, pointIds };
}
