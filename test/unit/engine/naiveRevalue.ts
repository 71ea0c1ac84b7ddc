import { bjerksundStensland2002 } from '../../../main/engine/bjerksundStensland2002.ts';
import { black76 } from '../../../main/engine/black76.ts';
import { blackScholesMerton } from '../../../main/engine/blackScholesMerton.ts';
import { AMERICAN, LINEAR, type ResolvedBook } from '../../../main/engine/resolvedBook.ts';
import type { ScenarioSet } from '../../../main/engine/scenarioSet.ts';
import { PRICE } from '../../../main/engine/valuationFields.ts';

/**
 * The reference for `revalue`: naive full revaluation, one model call per position and
 * scenario, from the scalar pricers, with no shared terms. Semantics as ScenarioSet states them.
 */
export function naiveRevalue(book: ResolvedBook, scenarios: ScenarioSet): Float64Array {
  const t = book.instruments;
  const p = book.positions;
  const count = scenarios.count;
  const factors = book.underlyingIds.length;
  const out = new Float64Array(p.quantity.length * count);
  const scratch = new Float64Array(8);
  const unitValue = (i: number, level: number, years: number, vol: number): number => {
    const isCall = t.isCall[i] === 1;
    const K = t.strike[i] as number;
    const r = t.rate[i] as number;
    const b = t.carry[i] as number;
    let value: number;
    if (t.model[i] === AMERICAN) value = bjerksundStensland2002(isCall, level, K, years, r, b, vol);
    else if (t.onFuture[i] === 1) value = black76(isCall, level, K, years, r, vol, scratch)[PRICE] as number;
    else value = blackScholesMerton(isCall, level, K, years, r, r - b, vol, scratch)[PRICE] as number;
    return t.inverse[i] === 1 ? value / Math.max(level, (t.level[i] as number) * 1e-8) : value;
  };
  for (let position = 0; position < p.quantity.length; position++) {
    const i = p.instrument[position] as number;
    const u = t.underlying[i] as number;
    const base = t.level[i] as number;
    const size = (p.quantity[position] as number) * (t.multiplier[i] as number);
    for (let s = 0; s < count; s++) {
      const cell = s * factors + u;
      const level = base * (1 + (scenarios.priceRelative[cell] as number)) + (scenarios.priceAbsolute[cell] as number);
      let pnl: number;
      if (t.model[i] === LINEAR) {
        pnl = t.inverse[i] === 1 ? (level - base) / Math.max(level, base * 1e-8) : level - base;
      } else {
        const vol = Math.max((t.vol[i] as number) * (1 + (scenarios.volRelative[cell] as number)) + (scenarios.volAbsolute[cell] as number), 0);
        const years = Math.max((t.expiry[i] as number) - (scenarios.daysForward[s] as number) / 365, 0);
        pnl = unitValue(i, level, years, vol) - unitValue(i, base, t.expiry[i] as number, t.vol[i] as number);
      }
      out[position * count + s] = pnl * size;
    }
  }
  return out;
}
