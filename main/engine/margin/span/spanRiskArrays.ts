import type { SpanCombinedCommodity, SpanParameters } from '../../../../shared/rules/spanRules.ts';
import type { ResolvedBook } from '../../resolvedBook.ts';
import { revalueInstruments } from '../../revalueInstruments.ts';
import { createScenarioSet } from '../../scenarioSet.ts';
import { spanScenarioCount, spanScenarioMoves } from './spanScenarioMoves.ts';

/** The scan ranges of one combined commodity. */
export type SpanScanRanges = Pick<SpanCombinedCommodity, 'priceScanRange' | 'priceScanUnit' | 'volScanRange' | 'volScanUnit'>;

/**
 * Risk arrays by full revaluation [pub, CME SPAN; `../shared/spec/methodologies.md` §1]: the
 * loss (positive) of ONE long contract of every instrument row in each of the 16 standard
 * scenarios, out[row × 16 + j]. `factorCc[u]` is the combined commodity (index into `ranges`)
 * of the book's risk factor u, −1 for none (those rows get no moves and are not used).
 *
 * Per scenario j of a CC: every price on its risk factors moves by price[j] × PSR (points of
 * the underlying future, or × PSR relative), every vol by vol[j] × VSR (absolute vol, or
 * relative), all options age `lookAheadDays`; scenarios 15/16 (± extremeMultiplier × PSR, vol
 * unchanged) count coverFraction of their loss. Options on futures are repriced with the
 * book's model (Black-76; Bjerksund-Stensland for American exercise) by `revalueInstruments`.
 */
export function spanRiskArrays(
  book: ResolvedBook,
  factorCc: Int32Array,
  ranges: readonly SpanScanRanges[],
  parameters: Pick<SpanParameters, 'lookAheadDays' | 'extremeMove'>,
): Float64Array {
  const factors = book.underlyingIds.length;
  if (factorCc.length !== factors) throw new RangeError(`factorCc holds ${factorCc.length} entries, the book has ${factors} risk factors`);
  const moves = spanScenarioMoves(parameters.extremeMove.multiplier, parameters.extremeMove.coverFraction);
  const scenarios = createScenarioSet(spanScenarioCount, factors);
  scenarios.daysForward.fill(parameters.lookAheadDays);
  for (let u = 0; u < factors; u++) {
    const cc = ranges[factorCc[u] as number];
    if (cc === undefined) continue;
    for (let j = 0; j < spanScenarioCount; j++) {
      const cell = j * factors + u;
      const price = (moves.price[j] as number) * cc.priceScanRange;
      if (cc.priceScanUnit === 'points') scenarios.priceAbsolute[cell] = price;
      else scenarios.priceRelative[cell] = price;
      const vol = (moves.vol[j] as number) * cc.volScanRange;
      if (cc.volScanUnit === 'absolute') scenarios.volAbsolute[cell] = vol;
      else scenarios.volRelative[cell] = vol;
    }
  }
  const pnl = revalueInstruments(book, scenarios);
  const out = new Float64Array(pnl.length);
  for (let i = 0; i < pnl.length; i++) out[i] = 0 - (pnl[i] as number) * (moves.weight[i % spanScenarioCount] as number);
  return out;
}
