import { expect } from 'vitest';
import type { OptionLeg } from '../../../../main/engine/margin/regT/regTGroupBook.ts';
import type { StrategyCosts } from '../../../../main/engine/margin/regT/strategyCosts.ts';
import type { StrategyUnit } from '../../../../main/engine/margin/regT/strategyUnit.ts';

/** Every leg of `legs`, for `checkStrategyUnits` on a group without stock. */
export const allLegs = (legs: readonly OptionLeg[]) => legs.map((_, i) => i);
/** No stock: no call or put may be covered. */
export const noCover = { long: 0, short: 0 };

/**
 * Checks a pairing's units against the rules: the contracts of every leg in `indices` used
 * exactly, each unit priced as `costs` prices its strategy, covered options within the stock
 * that covers them; returns Σ count × cost.
 */
export function checkStrategyUnits(units: readonly StrategyUnit[], legs: readonly OptionLeg[], indices: readonly number[], costs: StrategyCosts, cover: { long: number; short: number }): number {
  const used = new Float64Array(legs.length);
  let coveredLong = 0;
  let coveredShort = 0;
  let total = 0;
  const leg = (i: number) => legs[i] as OptionLeg;
  for (const u of units) {
    expect(u.count).toBeGreaterThan(0);
    for (const i of u.legs) used[i] = (used[i] as number) + u.count;
    const [a, b, c, d] = u.legs as [number, number, number, number];
    const expected =
      u.kind === 'longOption' || u.kind === 'naked'
        ? costs.single(leg(a))
        : u.kind === 'vertical'
          ? costs.vertical({ long: leg(a), short: leg(b) })
          : u.kind === 'straddle'
            ? costs.straddle(leg(a), leg(b))
            : u.kind === 'covered'
              ? costs.covered(leg(a))
              : costs.combination({ long: leg(a), short: leg(b) }, { long: leg(c), short: leg(d) });
    expect(expected).not.toBeNull();
    expect(u.cost).toBeCloseTo(expected as number, 6);
    if (u.kind === 'longOption') expect(leg(a).long).toBe(true);
    if (u.kind === 'naked') expect(leg(a).long).toBe(false);
    if (u.kind === 'covered') {
      if (leg(a).isCall) coveredLong += u.count;
      else coveredShort += u.count;
    }
    total += u.count * u.cost;
  }
  for (const i of indices) expect(used[i]).toBeCloseTo(leg(i).contracts, 9);
  expect(coveredLong).toBeLessThanOrEqual(cover.long + 1e-9);
  expect(coveredShort).toBeLessThanOrEqual(cover.short + 1e-9);
  return total;
}
