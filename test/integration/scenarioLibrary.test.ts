import { afterEach, describe, expect, it } from 'vitest';
import type { ApiEvents } from '../../shared/api.ts';
import type { ScenarioSet } from '../../shared/scenarioSet.ts';
import { dispatchApiCall } from '../../main/services/dispatchApiCall.ts';
import { tempServices } from './tempServices.ts';
import { linearFuturesBook } from '../fixtures/linearFuturesBook.ts';

let services: ReturnType<typeof tempServices>;
afterEach(async () => services?.dispose());

const ladder = (moves: Record<string, number>): ScenarioSet => ({
  format: 'scanline.scenarios/1',
  id: 'desk-ladder',
  name: 'Desk ladder',
  scenarios: Object.entries(moves).map(([id, move]) => ({ id, name: `All ${move * 100}%`, daysForward: 0, shocks: [{ target: { all: true }, price: { type: 'relative', value: move } }] })),
});

/** Two futures only: every scenario's P&L is quantity × multiplier × price × move. */
const linearBook = linearFuturesBook({ accounts: [{ id: 'G', equity: 1e6 }], positions: [{ account: 'G', instrument: 'ESM4', quantity: -3 }] });

function collect(event: 'scenariosChanged'): ApiEvents['scenariosChanged'][] {
  const seen: ApiEvents['scenariosChanged'][] = [];
  services.events.on(event, (e) => seen.push(e));
  return seen;
}

describe('scenario library: versions, duplicates, soft delete', () => {
  it('saving an existing id adds the next version and keeps the old one readable', async () => {
    services = tempServices();
    const events = collect('scenariosChanged');
    const v1 = await services.api.saveScenarioSet({ document: ladder({ dn: -0.1 }), baseVersion: 0 });
    const v2 = await services.api.saveScenarioSet({ document: ladder({ dn: -0.2, up: 0.1 }), baseVersion: 1 });
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect((await services.api.listScenarioSetVersions({ id: 'desk-ladder' })).map((e) => e.version)).toEqual([2, 1]);
    expect(((await services.api.getScenarioSet({ id: 'desk-ladder', version: 1 })).document as ScenarioSet).scenarios).toHaveLength(1);
    expect(((await services.api.getScenarioSet({ id: 'desk-ladder' })).document as ScenarioSet).scenarios).toHaveLength(2);
    const listed = (await services.api.listScenarioSets({})).filter((e) => e.id === 'desk-ladder');
    expect(listed.map((e) => e.version)).toEqual([2]);
    expect(events).toEqual([
      { id: 'desk-ladder', version: 1, deleted: false },
      { id: 'desk-ladder', version: 2, deleted: false },
    ]);
  });

  it('refuses a save based on a version that is no longer the latest, and a new set whose id is taken', async () => {
    services = tempServices();
    await services.api.saveScenarioSet({ document: ladder({ dn: -0.1 }) });
    await services.api.saveScenarioSet({ document: ladder({ dn: -0.2 }) });
    await expect(services.api.saveScenarioSet({ document: ladder({ dn: -0.3 }), baseVersion: 1 })).rejects.toThrow('saved as v2 after v1 was opened');
    await expect(services.api.saveScenarioSet({ document: ladder({ dn: -0.3 }), baseVersion: 0 })).rejects.toThrow('id: scenario set "desk-ladder" already exists');
    expect(await services.api.listScenarioSetVersions({ id: 'desk-ladder' })).toHaveLength(2);
  });

  it('names every invalid field by its JSON path and saves nothing', async () => {
    services = tempServices();
    const bad = { ...ladder({ a: -0.1, b: 0.1 }), scenarios: [{ id: 'a', name: 'A', shocks: [{ target: { all: true }, price: { type: 'percent', value: 'x' } }] }, { id: 'a', name: 'again', shocks: [] }] };
    const result = await dispatchApiCall(services.api, 'saveScenarioSet', { document: bad });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.error.message;
    expect(message).toContain('scenarios[0].shocks[0].price.type: expected "relative", "absolute" or "set"');
    expect(message).toContain('scenarios[0].shocks[0].price.value: expected a price move');
    const duplicateIds = await dispatchApiCall(services.api, 'saveScenarioSet', { document: { ...ladder({ a: -0.1 }), scenarios: [...ladder({ a: -0.1 }).scenarios, ...ladder({ a: 0.2 }).scenarios] } });
    expect(duplicateIds.ok ? '' : duplicateIds.error.message).toBe('document: scenarios[1].id: "a" is already the id of scenarios[0]');
    expect(services.store.scenarioSets.versions('desk-ladder')).toEqual([]);
  });

  it('duplicates a set (latest or a given version) under a new id as its version 1', async () => {
    services = tempServices();
    const copy = await services.api.duplicateScenarioSet({ id: 'price-ladder', newId: 'my-ladder', name: 'My ladder' });
    expect(copy).toMatchObject({ id: 'my-ladder', version: 1, name: 'My ladder' });
    const doc = copy.document as ScenarioSet;
    expect([doc.id, doc.name]).toEqual(['my-ladder', 'My ladder']);
    expect(doc.scenarios).toEqual(((await services.api.getScenarioSet({ id: 'price-ladder' })).document as ScenarioSet).scenarios);
    await expect(services.api.duplicateScenarioSet({ id: 'price-ladder', newId: 'my-ladder', name: 'Again' })).rejects.toThrow('already exists');
    await expect(services.api.duplicateScenarioSet({ id: 'nope', newId: 'x', name: 'X' })).rejects.toThrow('scenario set "nope" is not in the library');
  });

  it('soft-deletes: the list hides the set, its versions stay readable, and the id stays taken', async () => {
    services = tempServices();
    await services.api.saveScenarioSet({ document: ladder({ dn: -0.1 }) });
    await services.api.saveScenarioSet({ document: ladder({ dn: -0.2 }) });
    const events = collect('scenariosChanged');
    expect(await services.api.deleteScenarioSet({ id: 'desk-ladder' })).toEqual({ id: 'desk-ladder', versions: 2 });
    expect(events).toEqual([{ id: 'desk-ladder', version: 2, deleted: true }]);
    expect((await services.api.listScenarioSets({})).map((e) => e.id)).not.toContain('desk-ladder');
    expect((await services.api.listScenarioSets({})).map((e) => e.id)).toContain('price-ladder');
    expect((await services.api.listScenarioSetVersions({ id: 'desk-ladder' })).map((e) => e.version)).toEqual([2, 1]);
    expect((await services.api.getScenarioSet({ id: 'desk-ladder', version: 1 })).version).toBe(1);
    await expect(services.api.getScenarioSet({ id: 'desk-ladder' })).rejects.toThrow('not in the library');
    await expect(services.api.saveScenarioSet({ document: ladder({ dn: -0.3 }), baseVersion: 2 })).rejects.toThrow('was deleted');
    await expect(services.api.saveScenarioSet({ document: ladder({ dn: -0.3 }), baseVersion: 0 })).rejects.toThrow('deleted; its versions keep the id');
    await expect(services.api.deleteScenarioSet({ id: 'desk-ladder' })).rejects.toThrow('not in the library');
  });
});

describe('scenario library: import and export', () => {
  it('imports a scanline.scenarios/1 file, and an exported document imports back as the next version', async () => {
    services = tempServices();
    const first = await services.api.importScenarioSet({ fileName: 'desk.json', text: `\uFEFF${JSON.stringify(ladder({ dn: -0.1 }))}` });
    expect(first).toMatchObject({ id: 'desk-ladder', version: 1 });
    const exported = JSON.stringify((await services.api.getScenarioSet({ id: 'desk-ladder' })).document, null, 2);
    const second = await services.api.importScenarioSet({ fileName: 'desk-ladder-v1.json', text: exported });
    expect(second.version).toBe(2);
    expect(second.document).toEqual(first.document);
  });

  it('refuses a file that is not JSON or not a scenario set, naming the file and each JSON path', async () => {
    services = tempServices();
    await expect(services.api.importScenarioSet({ fileName: 'broken.json', text: '{ "format": ' })).rejects.toThrow(/^broken\.json: not a JSON document/);
    const wrong = { format: 'scanline.portfolio/1', id: 'x', name: 'X', scenarios: [{ id: 's', name: 'S', shocks: [{ target: { everything: true }, vol: { type: 'points', value: 5 } }], daysForward: -1 }] };
    const error = await services.api.importScenarioSet({ fileName: 'wrong.json', text: JSON.stringify(wrong) }).catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(/^wrong\.json: /);
    expect((error as Error).message).toContain('format: expected "scanline.scenarios/1"');
    expect((error as Error).message).toContain('scenarios[0].shocks[0].target:');
    expect((error as Error).message).toContain('scenarios[0].daysForward:');
    expect(services.store.scenarioSets.versions('x')).toEqual([]);
  });
});

describe('scenario set comparison through the worker', () => {
  it('a set compared with itself differs by zero in every scenario and account', async () => {
    services = tempServices();
    const result = await services.api.compareScenarioSets({ left: { id: 'price-vol-grid' }, right: { id: 'price-vol-grid' } });
    expect(result.scenarios.length).toBeGreaterThan(10);
    expect(result.accounts.length).toBeGreaterThan(1);
    for (const s of result.scenarios) {
      expect(s.side).toBe('both');
      for (const p of s.pnl) expect(p.difference).toBe(0);
    }
    expect(result.scenarios.some((s) => s.pnl.some((p) => p.left !== 0))).toBe(true);
  });

  it('a changed scenario differs by the linear P&L change computed by hand; unmatched scenarios are listed on their side', async () => {
    services = tempServices();
    await services.api.importPortfolio({ fileName: 'linear.json', text: JSON.stringify(linearBook) });
    await services.api.saveScenarioSet({ document: ladder({ dn: -0.1, gone: -0.2, flat: 0 }) });
    const v2 = ladder({ dn: -0.15, flat: 0 });
    v2.scenarios.push({ id: 'added', name: 'SPX only +5%', daysForward: 0, shocks: [{ target: { underlying: 'SPX' }, price: { type: 'relative', value: 0.05 } }] });
    await services.api.saveScenarioSet({ document: v2 });
    const result = await services.api.compareScenarioSets({ left: { id: 'desk-ladder', version: 1 }, right: { id: 'desk-ladder', version: 2 } });
    expect(result.left).toMatchObject({ id: 'desk-ladder', version: 1 });
    expect(result.right).toMatchObject({ id: 'desk-ladder', version: 2 });
    expect(result.accounts.map((a) => a.id)).toEqual(['F', 'G']);
    const exposure = { F: 12 * 50 * 5175.25 - 8 * 1000 * 81.04, G: -3 * 50 * 5175.25 };
    const row = (id: string) => result.scenarios.find((s) => s.id === id)!;
    expect(result.scenarios.map((s) => [s.id, s.side])).toEqual([
      ['dn', 'both'],
      ['gone', 'left'],
      ['flat', 'both'],
      ['added', 'right'],
    ]);
    // −15% instead of −10%: each account loses another 5% of its linear exposure.
    expect(row('dn').pnl[0]!.left).toBeCloseTo(-0.1 * exposure.F, 6);
    expect(row('dn').pnl[0]!.right).toBeCloseTo(-0.15 * exposure.F, 6);
    expect(row('dn').pnl[0]!.difference).toBeCloseTo(-0.05 * exposure.F, 6);
    expect(row('dn').pnl[1]!.difference).toBeCloseTo(-0.05 * exposure.G, 6);
    expect(row('flat').pnl.map((p) => p.difference)).toEqual([0, 0]);
    expect(row('gone').pnl[0]).toEqual({ left: expect.closeTo(-0.2 * exposure.F, 6), right: null, difference: null });
    // SPX +5% moves ESM4 (on SPX), not CLK4 (on WTI).
    expect(row('added').pnl[0]!.right).toBeCloseTo(0.05 * 12 * 50 * 5175.25, 6);
    expect(row('added').pnl[0]!.left).toBeNull();
    expect(result.bookVersion).toBe((await services.api.getBook({})).version);
  });

  it('names a set or version that is not in the library', async () => {
    services = tempServices();
    await expect(services.api.compareScenarioSets({ left: { id: 'price-ladder' }, right: { id: 'price-ladder', version: 9 } })).rejects.toThrow('scenario set "price-ladder" v9 is not in the library');
  });
});
