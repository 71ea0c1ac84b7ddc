import { priceInstruments } from '../priceInstruments.ts';
import { LINEAR, type ResolvedBook } from '../resolvedBook.ts';
import { DELTA, PRICE, valuationFieldCount } from '../valuationFields.ts';

/**
 * First-order exposure of each account to each risk factor (the w of delta-normal VaR):
 * out[a][u] = ∂(account value)/∂(move of factor u), in the settlement currency, per unit of the
 * factor's move: per 1.00 relative move (a 100% rise) where `absolute[u]` is 0, per 1.00 price
 * point where it is 1. A factor's move moves every price on it (`ScenarioSet`): a row whose
 * model starts from price x = `level` (an option's underlying, a linear row's own price) sees
 * dx = x·r or dx = Δ. Per one unit, before quantity × multiplier:
 * - standard linear row: x (relative), 1 (absolute);
 * - standard option: δ·x, δ (δ per 1.00 of its underlying, from `priceInstruments`);
 * - inverse linear row, valued (x − x₀)/x in the coin: 1, 1/x₀;
 * - inverse option, valued V/x in the coin: δ − V/x, (δ − V/x)/x₀.
 * Vol and time are not factors here: this is the delta in delta-normal.
 */
export function factorExposures(book: ResolvedBook, account: Int32Array, accountCount: number, absolute: Uint8Array): Float64Array[] {
  const factors = book.underlyingIds.length;
  const out = Array.from({ length: accountCount }, () => new Float64Array(factors));
  const t = book.instruments;
  const positions = book.positions;
  const valuations = priceInstruments(book);
  for (let p = 0; p < positions.quantity.length; p++) {
    const a = account[p] as number;
    if (a < 0) continue;
    const row = positions.instrument[p] as number;
    const u = t.underlying[row] as number;
    const x = t.level[row] as number;
    const inverse = t.inverse[row] === 1;
    const delta = valuations[row * valuationFieldCount + DELTA] as number;
    const relative = absolute[u] !== 1;
    let perUnitMove: number;
    if (t.model[row] === LINEAR) perUnitMove = inverse ? (relative ? 1 : 1 / x) : relative ? x : 1;
    else {
      const perPoint = inverse ? (delta - (valuations[row * valuationFieldCount + PRICE] as number)) / x : delta;
      perUnitMove = relative ? perPoint * x : perPoint;
    }
    const target = out[a] as Float64Array;
    target[u] = (target[u] as number) + (positions.quantity[p] as number) * (t.multiplier[row] as number) * perUnitMove;
  }
  return out;
}
