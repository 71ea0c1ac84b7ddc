import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPriceHistory } from '../../main/importers/history/readPriceHistory.ts';
import { computeMarginWithMarket } from '../../main/worker/computeMarginWithMarket.ts';
import { readPortfolioDocument } from '../../shared/portfolioDocument.ts';
import { parseRuleSetDocument, type RuleSetDocument } from '../../shared/rules/ruleSetDocument.ts';
import { scenarioSetSchema } from '../../shared/scenarioSet.ts';
import { nextMargin, repoRoot, tempServices } from './tempServices.ts';

let services: ReturnType<typeof tempServices> | undefined;
afterEach(async () => {
  await services?.dispose();
  services = undefined;
});

const resource = (...path: string[]) => readFileSync(join(repoRoot, 'resources', ...path), 'utf8');
const rules = (file: string) => {
  const parsed = parseRuleSetDocument(JSON.parse(resource('rules', file)));
  if (!parsed.ok) throw new Error(file);
  return parsed.value as RuleSetDocument;
};
/** The same figures straight from resources/ (the CLI's path), to check the worker's store-fed run against. */
const direct = (method: 'var' | 'house', file: string) =>
  computeMarginWithMarket(readPortfolioDocument(resource('sample-book.json'), 'sample-book.json'), method, rules(file), 1, {
    history: readPriceHistory(resource('history', 'market-history.csv')).series,
    scenarioSets: ['historical-replays.json', 'diversification-failure.json', 'price-ladder.json', 'price-vol-grid.json'].map((f) => scenarioSetSchema.parse(JSON.parse(resource('scenarios', f)))),
  });

describe('var and house as margin methods, through the worker on the sample book', () => {
  it('an account switched to house gets max(stress, VaR, ES) + liquidity + concentration, each term reported', async () => {
    services = tempServices();
    await services.margin.whenIdle();
    const updated = nextMargin(services);
    await services.api.setAccountMarginMethod({ account: 'DESK-B', method: 'house' });
    const margin = await updated;
    const b = await services.api.getAccountMargin({ runId: margin.runId, account: 'DESK-B' });
    expect(margin.accounts.find((a) => a.id === 'DESK-B')).toMatchObject({ requirement: b.requirement, groupCount: b.groups.length, excludedCount: b.excluded.length });
    expect(b.method).toBe('house');
    expect(b.ruleSet).toEqual({ id: 'house-default', version: 1 });
    expect(Object.keys(b.components)).toEqual(['stressLoss', 'var', 'es', 'liquidity', 'concentration']);
    const c = b.components as Record<'stressLoss' | 'var' | 'es' | 'liquidity' | 'concentration', number>;
    expect(b.requirement).toBeCloseTo(Math.max(c.stressLoss, c.var, c.es) + c.liquidity + c.concentration, 6);
    for (const v of Object.values(c)) expect(v).toBeGreaterThanOrEqual(0);
    expect(c.var).toBeGreaterThan(0);
    expect(c.es).toBeGreaterThanOrEqual(c.var);
    // The store-fed worker run equals the run straight from resources/.
    const expected = direct('house', 'house-default.json').accounts.find((a) => a.id === 'DESK-B')!;
    for (const [k, v] of Object.entries(expected.components)) expect(b.components[k]).toBeCloseTo(v, 4);
    // NDX and GOLD have no history: left out of VaR and ES only, with the reason, by position id.
    expect(b.excluded.map((e) => e.instrument).sort()).toEqual(['GCJ4', 'NQM4']);
    expect(b.excluded.every((e) => e.reason.startsWith('left out of VaR and ES only: no price history for') && e.position > 0)).toBe(true);
    // WTI (EIA spot) has no volume: its liquidity add-on is reported as not computed.
    expect(b.groups.find((g) => g.id === 'liquidity')!.notes!.some((n) => n.startsWith('WTI: not computed'))).toBe(true);
  });

  it('an account switched to var gets max(VaR, ES), and the comparison lists var and house for every account', async () => {
    services = tempServices();
    await services.margin.whenIdle();
    const updated = nextMargin(services);
    await services.api.setAccountMarginMethod({ account: 'DESK-C', method: 'var' });
    const c = await services.api.getAccountMargin({ runId: (await updated).runId, account: 'DESK-C' });
    expect(c.method).toBe('var');
    expect(c.requirement).toBeCloseTo(Math.max(c.components.var!, c.components.es!), 9);
    const expected = direct('var', 'var-default.json').accounts.find((a) => a.id === 'DESK-C')!;
    expect(c.components.var).toBeCloseTo(expected.components.var!, 4);
    expect(c.groups[0]!.worstScenario?.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const comparison = await services.api.compareMargins({});
    const byMethod = new Map(comparison.methods.map((m) => [m.method, m]));
    expect(byMethod.get('var')!.accounts.map((a) => a.id)).toEqual(['DESK-A', 'DESK-B', 'DESK-C']);
    expect(byMethod.get('house')!.accounts.every((a) => a.requirement > 0)).toBe(true);
  });
});
