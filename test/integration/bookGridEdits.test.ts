import { afterEach, describe, expect, it } from 'vitest';
import type { PositionRow } from '../../shared/bookView.ts';
import { dispatchApiCall } from '../../main/services/dispatchApiCall.ts';
import { priceInstruments } from '../../main/engine/priceInstruments.ts';
import { resolveBook } from '../../main/engine/resolveBook.ts';
import { DELTA, GAMMA, PRICE, THETA, VEGA, valuationFieldCount } from '../../main/engine/valuationFields.ts';
import { bookDocument } from '../../main/worker/bookDocument.ts';
import { readBookSnapshot } from '../../main/worker/readBookSnapshot.ts';
import { tempServices } from './tempServices.ts';

let services: ReturnType<typeof tempServices>;
afterEach(async () => services?.dispose());

const find = (rows: readonly PositionRow[], account: string, instrument: string) => rows.find((r) => r.account === account && r.instrument === instrument);
const refusal = async (method: string, payload: unknown) => {
  const outcome = await dispatchApiCall(services.api, method, payload, () => {});
  if (outcome.ok) throw new Error(`${method} was accepted`);
  return outcome.error;
};

describe('Book grid edits: add, delete, vol, batches', () => {
  it('adds and deletes a position, each one write that bumps the version and recomputes margin', async () => {
    services = tempServices();
    const v0 = (await services.api.getBook({})).version;
    const added = await services.api.addPosition({ account: 'DESK-A', instrument: 'SPX', quantity: 3 });
    expect(added).toMatchObject({ account: 'DESK-A', instrument: 'SPX', kind: 'index', quantity: 3 });
    const book = await services.api.getBook({});
    expect(book.version).toBe(v0 + 1);
    expect(find(book.positions, 'DESK-A', 'SPX')?.id).toBe(added.id);
    const deleted = await services.api.deletePosition({ positionId: added.id });
    expect(deleted).toEqual({ positionId: added.id, version: v0 + 2 });
    expect(find((await services.api.getBook({})).positions, 'DESK-A', 'SPX')).toBeUndefined();
    await services.margin.whenIdle();
    expect((await services.api.getMargin({}))!.bookVersion).toBe(v0 + 2);
  });

  it('refuses a bad add, delete or vol with the reason, and changes nothing', async () => {
    services = tempServices();
    const v0 = (await services.api.getBook({})).version;
    expect((await refusal('addPosition', { account: 'DESK-Z', instrument: 'SPX', quantity: 1 })).message).toMatch(/account "DESK-Z" is not in the book/);
    expect((await refusal('addPosition', { account: 'DESK-A', instrument: 'NOPE', quantity: 1 })).message).toMatch(/instrument "NOPE" is not in the book/);
    expect((await refusal('addPosition', { account: 'DESK-A', instrument: 'AAPL', quantity: 1 })).message).toMatch(/DESK-A already holds AAPL/);
    expect((await refusal('addPosition', { account: 'DESK-A', instrument: 'SPX', quantity: 'x' })).code).toBe('invalid-input');
    expect((await refusal('deletePosition', { positionId: 99_999 })).message).toMatch(/position 99999 is not in the book/);
    const rows = (await services.api.getBook({})).positions;
    const aapl = find(rows, 'DESK-A', 'AAPL')!;
    const call = find(rows, 'DESK-A', 'AAPL 240621C00180000')!;
    expect((await refusal('updatePosition', { positionId: aapl.id, field: 'vol', value: 0.2 })).message).toMatch(/AAPL is not an option/);
    expect((await refusal('updatePosition', { positionId: call.id, field: 'vol', value: 21.5 })).message).toMatch(/decimal \(0\.25 for 25%\)/);
    expect((await refusal('updatePosition', { positionId: call.id, field: 'vol', value: 0 })).message).toMatch(/above 0/);
    expect((await services.api.getBook({})).version).toBe(v0);
  });

  it('sets an option vol, which the valuation then uses instead of implying one', async () => {
    services = tempServices();
    const call = find((await services.api.getBook({})).positions, 'DESK-A', 'AAPL 240621C00180000')!;
    await services.api.updatePosition({ positionId: call.id, field: 'vol', value: 0.4 });
    expect(services.store.instruments.get('AAPL 240621C00180000')!.vol).toBe(0.4);
    const analytics = await services.api.getPositionAnalytics({});
    expect(analytics.positions.find((p) => p.positionId === call.id)).toMatchObject({ vol: 0.4, volImplied: false });
  });

  it('applies a pasted batch as one write, or with one bad line none of it, every bad line numbered', async () => {
    services = tempServices();
    const before = await services.api.getBook({});
    const btc = find(before.positions, 'DESK-C', 'BTC')!;
    const error = await refusal('applyPositionChanges', {
      changes: [
        { op: 'add', account: 'DESK-A', instrument: 'SPX', quantity: 2 },
        { op: 'add', account: 'DESK-C', instrument: 'ETHX', quantity: 1 },
        { op: 'change', positionId: btc.id, field: 'quantity', value: 4 },
        { op: 'add', account: 'DESK-A', instrument: 'SPX', quantity: 1 },
      ],
    });
    expect(error.message).toBe('line 2: instrument "ETHX" is not in the book (import it first); line 4: DESK-A already holds SPX: edit its quantity instead');
    expect(await services.api.getBook({})).toEqual(before);

    const outcome = await services.api.applyPositionChanges({
      changes: [
        { op: 'add', account: 'DESK-A', instrument: 'SPX', quantity: 2 },
        { op: 'add', account: 'DESK-C', instrument: 'ETH', quantity: 10 },
        { op: 'change', positionId: btc.id, field: 'quantity', value: 4 },
        { op: 'remove', positionId: find(before.positions, 'DESK-B', 'GCJ4')!.id },
      ],
    });
    expect(outcome.version).toBe(before.version + 1);
    expect(outcome.positions.map((p) => [p.account, p.instrument, p.quantity])).toEqual([['DESK-A', 'SPX', 2], ['DESK-C', 'ETH', 10], ['DESK-C', 'BTC', 4]]);
    const after = await services.api.getBook({});
    expect(after.positions.length).toBe(before.positions.length + 1);
    expect(find(after.positions, 'DESK-B', 'GCJ4')).toBeUndefined();
  });

  it('gives each position its greeks: priceInstruments per unit × quantity × multiplier, and its margin contribution', async () => {
    services = tempServices();
    await services.margin.whenIdle();
    const analytics = await services.api.getPositionAnalytics({});
    const snapshot = readBookSnapshot(services.store);
    const book = resolveBook(bookDocument(snapshot));
    const values = priceInstruments(book);
    expect(analytics.positions.map((p) => p.positionId)).toEqual(snapshot.positions.map((p) => p.id));
    book.positions.source.forEach((source, k) => {
      const row = book.positions.instrument[k]!;
      const size = snapshot.positions[source]!.quantity * snapshot.positions[source]!.multiplier;
      const got = analytics.positions[source]!;
      const at = (field: number) => values[row * valuationFieldCount + field]! * size;
      expect(got.value).toBeCloseTo(at(PRICE), 6);
      expect(got.delta).toBeCloseTo(at(DELTA), 6);
      expect(got.gamma).toBeCloseTo(at(GAMMA), 9);
      expect(got.vega).toBeCloseTo(at(VEGA), 6);
      expect(got.theta).toBeCloseTo(at(THETA), 6);
    });
    // 5000 SPY shares: delta 5000; contributions of an account sum to its groups' worst-scenario losses.
    const spy = find(snapshot.positions, 'DESK-A', 'SPY')!;
    expect(analytics.positions.find((p) => p.positionId === spy.id)!.delta).toBe(5000);
    const margin = (await services.api.getMargin({}))!;
    expect(analytics.marginRun?.runId).toBe(margin.runId);
    const deskA = await services.api.getAccountMargin({ runId: margin.runId, account: 'DESK-A' });
    const lossA = deskA.groups.reduce((sum, g) => sum - g.contributions.reduce((s, c) => s + c.pnl, 0), 0);
    const ids = new Set(snapshot.positions.filter((p) => p.account === 'DESK-A').map((p) => p.id));
    const summed = analytics.positions.filter((p) => ids.has(p.positionId)).reduce((s, p) => s + (p.marginContribution ?? 0), 0);
    expect(summed).toBeCloseTo(lossA, 6);
  });
});
