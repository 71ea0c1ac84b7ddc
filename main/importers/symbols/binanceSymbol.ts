import { parseYymmdd } from './dayMonthYear.ts';
import type { SymbolReading } from './symbolReading.ts';

const symbolPattern = /^([A-Z0-9]+)-(\d{6})-(\d+(?:\.\d+)?)-([CP])$/;

/**
 * Reads a Binance European option, `BTC-200730-9000-C` (YYMMDD): USDT-margined (linear),
 * one coin per contract, on the coin's index.
 */
export function binanceInstrument(symbol: string, quoteAsset = 'USDT'): SymbolReading | undefined {
  const match = symbolPattern.exec(symbol.trim().toUpperCase());
  if (!match) return undefined;
  const [, base = '', yymmdd = '', strikeText = '', right] = match;
  const expiry = parseYymmdd(yymmdd);
  const strike = Number(strikeText);
  if (expiry === undefined || !(strike > 0)) return undefined;
  return {
    instrument: {
      id: symbol.trim().toUpperCase(),
      kind: 'option',
      underlying: base,
      right: right === 'C' ? 'call' : 'put',
      strike,
      expiry,
      multiplier: 1,
      exercise: 'european',
      settlement: 'standard',
      currency: quoteAsset,
    },
  };
}
