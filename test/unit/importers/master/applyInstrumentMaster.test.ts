import { describe, expect, it } from 'vitest';
import type { Ambiguity, ImportedInstrument, ImportWarning } from '../../../../shared/importResult.ts';
import type { DraftPosition } from '../../../../main/importers/draftPosition.ts';
import { applyInstrumentMaster } from '../../../../main/importers/master/applyInstrumentMaster.ts';

const draft = (rawSymbol: string, root: string | undefined, instrument: ImportedInstrument, extra: Partial<DraftPosition> = {}): DraftPosition => ({
  line: 7,
  account: 'A',
  quantity: 1,
  rawSymbol,
  root,
  instrument,
  ...extra,
});

function apply(row: DraftPosition) {
  const ambiguities: Ambiguity[] = [];
  const warnings: ImportWarning[] = [];
  const [result] = applyInstrumentMaster([row], ambiguities, warnings);
  return { instrument: result?.instrument, ambiguities, warnings };
}

describe('applyInstrumentMaster', () => {
  it('fills a future’s size, underlying index and currency', () => {
    expect(apply(draft('ESM4', 'ES', { id: 'ESM4', kind: 'future', expiry: '2024-06-21' })).instrument).toEqual({
      id: 'ESM4', kind: 'future', expiry: '2024-06-21', multiplier: 50, underlying: 'SPX', currency: 'USD',
    });
  });

  it('never changes what the file states, but warns about an unknown size', () => {
    const { instrument, warnings } = apply(draft('ESM4', 'ES', { id: 'ESM4', kind: 'future', expiry: '2024-06-21', multiplier: 5, underlying: 'XSP', currency: 'EUR' }));
    expect(instrument).toMatchObject({ multiplier: 5, underlying: 'XSP', currency: 'EUR' });
    expect(warnings).toEqual([{ line: 7, message: expect.stringContaining('the instrument master has 50') }]);
  });

  it('asks about a root with two contract sizes when the file gives none', () => {
    const { instrument, ambiguities } = apply(draft('SIK4', 'SI', { id: 'SIK4', kind: 'future', expiry: '2024-05-28' }));
    expect(instrument?.multiplier).toBe(5000);
    expect(ambiguities).toEqual([
      {
        kind: 'instrument', rawSymbol: 'SIK4', field: 'multiplier', question: expect.any(String), lines: [7], assumed: 0,
        choices: [
          { label: expect.stringContaining('5000'), override: { multiplier: 5000 } },
          { label: expect.stringContaining('1000'), override: { multiplier: 1000 } },
        ],
      },
    ]);
    expect(apply(draft('SIK4', 'SI', { id: 'SIK4', kind: 'future', expiry: '2024-05-28', multiplier: 1000 })).ambiguities).toEqual([]);
  });

  it('asks whether a guessed ES is Eversource stock or the future', () => {
    const { ambiguities } = apply(draft('ES', 'ES', { id: 'ES', kind: 'equity' }, { kindGuessed: true }));
    expect(ambiguities).toMatchObject([{ field: 'kind', assumed: 0, choices: [{ override: { kind: 'equity' } }, { override: { kind: 'future', multiplier: 50, underlying: 'SPX' } }] }]);
    expect(apply(draft('ES', 'ES', { id: 'ES', kind: 'equity' })).ambiguities).toEqual([]);
  });

  it('gives equity options 100 shares, American exercise and their root as underlying', () => {
    expect(apply(draft('AAPL', 'AAPL', { id: 'AAPL 250221C00180000', kind: 'option', right: 'call', strike: 180, expiry: '2025-02-21' })).instrument).toMatchObject({
      multiplier: 100, exercise: 'american', underlying: 'AAPL',
    });
  });

  it('settles SPXW at the close on SPX, and moves an SPX expiry dated Thursday to Friday, asking', () => {
    expect(apply(draft('SPXW', 'SPXW', { id: 'x', kind: 'option', underlying: 'SPXW', right: 'call', strike: 5800, expiry: '2025-03-31' })).instrument).toMatchObject({
      underlying: 'SPX', settlementTime: 'pm', exercise: 'european', multiplier: 100,
    });
    const { instrument, ambiguities } = apply(draft('SPX', 'SPX', { id: 'y', kind: 'option', right: 'put', strike: 5500, expiry: '2025-03-20' }));
    expect(instrument).toMatchObject({ expiry: '2025-03-21', settlementTime: 'am' });
    expect(ambiguities).toMatchObject([{ field: 'expiry', assumed: 0, choices: [{ override: { expiry: '2025-03-21' } }, { override: { expiry: '2025-03-20' } }] }]);
  });

  it('gives options on futures the future’s size and American exercise', () => {
    expect(apply(draft('ES 202406 C5200', 'ES', { id: 'ES 202406 C5200', kind: 'option', underlying: 'ESM4', right: 'call', strike: 5200, expiry: '2024-06-21' })).instrument).toMatchObject({
      multiplier: 50, exercise: 'american', underlying: 'ESM4',
    });
  });

  it('leaves rows without a root alone', () => {
    const row = draft('BTC-PERPETUAL', undefined, { id: 'BTC-PERPETUAL', kind: 'perpetual' });
    expect(apply(row).instrument).toEqual(row.instrument);
  });
});
