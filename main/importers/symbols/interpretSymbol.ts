import type { AmbiguityChoice, ImportedInstrument } from '../../../shared/importResult.ts';
import type { InstrumentKind } from '../../../shared/instrument.ts';
import { contractMonthExpiry } from '../master/contractMonthExpiry.ts';
import { binanceInstrument } from './binanceSymbol.ts';
import { bybitInstrument } from './bybitSymbol.ts';
import { futuresCode, parseFuturesCode } from './cmeMonthCode.ts';
import { deribitInstrument, parseDeribitSymbol } from './deribitSymbol.ts';
import { parseIbDescription } from './ibDescription.ts';
import { okxInstrument, parseOkxSymbol } from './okxSymbol.ts';
import { osiId, parseOsiSymbol } from './osiSymbol.ts';
import type { SymbolReading } from './symbolReading.ts';

/** What a generic file states about an instrument besides its symbol. */
export interface ExplicitFields {
  kind?: InstrumentKind;
  right?: 'call' | 'put';
  strike?: number;
  expiry?: string;
  underlying?: string;
  multiplier?: number;
  currency?: string;
  price?: number;
}

export interface SymbolInterpretation extends SymbolReading {
  /** The kind came from a bare symbol, not from the file. */
  kindGuessed?: boolean;
  /** Another venue writes the same symbol for a different contract: ask which. */
  alternative?: { field: 'settlement'; question: string; choices: AmbiguityChoice[] };
}

/**
 * Makes sense of a symbol from a file that does not say which broker wrote it: OSI, IB's text
 * form, Deribit, OKX, Binance, futures codes (`ESM4`, read with `referenceYear`), else a plain
 * ticker. Columns the file has (strike, expiry, right, multiplier…) win over the symbol.
 */
export function interpretSymbol(symbol: string, explicit: ExplicitFields, referenceYear: number | undefined): SymbolInterpretation | { message: string } {
  const text = symbol.trim();
  const upper = text.toUpperCase();
  // Every option and venue grammar needs a separator or more than eight characters: a plain
  // ticker or futures code skips them.
  let interpretation = /^[A-Z0-9]{1,8}$/.test(upper) ? undefined : optionOrVenueSymbol(text, upper);
  const describesOption = explicit.right !== undefined || explicit.strike !== undefined;
  if (interpretation === undefined && !describesOption && (explicit.kind === undefined || explicit.kind === 'future')) {
    const code = parseFuturesCode(upper, referenceYear);
    if (code) {
      interpretation = { instrument: { id: upper, kind: 'future', expiry: contractMonthExpiry(code.root, code.year, code.month) }, root: code.root };
    } else if (parseFuturesCode(upper, 2000) !== undefined) {
      return { message: `${text}: a futures code with a one-digit year needs the statement date (asOf) to know its decade` };
    }
  }
  if (interpretation === undefined) {
    if (describesOption) {
      if (explicit.right === undefined || explicit.strike === undefined || explicit.expiry === undefined) {
        return { message: `${text}: an option needs right, strike and expiry columns` };
      }
      // The symbol names what the option is on (`AAPL`, or the future `ESM4`) unless it is
      // already a description of its own (`ESM4 C5000`).
      const first = upper.split(/\s+/)[0] ?? upper;
      const id = /\s/.test(upper) ? upper : osiId({ root: first, expiry: explicit.expiry, right: explicit.right, strike: explicit.strike });
      interpretation = { instrument: { id, kind: 'option', underlying: first }, root: parseFuturesCode(first, referenceYear ?? 2000)?.root ?? first };
    } else {
      const kind = explicit.kind ?? (explicit.expiry !== undefined ? 'future' : 'equity');
      const expiry = explicit.expiry;
      const id = kind === 'future' && expiry !== undefined ? futuresCode(upper, Number(expiry.slice(0, 4)), Number(expiry.slice(5, 7))) : upper;
      interpretation = { instrument: { id, kind }, root: upper, kindGuessed: explicit.kind === undefined };
    }
  }
  return { ...interpretation, instrument: withExplicit(interpretation.instrument, explicit) };
}

function optionOrVenueSymbol(text: string, upper: string): SymbolInterpretation | undefined {
  const option = parseOsiSymbol(text) ?? parseIbDescription(text);
  if (option) {
    return { instrument: { id: osiId(option), kind: 'option', underlying: option.root, right: option.right, strike: option.strike, expiry: option.expiry }, root: option.root };
  }
  if (parseDeribitSymbol(upper) && !upper.includes('_') && !upper.endsWith('-PERPETUAL') && bybitInstrument(upper)) {
    return { ...(deribitInstrument(upper) as SymbolReading), alternative: venueChoice(upper) };
  }
  const venue = deribitInstrument(upper) ?? (parseOkxSymbol(upper)?.kind === 'spot' ? undefined : okxInstrument(upper)) ?? binanceInstrument(upper);
  return venue && venue.instrument.kind !== 'spot' ? venue : undefined;
}

function withExplicit(instrument: ImportedInstrument, explicit: ExplicitFields): ImportedInstrument {
  const merged: ImportedInstrument = { ...instrument };
  for (const [key, value] of Object.entries(explicit)) if (value !== undefined) Object.assign(merged, { [key]: value });
  return merged;
}

function venueChoice(symbol: string): SymbolInterpretation['alternative'] {
  const bybit = bybitInstrument(symbol)?.instrument;
  return {
    field: 'settlement',
    question: `${symbol}: a Deribit contract (coin-settled, inverse) or a Bybit one (settled in ${bybit?.currency ?? 'USDC'})?`,
    choices: [
      { label: 'Deribit (inverse, settled in the coin)', override: { settlement: 'inverse', currency: deribitInstrument(symbol)?.instrument.currency } },
      { label: `Bybit (linear, settled in ${bybit?.currency ?? 'USDC'})`, override: { settlement: 'standard', currency: bybit?.currency, underlying: bybit?.underlying } },
    ],
  };
}
