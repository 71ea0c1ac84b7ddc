import { afterEach, describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../main/services/dispatchApiCall.ts';
import { nextMargin, tempServices } from './tempServices.ts';

let services: ReturnType<typeof tempServices>;
afterEach(async () => services?.dispose());

describe('editing a rule set', () => {
  it('makes a new version, margin recomputes by itself with it, and the run names the version', async () => {
    services = tempServices();
    await services.margin.whenIdle();
    await services.api.setAccountMarginMethod({ account: 'DESK-B', method: 'gross-notional' });
    await services.margin.whenIdle();
    const before = (await services.api.getMargin({}))!.accounts.find((a) => a.id === 'DESK-B')!;
    const rules = (await services.api.listRuleSets({})).find((r) => r.id === 'gross-notional-default')!;
    const document = structuredClone(rules.document) as { parameters: { rates: Record<string, number> } };
    document.parameters.rates.future = 0.2;
    const updated = nextMargin(services);
    const saved = await services.api.saveRuleSet({ document });
    expect(saved.version).toBe(2);
    const after = (await updated).accounts.find((a) => a.id === 'DESK-B')!;
    expect(after.ruleSet).toEqual({ id: 'gross-notional-default', version: 2 });
    // Futures notional of DESK-B (resources/sample-book.json): the rate went from 10% to 20%.
    const futures = 12 * 50 * 5175.25 + 6 * 20 * 18240.5 + 8 * 1000 * 81.04 + 5 * 100 * 2161.5;
    expect(after.requirement - before.requirement).toBeCloseTo(0.1 * futures, 6);
    expect((await services.api.listRuleSetVersions({ id: 'gross-notional-default' })).map((v) => v.version)).toEqual([2, 1]);
    // The first run still names version 1.
    expect(services.store.marginRuns.list(10).find((r) => r.accounts.some((a) => a.account === 'DESK-B' && a.ruleSet.version === 1))).toBeDefined();
  });

  it('refuses an invalid edit with the JSON path and saves nothing', async () => {
    services = tempServices();
    const rules = (await services.api.listRuleSets({})).find((r) => r.id === 'span-cme-futures')!;
    const document = structuredClone(rules.document) as { parameters: { combinedCommodities: { priceScanRange: unknown }[] } };
    document.parameters.combinedCommodities[0]!.priceScanRange = 'wide';
    const refused = await dispatchApiCall(services.api, 'saveRuleSet', { document });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('parameters.combinedCommodities[0].priceScanRange') } });
    expect((await services.api.listRuleSetVersions({ id: 'span-cme-futures' })).length).toBe(1);
  });
});
