import { parseYymmdd } from './dayMonthYear.ts';
import type { SymbolReading } from './symbolReading.ts';

const symbolPattern = /^([A-Z0-9]+?)(USDT|USDC|BUSD|USD)(?:_(PERP|\d{6}))?$/;

/** Binance COIN-M contract values in USD: 100 for BTC, 10 for every other coin. */
const inverseContractUsd = (base: string) => (base === 'BTC' ? 100 : 10);

/**
 * Reads Binance futures symbols: USDⓈ-M perpetuals `BTCUSDT` / `ETHUSDC` and quarterlies
 * `BTCUSDT_250328` (one coin per unit of quantity, settled in the quote), and COIN-M
 * `BTCUSD_PERP` / `BTCUSD_250328` (coin-margined, quantity in contracts of 100 or 10 USD).
 */
export function binanceFuturesInstrument(symbol: string): SymbolReading | undefined {
  const id = symbol.trim().toUpperCase();
  const match = symbolPattern.exec(id);
  if (!match) return undefined;
  const [, base = '', quote = '', period] = match;
  const inverse = quote === 'USD';
  // COIN-M symbols always carry a period; USDⓈ-M perpetuals never write `_PERP`.
  if (inverse ? period === undefined : period === 'PERP') return undefined;
  const dated = period !== undefined && period !== 'PERP';
  const expiry = dated ? parseYymmdd(period) : undefined;
  if (dated && expiry === undefined) return undefined;
  const kind = expiry === undefined ? ('perpetual' as const) : ('future' as const);
  if (inverse) {
    return {
      instrument: { id, kind, underlying: base, expiry, multiplier: inverseContractUsd(base), settlement: 'inverse', currency: base },
      quantityCurrency: 'USD',
      priceCurrency: 'USD',
    };
  }
  return { instrument: { id, kind, underlying: base, expiry, multiplier: 1, settlement: 'standard', currency: quote } };
}
