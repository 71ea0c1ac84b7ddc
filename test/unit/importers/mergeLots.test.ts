import { describe, expect, it } from 'vitest';
import type { ImportWarning } from '../../../shared/importResult.ts';
import type { DraftPosition } from '../../../main/importers/draftPosition.ts';
import { mergeLots } from '../../../main/importers/mergeLots.ts';

const row = (line: number, quantity: number, id = 'AAPL'): DraftPosition => ({ line, account: 'A', quantity, rawSymbol: id, instrument: { id, kind: 'equity' } });

describe('mergeLots', () => {
  it('keeps the summary and checks the lots beside it', () => {
    const warnings: ImportWarning[] = [];
    const merged = mergeLots(
      [
        { row: row(2, 100), detail: 'summary', key: 'A/AAPL' },
        { row: row(3, 60), detail: 'lot', key: 'A/AAPL' },
        { row: row(4, 40), detail: 'lot', key: 'A/AAPL' },
      ],
      warnings,
    );
    expect(merged).toEqual([row(2, 100)]);
    expect(warnings).toEqual([]);
  });

  it('warns when the lots do not add up to the summary', () => {
    const warnings: ImportWarning[] = [];
    mergeLots([{ row: row(2, 100), detail: 'summary', key: 'k' }, { row: row(3, 60), detail: 'lot', key: 'k' }], warnings);
    expect(warnings).toEqual([{ line: 2, message: expect.stringContaining('add up to 60, the summary says 100') }]);
  });

  it('sums lots without a summary and keeps every line', () => {
    const merged = mergeLots(
      [
        { row: row(5, 1, 'MSFT'), detail: 'lot', key: 'm' },
        { row: row(2, 60), detail: 'lot', key: 'a' },
        { row: row(7, 2, 'MSFT'), detail: 'lot', key: 'm' },
        { row: row(3, 40), detail: 'lot', key: 'a' },
      ],
      [],
    );
    expect(merged.map((position) => [position.line, position.quantity, position.lines])).toEqual([
      [2, 100, [2, 3]],
      [5, 3, [5, 7]],
    ]);
  });
});
