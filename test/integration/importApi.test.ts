import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../main/services/dispatchApiCall.ts';
import type { MarginHeadline } from '../../shared/marginView.ts';
import { repoRoot, tempServices } from './tempServices.ts';

let services: ReturnType<typeof tempServices>;
afterEach(async () => services?.dispose());

const file = (path: string) => ({ fileName: path.split('/').pop()!, base64: readFileSync(join(repoRoot, path)).toString('base64') });

describe('the import through the Api', () => {
  it('commitImport writes, announces bookChanged, and margin recomputes by itself with the new account', async () => {
    services = tempServices();
    await services.margin.whenIdle();
    const margins: MarginHeadline[] = [];
    services.events.on('marginUpdated', (m) => margins.push(m));
    const preview = await services.api.previewImport({ ...file('test/fixtures/imports/desk_d.csv'), options: { overrides: { ZNM4: { expiry: '2024-06-18' }, SIK4: { multiplier: 1000 } } }, skipInvalid: true });
    expect(preview).toMatchObject({ format: 'generic-csv', canCommit: true, positions: 5, errorRows: [{ line: 7 }] });
    const outcome = await services.api.commitImport({ ...file('test/fixtures/imports/desk_d.csv'), options: { overrides: { ZNM4: { expiry: '2024-06-18' }, SIK4: { multiplier: 1000 } } }, skipInvalid: true });
    expect(outcome).toMatchObject({ written: true, accounts: ['DESK-D'], positions: 5 });
    await services.margin.whenIdle();
    const latest = margins.at(-1)!;
    expect(latest.bookVersion).toBe(outcome.bookVersion);
    expect(latest.accounts.map((a) => a.id)).toContain('DESK-D');
    const book = await services.api.getBook({});
    expect(book.positions.filter((p) => p.account === 'DESK-D').map((p) => [p.instrument, p.quantity, p.multiplier])).toEqual([
      ['AAPL', 500, 1],
      ['AAPL 240621C00200000', 25, 100],
      ['ESM4', 2, 50],
      ['SIK4', 1, 1000],
      ['ZNM4', 3, 1000],
    ]);
    expect(await services.api.listInstrumentOverrides({})).toEqual([
      { rawSymbol: 'SIK4', override: { multiplier: 1000 }, updatedAt: expect.any(String) },
      { rawSymbol: 'ZNM4', override: { expiry: '2024-06-18' }, updatedAt: expect.any(String) },
    ]);
    expect((await services.api.listImportBatches({})).map((b) => [b.fileName, b.accounts, b.positions, b.skippedRows])).toEqual([['desk_d.csv', ['DESK-D'], 5, 1]]);
  });

  it('validates payloads with the shared schemas', async () => {
    services = tempServices();
    const both = await dispatchApiCall(services.api, 'previewImport', { fileName: 'a.csv', text: 'x', base64: 'eA==' });
    expect(both).toEqual({ ok: false, error: { code: 'invalid-input', message: 'previewImport: text: give the file as text or as base64 bytes (one of them)' } });
    const badOverride = await dispatchApiCall(services.api, 'commitImport', { fileName: 'a.csv', text: 'x', options: { overrides: { SI: { multiplier: -5 } } } });
    expect(badOverride).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('options.overrides.SI.multiplier: expected a multiplier above 0') } });
    const badProfile = await dispatchApiCall(services.api, 'saveMappingProfile', { name: 'p', columns: { A: 'symbol' } });
    expect(badProfile).toMatchObject({ ok: false, error: { message: 'saveMappingProfile: columns: map one column to quantity' } });
  });

  it('saves mapping profiles and overrides, and forgets an override', async () => {
    services = tempServices();
    await services.api.saveMappingProfile({ name: 'desk sheet', columns: { 'Col A': 'symbol', 'Col B': 'quantity' } });
    expect(await services.api.listMappingProfiles({})).toEqual([{ name: 'desk sheet', columns: { 'Col A': 'symbol', 'Col B': 'quantity' } }]);
    const preview = await services.api.previewImport(file('test/fixtures/brokers/generic/unmapped.csv'));
    expect(preview.rows.map((r) => r.instrument.id)).toEqual(['AAPL', 'MSFT']);
    await services.api.saveInstrumentOverride({ rawSymbol: 'SIK4', override: { multiplier: 1000 } });
    expect((await services.api.previewImport(file('test/fixtures/brokers/cme/spanposconv.csv'))).rememberedOverrides).toEqual({ SIK4: { multiplier: 1000 } });
    expect(await services.api.saveInstrumentOverride({ rawSymbol: 'SIK4', override: null })).toBeNull();
    expect(await services.api.listInstrumentOverrides({})).toEqual([]);
  });
});
