import type { Ambiguity } from '../../../shared/importResult.ts';
import type { Instrument } from '../../../shared/instrument.ts';
import type { DraftPosition } from '../draftPosition.ts';

/**
 * Applies the user's remembered answers (`overrides[rawSymbol]`) over everything read or
 * filled, and drops the ambiguities they answer.
 */
export function applyOverrides(
  rows: DraftPosition[],
  ambiguities: Ambiguity[],
  overrides: Record<string, Partial<Instrument>> | undefined,
): { rows: DraftPosition[]; ambiguities: Ambiguity[] } {
  if (overrides === undefined) return { rows, ambiguities };
  const answered = (symbol: string, field: string) => Object.hasOwn(overrides, symbol) && (overrides[symbol] as Record<string, unknown>)[field] !== undefined;
  return {
    rows: rows.map((row) => {
      const override = Object.hasOwn(overrides, row.rawSymbol) ? overrides[row.rawSymbol] : undefined;
      return override === undefined ? row : { ...row, instrument: { ...row.instrument, ...override } };
    }),
    ambiguities: ambiguities.filter((ambiguity) => ambiguity.kind !== 'instrument' || !answered(ambiguity.rawSymbol, ambiguity.field)),
  };
}
