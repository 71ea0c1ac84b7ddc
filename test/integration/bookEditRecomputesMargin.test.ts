import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../main/services/dispatchApiCall.ts';
import { nextMargin, repoRoot, tempServices } from './tempServices.ts';

let services: ReturnType<typeof tempServices>;
afterEach(async () => services?.dispose());

describe('book → store → worker → margin', () => {
  it('seeds the sample book, rule set and scenario library on first start', async () => {
    services = tempServices();
    const book = await services.api.getBook({});
    expect(book.accounts.map((a) => a.id)).toEqual(['DESK-A', 'DESK-B', 'DESK-C']);
    expect(book.positions.length).toBe(22);
    expect((await services.api.listRuleSets({})).map((r) => r.id)).toEqual(expect.arrayContaining(['gross-notional-default', 'span-cme-futures', 'crypto-pm-deribit']));
    expect((await services.api.listScenarioSets({})).length).toBeGreaterThanOrEqual(2);
  });

  it('computes the first run in the worker, each account under its own method and rule-set version', async () => {
    services = tempServices();
    await services.margin.whenIdle();
    const margin = (await services.api.getMargin({}))!;
    expect(margin.accounts.map((a) => [a.id, a.method, a.ruleSet.version])).toEqual([
      ['DESK-A', 'finra-pm', 1],
      ['DESK-B', 'span', 1],
      ['DESK-C', 'crypto-pm', 1],
    ]);
    for (const a of margin.accounts) {
      expect(a.requirement).toBeGreaterThan(0);
      expect(a.excess).toBeCloseTo(a.equity - a.requirement, 6);
    }
    expect(services.store.marginRuns.list(10)[0]!.accounts.map((a) => a.ruleSet.id)).toEqual(['finra-pm-equity', 'span-cme-futures', 'crypto-pm-deribit']);
  });

  it('the run and its event carry headlines; the explanation of one account is asked for by run and account', async () => {
    services = tempServices();
    await services.margin.whenIdle();
    const margin = (await services.api.getMargin({}))!;
    expect(JSON.stringify(margin).length).toBeLessThan(3000);
    const deskB = await services.api.getAccountMargin({ runId: margin.runId, account: 'DESK-B' });
    const headline = margin.accounts.find((a) => a.id === 'DESK-B')!;
    expect(headline).toMatchObject({ requirement: deskB.requirement, excess: deskB.excess, groupCount: deskB.groups.length, excludedCount: deskB.excluded.length });
    expect(deskB.groups.some((g) => g.contributions.length > 0)).toBe(true);
    await expect(services.api.getAccountMargin({ runId: margin.runId, account: 'DESK-Z' })).rejects.toThrow(`account "DESK-Z" is not in margin run ${margin.runId}`);
    await expect(services.api.getAccountMargin({ runId: 9999, account: 'DESK-B' })).rejects.toThrow('margin run 9999 is not saved');
  });

  it('the gross-notional baseline matches a hand computation', async () => {
    services = tempServices();
    await services.margin.whenIdle();
    const updated = nextMargin(services);
    await services.api.setAccountMarginMethod({ account: 'DESK-B', method: 'gross-notional' });
    const deskB = (await updated).accounts.find((a) => a.id === 'DESK-B')!;
    // Hand computation from resources/sample-book.json and resources/rules/gross-notional.json:
    // futures at 10%: ESM4 12×50×5175.25, NQM4 6×20×18240.5, CLK4 8×1000×81.04, GCJ4 5×100×2161.5;
    // options at 15% of underlying notional: ESM4 C5300 10×50×5175.25, CLK4 P75 20×1000×81.04.
    const futures = 12 * 50 * 5175.25 + 6 * 20 * 18240.5 + 8 * 1000 * 81.04 + 5 * 100 * 2161.5;
    const options = 10 * 50 * 5175.25 + 20 * 1000 * 81.04;
    expect(deskB.method).toBe('gross-notional');
    expect(deskB.requirement).toBeCloseTo(0.1 * futures + 0.15 * options, 6);
    expect(deskB.excess).toBeCloseTo(4_000_000 - deskB.requirement, 6);
  });

  it('an edited quantity is saved and the margin is recomputed by itself', async () => {
    services = tempServices();
    await services.margin.whenIdle();
    await services.api.setAccountMarginMethod({ account: 'DESK-B', method: 'gross-notional' });
    await services.margin.whenIdle();
    const book = await services.api.getBook({});
    const es = book.positions.find((p) => p.instrument === 'ESM4')!;
    const before = (await services.api.getMargin({}))!.accounts.find((a) => a.id === 'DESK-B')!.requirement;
    const updated = nextMargin(services);
    const row = await services.api.updatePosition({ positionId: es.id, field: 'quantity', value: 22 });
    expect(row.quantity).toBe(22);
    const after = (await updated).accounts.find((a) => a.id === 'DESK-B')!.requirement;
    expect(after - before).toBeCloseTo(10 * 50 * 5175.25 * 0.1, 6);
    expect((await services.api.getBook({})).version).toBe(book.version + 1);
    expect(services.store.marginRuns.list(10).length).toBe(3);
  });

  it('a price edit flows into options on that underlying', async () => {
    services = tempServices();
    await services.margin.whenIdle();
    const aapl = (await services.api.getBook({})).positions.find((p) => p.instrument === 'AAPL')!;
    const updated = nextMargin(services);
    await services.api.updatePosition({ positionId: aapl.id, field: 'price', value: 200 });
    const deskA = await services.api.getAccountMargin({ runId: (await updated).runId, account: 'DESK-A' });
    expect(deskA.excluded).toEqual([]);
    expect(deskA.requirement).toBeGreaterThan(0);
  });

  it('refuses bad input with a message naming the field, and changes nothing', async () => {
    services = tempServices();
    const before = await services.api.getBook({});
    const bad = await dispatchApiCall(services.api, 'updatePosition', { positionId: before.positions[0]!.id, field: 'quantity', value: 'abc' });
    expect(bad).toEqual({ ok: false, error: { code: 'invalid-input', message: 'updatePosition: value: expected a number' } });
    const missing = await dispatchApiCall(services.api, 'updatePosition', { positionId: 99999, field: 'quantity', value: 1 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const option = before.positions.find((p) => p.kind === 'option')!;
    const negative = await dispatchApiCall(services.api, 'updatePosition', { positionId: option.id, field: 'price', value: -1 });
    expect(negative).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('price') } });
    const unknown = await dispatchApiCall(services.api, 'dropTables', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await services.api.getBook({})).toEqual(before);
  });

  it('imports a portfolio document all-or-nothing', async () => {
    services = tempServices();
    const before = await services.api.getBook({});
    const text = readFileSync(join(repoRoot, 'resources', 'sample-book.json'), 'utf8');
    const broken = JSON.parse(text) as { positions: { quantity: unknown }[] };
    broken.positions[3]!.quantity = 'ten';
    const refused = await dispatchApiCall(services.api, 'importPortfolio', { fileName: 'desk.json', text: JSON.stringify(broken) });
    expect(refused).toEqual({ ok: false, error: { code: 'invalid-input', message: 'desk.json: positions[3].quantity: expected a number' } });
    expect(await services.api.getBook({})).toEqual(before);
    const doc = JSON.parse(text) as { accounts: unknown[]; positions: { account: string }[] };
    doc.accounts = doc.accounts.slice(0, 1);
    doc.positions = doc.positions.filter((p) => p.account === 'DESK-A');
    const summary = await services.api.importPortfolio({ fileName: 'desk.json', text: JSON.stringify(doc) });
    expect(summary.accounts).toEqual(['DESK-A']);
    expect((await services.api.getBook({})).positions.length).toBe(9);
  });
});
