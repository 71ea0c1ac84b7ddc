import { describe, expect, it } from 'vitest';
import { runMarginMethod } from '../../../../main/engine/margin/runMarginMethod.ts';
import { spanMethod } from '../../../../main/engine/margin/spanMethod.ts';
import { spanRulesSchema } from '../../../../shared/rules/spanRules.ts';
import { toInputIssues } from '../../../../shared/validationError.ts';
import { sampleBookInput, shippedRules } from '../../../fixtures/margin/sampleBookInput.ts';

function issues(json: unknown) {
  const result = spanRulesSchema.safeParse(json);
  return result.success ? [] : toInputIssues(result.error);
}

describe('span rule sets', () => {
  const shipped = shippedRules('span-cme-futures.json');

  it('validates the shipped default resources/rules/span-cme-futures.json', () => {
    const rules = spanRulesSchema.parse(shipped);
    expect(rules.method).toBe('span');
    expect(rules.parameters.combinedCommodities.map((cc) => cc.id)).toEqual(['ES', 'NQ', 'CL', 'GC', 'SI']);
    expect(rules.parameters.extremeMove).toEqual({ multiplier: 3, coverFraction: 0.33 });
    expect(rules.parameters.initialToMaintenance).toEqual({ speculator: 1.1, hedger: 1 });
    expect(rules.parameters.interCommoditySpreads.map((s) => s.legs.map((l) => l.cc))).toEqual([['ES', 'NQ']]);
  });

  it('names the JSON path of every problem', () => {
    const bad = structuredClone(shipped) as { method: string; parameters: Record<string, unknown> & { combinedCommodities: Record<string, unknown>[]; interCommoditySpreads: { legs: { cc: string }[] }[] } };
    bad.method = 'span2';
    const es = bad.parameters.combinedCommodities[0] as { priceScanRange: number; tiers: { startMonth: number }[]; intraSpreads: { tiers: string[] }[] };
    es.priceScanRange = -5;
    (es.tiers[1] as { startMonth: number }).startMonth = 4;
    (es.intraSpreads[0] as { tiers: string[] }).tiers = ['1', '9'];
    (bad.parameters.combinedCommodities[1] as { underlyings: string[] }).underlyings = ['SPX'];
    (bad.parameters.interCommoditySpreads[0]?.legs[1] as { cc: string }).cc = 'YM';
    expect(issues(bad)).toEqual(
      expect.arrayContaining([
        { path: 'method', message: 'expected "span"' },
        { path: 'parameters.combinedCommodities[0].priceScanRange', message: 'expected a price scan range above 0' },
        { path: 'parameters.combinedCommodities[0].tiers[1].startMonth', message: 'expected 3: tiers cover every month from 0 without gaps or overlaps' },
        { path: 'parameters.combinedCommodities[0].intraSpreads[0].tiers[1]', message: 'unknown tier "9" (tiers: 1, 2, 3, 4)' },
        { path: 'parameters.combinedCommodities[1].underlyings[0]', message: 'underlying "SPX" already belongs to "ES"' },
        { path: 'parameters.interCommoditySpreads[0].legs[1].cc', message: 'unknown combined commodity "YM"' },
      ]),
    );
  });

  it('margins the sample book with the defaults: futures desk spread ES against NQ, the rest excluded with reasons', () => {
    const parameters = spanRulesSchema.parse(shipped).parameters;
    const [equities, futures, crypto] = runMarginMethod(spanMethod, sampleBookInput(), parameters);
    expect(futures?.excluded).toEqual([]);
    expect(futures?.groups.map((g) => g.id)).toEqual(['ES', 'NQ', 'CL', 'GC']);
    const es = futures?.groups[0];
    expect(es?.components.interCredit).toBeGreaterThan(0);
    expect(futures?.groups[1]?.components.interCredit).toBeGreaterThan(0);
    expect(futures?.requirement).toBeCloseTo(1.1 * (futures?.maintenance ?? NaN), 9);
    for (const group of futures?.groups ?? []) {
      expect(group.contributions.reduce((s, c) => s + c.pnl, 0)).toBeCloseTo(-(group.worstScenario?.loss ?? NaN), 6);
      expect(Number.isFinite(group.requirement)).toBe(true);
    }
    expect(equities?.groups).toEqual([]);
    expect(equities?.excluded.length).toBe(9);
    expect(crypto?.excluded.map((e) => e.reason)).toContain('no combined commodity of the rule set covers underlying "BTC": add it to one\'s underlyings');
  });
});
