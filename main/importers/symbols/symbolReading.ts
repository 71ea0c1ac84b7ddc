import type { ImportedInstrument } from '../../../shared/importResult.ts';

/** What a symbol grammar makes of one symbol: the instrument and how the venue sizes it. */
export interface SymbolReading {
  instrument: ImportedInstrument;
  /** Product root for instrument-master rules (exchange-traded symbols only). */
  root?: string;
  /** See `NormalisedPosition.quantityCurrency`. */
  quantityCurrency?: string;
  /** See `NormalisedPosition.priceCurrency`. */
  priceCurrency?: string;
}
