import type { ImportedInstrument, NormalisedPosition } from '../../shared/importResult.ts';

/** A position as a reader produces it, before instrument-master rules, overrides and checks. */
export interface DraftPosition extends NormalisedPosition {
  /** Instrument fields the file lacks that a rule or an override must supply, else the row is an error. */
  required?: (keyof ImportedInstrument)[];
  /** The kind was inferred from a bare symbol: ask when the root is both a future and a stock. */
  kindGuessed?: boolean;
}
