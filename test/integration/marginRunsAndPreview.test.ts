import { afterEach, describe, expect, it } from 'vitest';
import { tempServices } from './tempServices.ts';

let services: ReturnType<typeof tempServices>;
afterEach(async () => services?.dispose());

describe('comparing two margin runs', () => {
  it('shows the account and position-by-position difference an edited quantity makes', async () => {
    services = tempServices();
    await services.margin.whenIdle();
    const book = await services.api.getBook({});
    const es = book.positions.find((p) => p.account === 'DESK-B' && p.instrument === 'ESM4')!;
    await services.api.updatePosition({ positionId: es.id, field: 'quantity', value: es.quantity + 10 });
    await services.margin.whenIdle();
    const runs = await services.api.listMarginRuns({});
    const [left, right] = runs.slice(-2).map((r) => r.runId) as [number, number];
    const comparison = await services.api.compareMarginRuns({ left, right });
    const stored = { left: services.store.marginRuns.account(left, 'DESK-B')!, right: services.store.marginRuns.account(right, 'DESK-B')! };
    const deskB = comparison.accounts.find((a) => a.account === 'DESK-B')!;
    expect(deskB.left!.requirement).toBe(stored.left.requirement);
    expect(deskB.right!.requirement).toBe(stored.right.requirement);
    expect(deskB.right!.requirement).not.toBe(deskB.left!.requirement);
    const position = comparison.positions.find((p) => p.account === 'DESK-B' && p.instrument === 'ESM4')!;
    expect(position.left!.quantity).toBe(es.quantity);
    expect(position.right!.quantity).toBe(es.quantity + 10);
    // The same move on (quantity + 10) instead of quantity: the worst-scenario P&L scales with it.
    expect(position.right!.pnl / position.left!.pnl).toBeCloseTo((es.quantity + 10) / es.quantity, 6);
    const unchanged = comparison.positions.find((p) => p.account === 'DESK-A')!;
    expect(unchanged.right).toEqual(unchanged.left);
  });

  it('refuses an unknown run', async () => {
    services = tempServices();
    await services.margin.whenIdle();
    await expect(services.api.compareMarginRuns({ left: 1, right: 999 })).rejects.toThrow('no margin run 999');
  });
});

describe('previewing a rule-set edit', () => {
  it('shows every account before and after, leaves the store untouched, and equals what saving produces', async () => {
    services = tempServices();
    await services.margin.whenIdle();
    await services.api.setAccountMarginMethod({ account: 'DESK-B', method: 'gross-notional' });
    await services.margin.whenIdle();
    const entry = services.store.ruleSets.get('gross-notional-default')!;
    const document = structuredClone(entry.document) as { parameters: { rates: { future: number } } };
    document.parameters.rates.future = 0.2;
    const runsBefore = (await services.api.listMarginRuns({})).length;
    const latest = services.store.marginRuns.latestHeadline()!;

    const preview = await services.api.previewRuleSet({ document });
    expect(preview.ruleSet).toEqual({ id: 'gross-notional-default', version: entry.version + 1, method: 'gross-notional' });
    expect(services.store.ruleSets.get('gross-notional-default')!.version).toBe(entry.version);
    expect((await services.api.listMarginRuns({})).length).toBe(runsBefore);
    for (const a of preview.accounts) expect(a.before).toBeCloseTo(latest.accounts.find((x) => x.id === a.id)!.requirement, 6);
    const deskB = preview.accounts.find((a) => a.id === 'DESK-B')!;
    expect(deskB.affected).toBe(true);
    // DESK-B futures notional (resources/sample-book.json) × the 10-point rate increase.
    const futures = 12 * 50 * 5175.25 + 6 * 20 * 18240.5 + 8 * 1000 * 81.04 + 5 * 100 * 2161.5;
    expect(deskB.after - deskB.before).toBeCloseTo(0.1 * futures, 4);
    for (const a of preview.accounts.filter((x) => !x.affected)) expect(a.after).toBe(a.before);

    await services.api.saveRuleSet({ document });
    await services.margin.whenIdle();
    const saved = services.store.marginRuns.latestHeadline()!;
    for (const a of preview.accounts) expect(saved.accounts.find((x) => x.id === a.id)!.requirement).toBeCloseTo(a.after, 6);
  });

  it('refuses an invalid draft with the path at fault', async () => {
    services = tempServices();
    const document = structuredClone(services.store.ruleSets.get('gross-notional-default')!.document) as { parameters: { rates: { future: unknown } } };
    document.parameters.rates.future = 'abc';
    await expect(services.api.previewRuleSet({ document })).rejects.toThrow(/rates\.future/);
  });
});
