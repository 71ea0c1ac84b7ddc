import { describe, expect, it } from 'vitest';
import { regTRulesSchema } from '../../../../shared/rules/regTRules.ts';
import { toInputIssues } from '../../../../shared/validationError.ts';
import defaults from '../../../../resources/rules/reg-t-cboe.json' with { type: 'json' };

/** The issues of a rule set with `change` applied to a copy of the default one. */
function issues(change: (rules: typeof defaults & Record<string, unknown>) => void) {
  const rules = structuredClone(defaults) as typeof defaults & Record<string, unknown>;
  change(rules);
  const result = regTRulesSchema.safeParse(rules);
  return result.success ? [] : toInputIssues(result.error);
}

describe('regTRulesSchema', () => {
  it('accepts the shipped default, resources/rules/reg-t-cboe.json, with the Cboe figures', () => {
    const rules = regTRulesSchema.parse(defaults);
    expect(rules.method).toBe('reg-t');
    expect(rules.parameters.naked).toEqual({ rate: 0.2, broadIndexRate: 0.15, callMinimumRate: 0.1, putMinimumRate: 0.1, scaleByLeverage: true });
    expect(rules.parameters.longOption).toEqual({ fullPaymentMonths: 9, longTermRate: 0.75 });
    expect(rules.parameters.stock.longInitial).toBe(0.5);
    expect(rules.parameters.stock.longMaintenance).toBe(0.25);
  });

  it('names the JSON path and the problem', () => {
    expect(issues((r) => (r.parameters.naked.rate = -0.2))).toEqual([{ path: 'parameters.naked.rate', message: 'expected the naked rate of 0 or more' }]);
    expect(issues((r) => (r.parameters.longOption.fullPaymentMonths = 9.5))).toEqual([{ path: 'parameters.longOption.fullPaymentMonths', message: 'expected a whole number of months' }]);
    expect(issues((r) => (r.parameters.longOption.longTermRate = 1.5))).toEqual([{ path: 'parameters.longOption.longTermRate', message: 'expected the long-term option rate of at most 1' }]);
    expect(issues((r) => ((r.parameters.strategies as Record<string, unknown>).verticals = 'yes'))[0]?.path).toBe('parameters.strategies.verticals');
    expect(issues((r) => ((r.parameters.broadIndexClasses as string[]) = ['broad']))[0]).toEqual({ path: 'parameters.broadIndexClasses[0]', message: 'expected one of equity, broadIndex, broadIndexOther, narrowIndex' });
    expect(issues((r) => ((r as Record<string, unknown>).method = 'finra-pm'))).toEqual([{ path: 'method', message: 'expected "reg-t"' }]);
  });

  it('rejects unknown parameters (a typo must not silently fall back)', () => {
    const found = issues((r) => ((r.parameters.naked as Record<string, unknown>).rte = 0.2));
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toBe('parameters.naked');
    expect(found[0]?.message).toMatch(/rte/);
  });
});
