import { parseDayMonthYear } from './dayMonthYear.ts';
import type { SymbolReading } from './symbolReading.ts';

/** A Deribit instrument name's parts. */
export interface DeribitSymbol {
  base: string;
  /** `USDC`/`USDT` for linear contracts (`BTC_USDC-PERPETUAL`); absent for coin-settled ones. */
  quote?: string;
  kind: 'future' | 'perpetual' | 'option' | 'spot';
  expiryCode?: string;
  expiry?: string;
  strike?: number;
  right?: 'call' | 'put';
}

const namePattern = /^([A-Z0-9]+)(?:_([A-Z]{3,5}))?(?:-(PERPETUAL|\d{1,2}[A-Z]{3}\d{2})(?:-(\d+(?:[.D]\d+)?)-([CP]))?)?$/;

/**
 * Reads `BTC-27DEC24`, `BTC-5AUG16`, `BTC-PERPETUAL`, `BTC-27DEC24-60000-C`,
 * `BTC_USDC-PERPETUAL`, `SOL_USDC-27DEC24-150-C` (Deribit writes decimal strikes with `d`:
 * `XRP_USDC-27DEC24-0d625-C`) and spot pairs `BTC_USDC`.
 */
export function parseDeribitSymbol(name: string): DeribitSymbol | undefined {
  const match = namePattern.exec(name.trim().toUpperCase());
  if (!match) return undefined;
  const [, base = '', quote, period, strikeText, right] = match;
  if (period === undefined) return quote === undefined ? undefined : { base, quote, kind: 'spot' };
  if (period === 'PERPETUAL') return strikeText === undefined ? { base, quote, kind: 'perpetual' } : undefined;
  const expiry = parseDayMonthYear(period);
  if (expiry === undefined) return undefined;
  if (strikeText === undefined) return { base, quote, kind: 'future', expiryCode: period, expiry };
  const strike = Number(strikeText.replace('D', '.'));
  if (!(strike > 0)) return undefined;
  return { base, quote, kind: 'option', expiryCode: period, expiry, strike, right: right === 'C' ? 'call' : 'put' };
}

/**
 * The instrument a Deribit name stands for. Coin-settled contracts are `inverse`: options are
 * quoted and sized in the coin; futures and perpetuals are sized in USD and quoted in USD.
 * An option's underlying is the future of its expiry (`BTC-27DEC24`), as Deribit prices it.
 */
export function deribitInstrument(name: string): SymbolReading | undefined {
  const symbol = parseDeribitSymbol(name);
  if (!symbol) return undefined;
  const id = name.trim().toUpperCase();
  const pair = symbol.quote === undefined ? symbol.base : `${symbol.base}_${symbol.quote}`;
  const inverse = symbol.quote === undefined;
  const settlement = inverse ? ('inverse' as const) : ('standard' as const);
  const currency = symbol.quote ?? symbol.base;
  switch (symbol.kind) {
    case 'spot':
      return { instrument: { id, kind: 'spot', underlying: symbol.base, multiplier: 1, currency } };
    case 'perpetual':
    case 'future':
      return {
        instrument: { id, kind: symbol.kind, underlying: pair, expiry: symbol.expiry, multiplier: 1, settlement, currency },
        ...(inverse ? { quantityCurrency: 'USD', priceCurrency: 'USD' } : {}),
      };
    case 'option':
      return {
        instrument: {
          id,
          kind: 'option',
          underlying: `${pair}-${symbol.expiryCode}`,
          right: symbol.right,
          strike: symbol.strike,
          expiry: symbol.expiry,
          multiplier: 1,
          exercise: 'european',
          settlement,
          currency,
        },
      };
  }
}
