import { describe, expect, it } from 'vitest';
import type { DraftPosition } from '../../../main/importers/draftPosition.ts';
import { finishImport } from '../../../main/importers/finishImport.ts';
import { emptyOutput } from '../../../main/importers/readerOutput.ts';

const draft = (line: number, instrument: DraftPosition['instrument'], extra: Partial<DraftPosition> = {}): DraftPosition => ({ line, account: 'A', quantity: 1, rawSymbol: instrument.id, instrument, ...extra });

describe('finishImport', () => {
  it('turns rows the schema rejects into errors with line and field, and keeps the rest', () => {
    const output = { ...emptyOutput(), rows: [draft(3, { id: 'ZNM4', kind: 'future' }), draft(4, { id: 'AAPL', kind: 'equity' }), draft(5, { id: 'X', kind: 'option', underlying: 'X', right: 'call', strike: 1, expiry: '2025-01-17' })] };
    const result = finishImport(output, {});
    expect(result.rows.map((row) => row.line)).toEqual([4, 5]);
    expect(result.errors).toEqual([{ line: 3, field: 'expiry', message: 'ZNM4: a future needs expiry' }]);
  });

  it('reports fields a reader required but nothing supplied, once per field', () => {
    const output = { ...emptyOutput(), rows: [draft(2, { id: 'XYZM4', kind: 'future' }, { required: ['multiplier', 'expiry'] })] };
    expect(finishImport(output, {}).errors.map((error) => error.field)).toEqual(['multiplier', 'expiry']);
    const fixed = finishImport(output, { overrides: { XYZM4: { multiplier: 10, expiry: '2024-06-21' } } });
    expect(fixed.errors).toEqual([]);
    expect(fixed.rows[0]).not.toHaveProperty('required');
  });

  it('puts every row in the account override and merges the accounts', () => {
    const output = { ...emptyOutput(), accounts: [{ id: 'A', equity: 10, currency: 'USD' }, { id: 'B', equity: 5, currency: 'USD' }], rows: [draft(2, { id: 'AAPL', kind: 'equity' }, { account: 'B' })] };
    const result = finishImport(output, { accountOverride: ' DESK ' });
    expect(result.accounts).toEqual([{ id: 'DESK', equity: 15, currency: 'USD' }]);
    expect(result.rows[0]?.account).toBe('DESK');
    const mixed = finishImport({ ...output, accounts: [{ id: 'A', equity: 1, currency: 'USD' }, { id: 'B', equity: 1, currency: 'BTC' }] }, { accountOverride: 'DESK' });
    expect(mixed.accounts).toEqual([{ id: 'DESK' }]);
    expect(mixed.warnings).toHaveLength(1);
  });

  it('lists the accounts rows use, and orders errors by line', () => {
    const output = { ...emptyOutput(), errors: [{ line: 9, message: 'b' }, { line: 2, message: 'a' }], rows: [draft(4, { id: 'AAPL', kind: 'equity' }, { account: 'Z' })] };
    const result = finishImport(output, {});
    expect(result.accounts).toEqual([{ id: 'Z' }]);
    expect(result.errors.map((error) => error.line)).toEqual([2, 9]);
  });
});
