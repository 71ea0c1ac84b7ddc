import { describe, expect, it } from 'vitest';
import { finraPmRulesSchema } from '../../../../shared/rules/finraPmRules.ts';
import { toInputIssues } from '../../../../shared/validationError.ts';
import defaults from '../../../../resources/rules/finra-pm-equity.json' with { type: 'json' };

/** The issues of a rule set with `change` applied to a copy of the default one. */
function issues(change: (rules: typeof defaults) => void) {
  const rules = structuredClone(defaults);
  change(rules);
  const result = finraPmRulesSchema.safeParse(rules);
  return result.success ? [] : toInputIssues(result.error);
}

describe('finraPmRulesSchema', () => {
  it('accepts the shipped default, resources/rules/finra-pm-equity.json, with the methodology figures', () => {
    const p = finraPmRulesSchema.parse(defaults).parameters;
    expect(p.ranges).toEqual({
      equity: { down: 0.15, up: 0.15 },
      narrowIndex: { down: 0.15, up: 0.15 },
      broadIndex: { down: 0.08, up: 0.06 },
      broadIndexOther: { down: 0.1, up: 0.1 },
    });
    expect(p.pointsPerSide).toBe(5);
    expect(p.contractMinimum).toBe(0.375);
    expect(p.minimumEquity).toBe(100_000);
    expect(p.initialToMaintenance).toBe(1);
    expect(p.productGroups.every((g) => g.offset === 0.9)).toBe(true);
  });

  it('names the JSON path and the problem', () => {
    expect(issues((r) => (r.parameters.ranges.equity.down = 1.2))).toEqual([{ path: 'parameters.ranges.equity.down', message: 'expected a down move below 1 (100%)' }]);
    expect(issues((r) => (r.parameters.pointsPerSide = 0))).toEqual([{ path: 'parameters.pointsPerSide', message: 'expected at least 1 point per side' }]);
    expect(issues((r) => ((r.parameters.productGroups[0] as { offset: number }).offset = 1.5))).toEqual([{ path: 'parameters.productGroups[0].offset', message: 'expected an offset of at most 1 (100%)' }]);
    expect(issues((r) => (r.parameters.initialToMaintenance = 0.8))).toEqual([{ path: 'parameters.initialToMaintenance', message: 'expected a ratio of at least 1: initial margin is never below maintenance' }]);
  });

  it('keeps each underlying in one product group and product group ids unique', () => {
    expect(issues((r) => r.parameters.productGroups[1]?.underlyings.push('SPY'))).toEqual([
      { path: 'parameters.productGroups[1].underlyings[4]', message: '"SPY" is already in product group "S&P 500"' },
    ]);
    expect(issues((r) => ((r.parameters.productGroups[1] as { id: string }).id = 'S&P 500'))).toEqual([{ path: 'parameters.productGroups[1].id', message: 'duplicate product group id "S&P 500"' }]);
  });
});
