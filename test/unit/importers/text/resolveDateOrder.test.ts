import { describe, expect, it } from 'vitest';
import type { Ambiguity, ImportWarning } from '../../../../shared/importResult.ts';
import { resolveDateOrder } from '../../../../main/importers/text/resolveDateOrder.ts';

const cells = (...values: string[]) => values.map((value, index) => ({ line: index + 2, value }));

describe('resolveDateOrder', () => {
  it("uses the user's answer first, then what the column shows", () => {
    const report = { ambiguities: [] as Ambiguity[], warnings: [] as ImportWarning[] };
    expect(resolveDateOrder('Expiry', cells('01/02/2025'), { dateOrder: 'dmy' }, 'mdy', report)).toBe('dmy');
    expect(resolveDateOrder('Expiry', cells('01/02/2025', '13/02/2025'), {}, 'mdy', report)).toBe('dmy');
    expect(report).toEqual({ ambiguities: [], warnings: [] });
  });

  it('asks when no value settles it, listing lines and samples', () => {
    const report = { ambiguities: [] as Ambiguity[], warnings: [] as ImportWarning[] };
    expect(resolveDateOrder('Expiry', cells('01/02/2025', '2025-03-21', '01/02/2025'), {}, 'dmy', report)).toBe('dmy');
    expect(report.ambiguities).toEqual([
      { kind: 'dateOrder', column: 'Expiry', question: expect.any(String), lines: [2, 4], samples: ['01/02/2025'], assumed: 'dmy' },
    ]);
  });

  it('warns when the column mixes both orders', () => {
    const report = { ambiguities: [] as Ambiguity[], warnings: [] as ImportWarning[] };
    expect(resolveDateOrder('Expiry', cells('31/01/2025', '01/31/2025'), {}, 'mdy', report)).toBe('mdy');
    expect(report.warnings).toHaveLength(1);
  });
});
