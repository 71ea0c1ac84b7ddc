import { describe, expect, it } from 'vitest';
import type { Ambiguity } from '../../../../shared/importResult.ts';
import type { DraftPosition } from '../../../../main/importers/draftPosition.ts';
import { applyOverrides } from '../../../../main/importers/master/applyOverrides.ts';

const row: DraftPosition = { line: 2, account: 'A', quantity: 1, rawSymbol: 'SIK4', instrument: { id: 'SIK4', kind: 'future', expiry: '2024-05-28', multiplier: 5000 } };
const ambiguity: Ambiguity = { kind: 'instrument', rawSymbol: 'SIK4', field: 'multiplier', question: '?', lines: [2], choices: [], assumed: 0 };

describe('applyOverrides', () => {
  it('applies the answer for the raw symbol and drops the ambiguity it answers', () => {
    const result = applyOverrides([row], [ambiguity], { SIK4: { multiplier: 1000 } });
    expect(result.rows[0]?.instrument.multiplier).toBe(1000);
    expect(result.ambiguities).toEqual([]);
  });

  it('keeps ambiguities about other fields and symbols', () => {
    const result = applyOverrides([row], [ambiguity], { SIK4: { currency: 'USD' }, toString: { multiplier: 1 } });
    expect(result.rows[0]?.instrument).toMatchObject({ multiplier: 5000, currency: 'USD' });
    expect(result.ambiguities).toEqual([ambiguity]);
  });

  it('does nothing without overrides', () => {
    expect(applyOverrides([row], [ambiguity], undefined)).toEqual({ rows: [row], ambiguities: [ambiguity] });
  });
});
