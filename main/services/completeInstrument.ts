import type { ImportedInstrument } from '../../shared/importResult.ts';

/**
 * Makes the contract terms explicit on an instrument about to be stored, so that nothing
 * downstream relies on an unstated default: multiplier (1), settlement (`standard`), exercise
 * of an option (`european`, the portfolio document's default) and currency (`currency`: the
 * underlying's, the account's or the book's, as the caller decides). What is given is kept.
 */
export function completeInstrument(instrument: ImportedInstrument, currency: string): ImportedInstrument {
  const complete: ImportedInstrument = { ...instrument };
  complete.multiplier ??= 1;
  complete.settlement ??= 'standard';
  if (complete.kind === 'option') complete.exercise ??= 'european';
  complete.currency ??= currency;
  return complete;
}
