import { afterEach, describe, expect, it } from 'vitest';
import type { PositionChange } from '../../shared/positionChange.ts';
import { dispatchApiCall } from '../../main/services/dispatchApiCall.ts';
import { tempServices } from './tempServices.ts';

let services: ReturnType<typeof tempServices>;
afterEach(async () => services?.dispose());

describe('what-if: the margin change of edits the book does not see', () => {
  it('previews every method per account without touching the store, and equals a real edit', async () => {
    services = tempServices();
    await services.margin.whenIdle();
    const book = await services.api.getBook({});
    const id = (account: string, instrument: string) => book.positions.find((p) => p.account === account && p.instrument === instrument)!.id;
    const changes: PositionChange[] = [
      { op: 'add', account: 'DESK-A', instrument: 'SPX', quantity: 5 },
      { op: 'change', positionId: id('DESK-B', 'ESM4'), field: 'quantity', value: 20 },
      { op: 'change', positionId: id('DESK-A', 'AAPL 240621C00180000'), field: 'vol', value: 0.3 },
      { op: 'remove', positionId: id('DESK-C', 'BTC') },
    ];
    const runs = services.store.marginRuns.list(100).length;
    const preview = await services.api.previewWhatIf({ changes });
    expect(await services.api.getBook({})).toEqual(book);
    expect(services.store.marginRuns.list(100).length).toBe(runs);

    const current = await services.api.compareMargins({});
    expect(preview.bookVersion).toBe(book.version);
    expect(preview.methods.map((m) => m.method)).toEqual(current.methods.map((m) => m.method));
    for (const m of preview.methods) {
      const now = current.methods.find((c) => c.method === m.method)!;
      for (const a of m.accounts) {
        expect(a.before).toBeCloseTo(now.accounts.find((x) => x.id === a.account)?.requirement ?? 0, 6);
        expect(a.change).toBeCloseTo(a.after - a.before, 9);
        expect(a.assigned).toBe(book.accounts.find((x) => x.id === a.account)!.marginMethod === m.method);
      }
    }
    // ESM4 12 → 20 under gross notional: 8 × 50 × 5,175.25 × 10% more.
    const gross = preview.methods.find((m) => m.method === 'gross-notional')!.accounts.find((a) => a.account === 'DESK-B')!;
    expect(gross.change).toBeCloseTo(8 * 50 * 5175.25 * 0.1, 6);

    // The touched positions, valued with the changes: the added SPX, ESM4 at 20, every holder of the AAPL call at vol 0.3.
    const analytics = await services.api.getPositionAnalytics({});
    const figures = (account: string, instrument: string) => analytics.positions.find((p) => p.positionId === id(account, instrument))!;
    const valued = (account: string, instrument: string) => preview.positions.find((p) => p.account === account && p.instrument === instrument);
    expect(preview.positions.map((p) => `${p.account} ${p.instrument}`).sort()).toEqual(['DESK-A AAPL 240621C00180000', 'DESK-A SPX', 'DESK-B ESM4']);
    expect(valued('DESK-B', 'ESM4')!.delta).toBeCloseTo((figures('DESK-B', 'ESM4').delta! * 20) / 12, 6);
    expect(valued('DESK-A', 'SPX')).toMatchObject({ notValued: null, vol: null });
    expect(valued('DESK-A', 'SPX')!.delta).toBeGreaterThan(0);
    expect(valued('DESK-A', 'AAPL 240621C00180000')).toMatchObject({ vol: 0.3, volImplied: false });
    expect(valued('DESK-A', 'AAPL 240621C00180000')!.vega).not.toBeCloseTo(figures('DESK-A', 'AAPL 240621C00180000').vega!, 3);

    await services.api.applyPositionChanges({ changes });
    const edited = await services.api.compareMargins({});
    for (const m of preview.methods) {
      const real = edited.methods.find((c) => c.method === m.method)!;
      for (const a of m.accounts) expect(a.after).toBeCloseTo(real.accounts.find((x) => x.id === a.account)?.requirement ?? 0, 6);
    }
  });

  it('refuses changes a commit would refuse, with the line', async () => {
    services = tempServices();
    const outcome = await dispatchApiCall(services.api, 'previewWhatIf', { changes: [{ op: 'add', account: 'DESK-A', instrument: 'SPX', quantity: 1 }, { op: 'remove', positionId: 99_999 }] }, () => {});
    expect(outcome).toEqual({ ok: false, error: { code: 'invalid-input', message: 'line 2: position 99999 is not in the book' } });
  });
});
