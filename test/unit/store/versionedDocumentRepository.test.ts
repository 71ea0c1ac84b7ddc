import { describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/openStore.ts';

describe('versioned documents', () => {
  it('saving an id again adds the next version and keeps the old one', () => {
    const store = openStore(':memory:');
    store.ruleSets.save({ id: 'r', kind: 'gross-notional', name: 'R', effectiveDate: '2024-01-01', document: { a: 1 } }, 't1');
    store.ruleSets.save({ id: 'r', kind: 'gross-notional', name: 'R', effectiveDate: '2024-02-01', document: { a: 2 } }, 't2');
    expect(store.ruleSets.get('r')).toMatchObject({ version: 2, document: { a: 2 } });
    expect(store.ruleSets.get('r', 1)).toMatchObject({ version: 1, document: { a: 1 } });
    expect(store.ruleSets.versions('r').map((v) => v.version)).toEqual([2, 1]);
    expect(store.ruleSets.listLatest()).toHaveLength(1);
    store.close();
  });

  it('a failed transaction writes nothing', () => {
    const store = openStore(':memory:');
    expect(() =>
      store.transaction(() => {
        store.accounts.upsert({ id: 'A', name: 'A', currency: 'USD', equity: 1, marginMethod: 'span' });
        store.positions.insert('A', 'NO-SUCH-INSTRUMENT', 1);
      }),
    ).toThrow(/FOREIGN KEY/);
    expect(store.accounts.list()).toEqual([]);
    store.close();
  });
});
