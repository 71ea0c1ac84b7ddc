import { afterAll, describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../main/services/dispatchApiCall.ts';
import { openStore } from '../../main/store/openStore.ts';
import { UiStateRepository } from '../../main/store/uiStateRepository.ts';
import { uiStateMaxKeys, uiStateMaxValueChars } from '../../shared/uiState.ts';
import { tempServices } from './tempServices.ts';

describe('UI state through the Api', () => {
  const services = tempServices();
  afterAll(() => services.dispose());
  const call = (method: string, payload: unknown) => dispatchApiCall(services.api, method, payload, () => {});

  it('saves values, returns them all, and forgets a key set to null', async () => {
    expect(await call('getUiState', {})).toEqual({ ok: true, value: {} });
    const layout = [{ colId: 'requirement', width: 222, sort: null, hide: false, pinned: null }];
    expect(await call('setUiState', { key: 'grid.margin.columns', value: layout })).toEqual({ ok: true, value: { key: 'grid.margin.columns' } });
    await call('setUiState', { key: 'shell.theme', value: 'dark' });
    expect(await call('getUiState', {})).toEqual({ ok: true, value: { 'grid.margin.columns': layout, 'shell.theme': 'dark' } });
    await call('setUiState', { key: 'shell.theme', value: null });
    expect(await call('getUiState', {})).toEqual({ ok: true, value: { 'grid.margin.columns': layout } });
  });

  it('refuses bad keys, non-JSON values, oversized values and extra fields', async () => {
    const refusals = [
      { key: '', value: 1 },
      { key: '../etc', value: 1 },
      { key: 'x'.repeat(101), value: 1 },
      { key: 'a', value: 'x'.repeat(uiStateMaxValueChars) },
      { key: 'a', value: Number.NaN },
      { key: 'a' },
      { key: 'a', value: 1, extra: true },
    ];
    for (const payload of refusals) {
      const outcome = await call('setUiState', payload);
      expect(outcome.ok, JSON.stringify(payload).slice(0, 80)).toBe(false);
      if (!outcome.ok) expect(outcome.error.code).toBe('invalid-input');
    }
    expect(await call('getUiState', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it(`keeps at most ${uiStateMaxKeys} keys but still updates existing ones`, async () => {
    const store = openStore(services.dbFile);
    const repo = new UiStateRepository(store.db);
    store.transaction(() => {
      for (let i = repo.count(); i < uiStateMaxKeys; i++) repo.set(`filler.${i}`, i, 'now');
    });
    store.close();
    expect(await call('setUiState', { key: 'one.more', value: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('setUiState', { key: 'grid.margin.columns', value: [] })).toMatchObject({ ok: true });
  });

  it('survives a restart: a new set of services on the same file reads it back', async () => {
    const store = openStore(services.dbFile);
    expect(new UiStateRepository(store.db).all()['grid.margin.columns']).toEqual([]);
    store.close();
  });
});
