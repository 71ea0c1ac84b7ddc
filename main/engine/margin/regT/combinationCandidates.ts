import type { OptionLeg } from './regTGroupBook.ts';
import type { SpreadLegs, StrategyCosts } from './strategyCosts.ts';
import type { StrategyUnit } from './strategyUnit.ts';

const saving = 1e-9;

/**
 * Every four-leg strategy two same-expiry spreads of the given legs could form — a call debit
 * or put credit spread (long strike ≤ short strike) with a call credit or put debit spread —
 * that needs less than its legs margined alone (a leg used by both spreads, a butterfly's
 * body, counts twice). These are what `choosePairing` may set aside.
 */
export function combinationCandidates(legs: readonly OptionLeg[], indices: readonly number[], costs: StrategyCosts): Omit<StrategyUnit, 'count'>[] {
  const lower: number[][] = [];
  const upper: number[][] = [];
  for (const a of indices) {
    const long = legs[a] as OptionLeg;
    if (!long.long) continue;
    for (const b of indices) {
      const short = legs[b] as OptionLeg;
      if (short.long || short.isCall !== long.isCall || short.expiry !== long.expiry || costs.vertical({ long, short }) === null) continue;
      (long.strike <= short.strike ? lower : upper).push([a, b]);
    }
  }
  const spread = ([a, b]: number[]): SpreadLegs => ({ long: legs[a as number] as OptionLeg, short: legs[b as number] as OptionLeg });
  const out: Omit<StrategyUnit, 'count'>[] = [];
  for (const first of lower) {
    for (const second of upper) {
      const cost = costs.combination(spread(first), spread(second));
      const alone = [...first, ...second].reduce((sum, i) => sum + costs.single(legs[i] as OptionLeg), 0);
      if (cost !== null && cost < alone - saving) out.push({ kind: 'combination', legs: [...first, ...second], cost });
    }
  }
  return out;
}
