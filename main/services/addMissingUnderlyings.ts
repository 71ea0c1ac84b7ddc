import type { ImportWarning } from '../../shared/importResult.ts';
import type { Instrument } from '../../shared/instrument.ts';
import { completeInstrument } from './completeInstrument.ts';
import { underlyingInstrument } from './underlyingInstrument.ts';

/**
 * Adds to `written` every underlying its instruments refer to that neither `written` nor the
 * book has, and their own underlyings in turn (`ES 202406 P5000` → `ESM4` → `SPX`). Returns
 * the ids created, sorted.
 */
export function addMissingUnderlyings(
  written: Map<string, Instrument>,
  book: ReadonlyMap<string, Instrument>,
  referenceYear: number,
  baseCurrency: string,
  warnings: ImportWarning[],
): string[] {
  const created: string[] = [];
  const pending = [...written.values()];
  for (let instrument = pending.pop(); instrument !== undefined; instrument = pending.pop()) {
    const id = instrument.underlying;
    if (id === undefined || id === instrument.id || written.has(id) || book.has(id)) continue;
    const made = underlyingInstrument(id, instrument, referenceYear);
    const complete = completeInstrument(made.instrument, baseCurrency);
    if (made.note) warnings.push({ message: made.note });
    written.set(id, complete);
    created.push(id);
    pending.push(complete);
  }
  return created.sort();
}
