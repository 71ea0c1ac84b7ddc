import { describe, expect, it } from 'vitest';
import { interCommodityCredits } from '../../../../main/engine/margin/span/interCommodityCredits.ts';
import { intraSpreadCharge } from '../../../../main/engine/margin/span/intraSpreadCharge.ts';
import { monthsAhead } from '../../../../main/engine/margin/span/monthsAhead.ts';
import { spanPriceRisk } from '../../../../main/engine/margin/span/spanPriceRisk.ts';

// Hand-computed cases of the SPAN combination rules of ../shared/spec/methodologies.md §1 (exact).
describe('intraSpreadCharge', () => {
  it('pairs opposite tier deltas in priority order: spreads × rate', () => {
    // Tier 1 +2, tier 2 −1, tier 3 −1.5: (1,2) first → 1 spread × 200; then (1,3) → 1 × 400
    // (tier 1 has 1 left); (2,3) finds both short → nothing. Tier 3 keeps −0.5 unspread.
    const result = intraSpreadCharge(Float64Array.of(2, -1, -1.5), [
      { a: 0, b: 1, rate: 200 },
      { a: 1, b: 2, rate: 300 },
      { a: 0, b: 2, rate: 400 },
    ]);
    expect(result.charge).toBe(600);
    expect(result.applied).toEqual([
      { a: 0, b: 1, rate: 200, spreads: 1, charge: 200 },
      { a: 0, b: 2, rate: 400, spreads: 1, charge: 400 },
    ]);
  });

  it('charges nothing when the deltas share a sign or sit in one tier', () => {
    expect(intraSpreadCharge(Float64Array.of(1, 2), [{ a: 0, b: 1, rate: 100 }]).charge).toBe(0);
    expect(intraSpreadCharge(Float64Array.of(0, -2), [{ a: 0, b: 1, rate: 100 }]).charge).toBe(0);
  });
});

describe('interCommodityCredits', () => {
  it('forms spreads at the delta ratio and credits each leg spreads × |ratio| × WFPR × rate', () => {
    // ES +7 (WFPR 10,000), NQ −4 (WFPR 16,000), ratio 3 : −2 → min(7/3, 4/2) = 2 spreads;
    // credits ES 2 × 3 × 10,000 × 0.5 = 30,000, NQ 2 × 2 × 16,000 × 0.5 = 32,000; ES keeps +1.
    const result = interCommodityCredits(Float64Array.of(7, -4), Float64Array.of(10000, 16000), [
      { id: 'ES/NQ', creditRate: 0.5, legs: [{ cc: 0, deltaRatio: 3 }, { cc: 1, deltaRatio: -2 }] },
    ]);
    expect(Array.from(result.credit)).toEqual([30000, 32000]);
    expect(result.applied).toEqual([{ id: 'ES/NQ', spreads: 2, credits: [30000, 32000] }]);
  });

  it('spreads either side, takes used deltas off before the next spread, and skips same-side legs', () => {
    const table = [
      { id: 'A/B', creditRate: 0.5, legs: [{ cc: 0, deltaRatio: 1 }, { cc: 1, deltaRatio: -1 }] },
      { id: 'A/C', creditRate: 0.4, legs: [{ cc: 0, deltaRatio: 1 }, { cc: 2, deltaRatio: -1 }] },
    ];
    // A −3 vs B +1 (short A, long B: the spread's other side) → 1 spread; A −2 left vs C −5: same side → none.
    const result = interCommodityCredits(Float64Array.of(-3, 1, -5), Float64Array.of(100, 200, 300), table);
    expect(Array.from(result.credit)).toEqual([50, 100, 0]);
    expect(result.applied.map((a) => a.id)).toEqual(['A/B']);
  });
});

describe('spanPriceRisk', () => {
  it("splits out time and vol risk around the active scenario (CME's price risk)", () => {
    // Time risk (L1 + L2)/2 = 100; active 13 (index 12) pairs with 14: (900 + 700)/2 − 100 = 700.
    const losses = Float64Array.of(120, 80, 0, 0, 300, 250, 0, 0, 600, 500, 0, 0, 900, 700, 0, 300);
    expect(spanPriceRisk(losses, 12)).toBe(700);
    // Extreme scenario 16 (no pair): 300 − 100.
    expect(spanPriceRisk(losses, 15)).toBe(200);
  });
});

describe('monthsAhead', () => {
  it('counts calendar months from asOf’s month', () => {
    expect(monthsAhead('2024-03-15', '2024-03-19')).toBe(0);
    expect(monthsAhead('2024-03-15', '2024-06-21')).toBe(3);
    expect(monthsAhead('2024-11-30', '2025-01-02')).toBe(2);
  });
});
