import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPositionChanges } from '../../../main/services/applyPositionChanges.ts';
import type { Store } from '../../../main/store/openStore.ts';
import { resolveStoredBook } from '../../../main/worker/resolveStoredBook.ts';
import { seededTempStore } from '../../fixtures/seededTempStore.ts';

let store: Store;
let dispose: () => void;
beforeAll(() => {
  ({ store, dispose } = seededTempStore());
});
afterAll(() => dispose());

describe('resolveStoredBook', () => {
  it('gives the book resolved last while its version stands, and reads it again after any change', () => {
    const first = resolveStoredBook(store);
    expect(resolveStoredBook(store)).toBe(first);

    const btc = first.snapshot.positions.find((p) => p.account === 'DESK-C' && p.instrument === 'BTC')!;
    applyPositionChanges(store, [{ op: 'change', positionId: btc.id, field: 'quantity', value: 7 }]);
    const after = resolveStoredBook(store);
    expect(after).not.toBe(first);
    expect(after.snapshot.bookVersion).toBe(first.snapshot.bookVersion + 1);
    expect(after.snapshot.positions.find((p) => p.id === btc.id)!.quantity).toBe(7);
    const resolved = Array.from(after.book.positions.source).findIndex((source) => after.snapshot.positions[source]!.id === btc.id);
    expect(after.book.positions.quantity[resolved]).toBe(7);
    expect(resolveStoredBook(store)).toBe(after);
  });
});
