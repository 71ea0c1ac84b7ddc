import { parseYymmdd } from './dayMonthYear.ts';
import type { SymbolReading } from './symbolReading.ts';

/** An OKX instId's parts. */
export interface OkxSymbol {
  base: string;
  quote: string;
  kind: 'perpetual' | 'future' | 'option' | 'spot';
  expiryCode?: string;
  expiry?: string;
  strike?: number;
  right?: 'call' | 'put';
}

const instIdPattern = /^([A-Z0-9]+)-([A-Z]{3,5})(?:-(SWAP|\d{6})(?:-(\d+(?:\.\d+)?)-([CP]))?)?$/;

/** Reads `BTC-USDT-SWAP`, `BTC-USD-250328`, `BTC-USD-250328-100000-C` and spot pairs `BTC-USDT`. */
export function parseOkxSymbol(instId: string): OkxSymbol | undefined {
  const match = instIdPattern.exec(instId.trim().toUpperCase());
  if (!match) return undefined;
  const [, base = '', quote = '', period, strikeText, right] = match;
  if (period === undefined) return { base, quote, kind: 'spot' };
  if (period === 'SWAP') return strikeText === undefined ? { base, quote, kind: 'perpetual' } : undefined;
  const expiry = parseYymmdd(period);
  if (expiry === undefined) return undefined;
  if (strikeText === undefined) return { base, quote, kind: 'future', expiryCode: period, expiry };
  const strike = Number(strikeText);
  if (!(strike > 0)) return undefined;
  return { base, quote, kind: 'option', expiryCode: period, expiry, strike, right: right === 'C' ? 'call' : 'put' };
}

/**
 * OKX contract values (ctVal × ctMult) for the contracts a desk is likely to hold, used when
 * the file does not carry ctVal/ctMult: coin-margined (`-USD-`) contracts are worth a USD
 * amount, USDT/USDC-margined ones an amount of the coin, options an amount of the coin.
 */
const contractValues: Record<string, { linear: number; inverse: number; option: number }> = {
  BTC: { linear: 0.01, inverse: 100, option: 0.01 },
  ETH: { linear: 0.1, inverse: 10, option: 0.1 },
};

/**
 * The instrument an OKX instId stands for. `-USD-` contracts are coin-margined (`inverse`);
 * an option's underlying is the future of its expiry (`BTC-USD-250328`). `multiplier` comes
 * from the file's contract value when given, else from the table above (absent if unknown).
 */
export function okxInstrument(instId: string, contractValue?: number): SymbolReading | undefined {
  const symbol = parseOkxSymbol(instId);
  if (!symbol) return undefined;
  const id = instId.trim().toUpperCase();
  const inverse = symbol.quote === 'USD';
  const known = contractValues[symbol.base];
  const settlement = inverse ? ('inverse' as const) : ('standard' as const);
  const currency = inverse ? symbol.base : symbol.quote;
  const pair = `${symbol.base}-${symbol.quote}`;
  switch (symbol.kind) {
    case 'spot':
      return { instrument: { id, kind: 'spot', underlying: symbol.base, multiplier: 1, currency: symbol.quote } };
    case 'perpetual':
    case 'future':
      return {
        instrument: {
          id,
          kind: symbol.kind,
          underlying: pair,
          expiry: symbol.expiry,
          multiplier: contractValue ?? (inverse ? known?.inverse : known?.linear),
          settlement,
          currency,
        },
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
          multiplier: contractValue ?? known?.option,
          exercise: 'european',
          settlement,
          currency,
        },
      };
  }
}
