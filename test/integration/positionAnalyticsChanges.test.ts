import { afterEach, describe, expect, it } from 'vitest';
import { analyticsKeyOf, applyAnalyticsUpdate, type BookAnalytics } from '../../shared/positionAnalytics.ts';
import { nextMargin, tempServices } from './tempServices.ts';

let services: ReturnType<typeof tempServices>;
afterEach(async () => services?.dispose());

const all = (a: BookAnalytics) => ({ bookVersion: a.bookVersion, marginRun: a.marginRun, positions: [...a.positions].sort((x, y) => x.positionId - y.positionId) });

describe('position figures sent as changes since the ones a caller holds', () => {
  it('after an edit, an add and a delete, only the touched positions come back, and merged they equal all the figures read afresh', async () => {
    services = tempServices();
    await services.margin.whenIdle();
    const first = await services.api.getPositionAnalytics({});
    expect(first.kind).toBe('all');
    const held = applyAnalyticsUpdate(null, first)!;
    const btc = (await services.api.getBook({})).positions.find((p) => p.account === 'DESK-C' && p.instrument === 'BTC')!;
    const gold = (await services.api.getBook({})).positions.find((p) => p.account === 'DESK-B' && p.instrument === 'GCJ4')!;

    const margin = nextMargin(services);
    const outcome = await services.api.applyPositionChanges({
      changes: [
        { op: 'change', positionId: btc.id, field: 'quantity', value: 4 },
        { op: 'add', account: 'DESK-A', instrument: 'SPX', quantity: 2 },
        { op: 'remove', positionId: gold.id },
      ],
    });
    await margin;
    await services.margin.whenIdle();
    const update = await services.api.getPositionAnalytics({ since: analyticsKeyOf(held) });
    if (update.kind !== 'changes') throw new Error('expected changes');
    expect(update.removed).toEqual([gold.id]);
    const added = outcome.positions.find((p) => p.instrument === 'SPX')!;
    const sent = new Set(update.positions.map((p) => p.positionId));
    expect(sent.has(btc.id) && sent.has(added.id)).toBe(true);
    // Only positions whose figures moved are sent, not the whole book.
    expect(update.positions.length).toBeLessThan(held.positions.length);

    const merged = applyAnalyticsUpdate(held, update)!;
    const fresh = await services.api.getPositionAnalytics({});
    expect(all(merged)).toEqual(all(applyAnalyticsUpdate(null, fresh)!));
    // Positions whose figures did not move are the very objects the caller held.
    const untouched = held.positions.find((p) => !sent.has(p.positionId))!;
    expect(merged.positions.find((p) => p.positionId === untouched.positionId)).toBe(untouched);
  });

  it('answers with every position when the figures the caller names are unknown, and a caller refuses changes since figures it does not hold', async () => {
    services = tempServices();
    const update = await services.api.getPositionAnalytics({ since: { bookVersion: 999, runId: null } });
    expect(update.kind).toBe('all');
    expect(update.positions.length).toBe(22);
    const stale = { ...update, kind: 'changes' as const, since: { bookVersion: 998, runId: null }, removed: [] };
    expect(applyAnalyticsUpdate(applyAnalyticsUpdate(null, update), stale)).toBeNull();
  });
});
