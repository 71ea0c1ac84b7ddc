import type { ImportedInstrument } from '../../shared/importResult.ts';
import type { Instrument } from '../../shared/instrument.ts';
import { contractMonthExpiry } from '../importers/master/contractMonthExpiry.ts';
import { knownRoots, rootRule } from '../importers/master/knownRoots.ts';
import { parseFuturesCode } from '../importers/symbols/cmeMonthCode.ts';
import { deribitInstrument } from '../importers/symbols/deribitSymbol.ts';
import { okxInstrument } from '../importers/symbols/okxSymbol.ts';

/** Indices that index options and equity-index futures of the instrument master are written on. */
const indexIds = new Set(knownRoots.filter((r) => r.kind === 'indexOption' || r.expiryRule === 'thirdFriday').map((r) => r.underlying ?? r.root));
/** Of those, the broad-based equity indices (`class: broadIndex`). */
const broadIndexIds = new Set(['SPX', 'XSP', 'NDX', 'DJI', 'DJX', 'RUT', 'DAX', 'SX5E']);
const coins = new Set(['BTC', 'ETH', 'SOL', 'XRP', 'BNB', 'DOGE', 'ADA', 'AVAX', 'DOT', 'LTC', 'LINK', 'TRX', 'MATIC']);
const stablecoins = new Set(['USDC', 'USDT', 'USDE', 'BUSD', 'DAI']);

/**
 * The instrument for an id that positions name as their underlying but neither the book nor
 * the file defines (`SPX`, `ESM4`, `BTC-27DEC24`, `BTC`): venue grammars first (Deribit, OKX),
 * then futures codes of the instrument master (`ESM4` → E-mini, × 50, on SPX), else a root —
 * an index the master knows, a coin, a commodity under a future, or a stock under an option.
 * Created without a price (the engine reports it as unpriced until one is set). `expiry` is
 * set from `referrer` only for a future the master cannot date; `note` then says so.
 */
export function underlyingInstrument(id: string, referrer: Instrument, referenceYear: number): { instrument: ImportedInstrument; note?: string } {
  const venue = deribitInstrument(id) ?? okxInstrument(id);
  if (venue && venue.instrument.kind !== 'option') {
    const { price: _price, ...instrument } = venue.instrument;
    return { instrument: { ...instrument, multiplier: instrument.multiplier ?? 1 } };
  }
  const code = parseFuturesCode(id, referenceYear);
  const rule = code ? rootRule(code.root) : undefined;
  if (code && rule?.kind === 'future') {
    const known = contractMonthExpiry(code.root, code.year, code.month);
    const expiry = known ?? referrer.expiry;
    const instrument: ImportedInstrument = { id, kind: 'future', underlying: rule.underlying ?? rule.root, multiplier: rule.multiplier, currency: rule.currency, settlement: 'standard' };
    if (expiry !== undefined) instrument.expiry = expiry;
    return known === undefined ? { instrument, note: `${id}: created as the ${rule.name} future of ${referrer.id}, dated ${expiry ?? '(no date)'} like the option (the instrument master cannot date ${code.root} contract months); check it` } : { instrument };
  }
  const crypto = coins.has(id) || referrer.settlement === 'inverse' || stablecoins.has(referrer.currency ?? '');
  if (indexIds.has(id)) {
    return { instrument: { id, kind: 'index', ...(broadIndexIds.has(id) ? { class: 'broadIndex' as const } : {}), multiplier: 1, settlement: 'standard', currency: referrer.currency ?? rootRule(id)?.currency ?? 'USD' } };
  }
  if (crypto) {
    const quote = referrer.settlement === 'inverse' ? 'USD' : (referrer.currency ?? 'USD');
    return { instrument: { id, kind: 'spot', multiplier: 1, settlement: 'standard', currency: quote } };
  }
  const kind = referrer.kind === 'future' || referrer.kind === 'perpetual' ? 'spot' : 'equity';
  const currency = referrer.currency ?? rootRule(id)?.currency;
  return { instrument: { id, kind, multiplier: 1, settlement: 'standard', ...(currency === undefined ? {} : { currency }) } };
}
