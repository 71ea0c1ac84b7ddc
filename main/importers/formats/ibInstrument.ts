import { contractMonthExpiry } from '../master/contractMonthExpiry.ts';
import { parseFuturesCode } from '../symbols/cmeMonthCode.ts';
import { parseIbDescription } from '../symbols/ibDescription.ts';
import { osiId, parseOsiSymbol } from '../symbols/osiSymbol.ts';
import type { SymbolReading } from '../symbols/symbolReading.ts';

/** What IB states about one instrument, in either export (Flex XML or Activity Statement CSV). */
export interface IbInstrumentFields {
  /** IB asset category code: STK, OPT, FUT, FOP, CASH… */
  category: string;
  symbol: string;
  description?: string;
  subCategory?: string;
  currency?: string;
  multiplier?: number;
  strike?: number;
  /** ISO date. */
  expiry?: string;
  putCall?: string;
  underlyingSymbol?: string;
  /** The future an option on futures is written on, when the file identifies it. */
  underlyingFuture?: string;
  price?: number;
  /** Year of the statement, to read one-digit futures codes. */
  referenceYear?: number;
}

/** Activity Statement asset-class names → Flex asset category codes. */
export const ibCategoryNames: Record<string, string> = {
  stocks: 'STK',
  equityandindexoptions: 'OPT',
  options: 'OPT',
  futures: 'FUT',
  optionsonfutures: 'FOP',
  futuresoptions: 'FOP',
  forex: 'CASH',
  bonds: 'BOND',
  treasurybills: 'BILL',
  warrants: 'WAR',
  cfds: 'CFD',
  crypto: 'CRYPTO',
  cryptocurrency: 'CRYPTO',
  mutualfunds: 'FUND',
  structuredproducts: 'IOPT',
  metals: 'CMDTY',
};

const unsupported: Record<string, string> = {
  BOND: 'bonds',
  BILL: 'treasury bills',
  WAR: 'warrants',
  CFD: 'CFDs',
  FXCFD: 'FX CFDs',
  FUND: 'mutual funds',
  IOPT: 'structured products',
};

export type IbInstrumentReading = { reading: SymbolReading } | { field: string; message: string };

/**
 * The instrument an IB position row describes. Options take IB's explicit strike, expiry and
 * right, falling back to the OSI symbol (`AAPL  250117C00260000`) or the text form
 * (`SPY 31MAR25 570 C`); stock and index options get Scanline's OSI id.
 */
export function ibInstrument(fields: IbInstrumentFields): IbInstrumentReading {
  const { category, symbol, currency, price } = fields;
  const base = { currency: currency || undefined, price };
  switch (category) {
    case 'STK':
      return { reading: { instrument: { id: symbol, kind: fields.subCategory === 'ETF' ? 'etf' : 'equity', multiplier: fields.multiplier ?? 1, ...base }, root: symbol } };
    case 'CASH':
    case 'CRYPTO':
    case 'CMDTY':
      return { reading: { instrument: { id: symbol, kind: 'spot', multiplier: fields.multiplier ?? 1, ...base } } };
    case 'FUT':
    case 'FSFUT': {
      const code = parseFuturesCode(symbol, fields.referenceYear);
      const root = fields.underlyingSymbol || code?.root;
      const expiry = fields.expiry ?? (code && root ? contractMonthExpiry(root, code.year, code.month) : undefined);
      return { reading: { instrument: { id: symbol, kind: 'future', expiry, multiplier: fields.multiplier, underlying: root, ...base }, root } };
    }
    case 'OPT':
    case 'FSOPT':
    case 'FOP':
    case 'FSFOP': {
      const parsed = parseOsiSymbol(symbol) ?? parseIbDescription(symbol) ?? (fields.description ? parseIbDescription(fields.description) : undefined);
      const right = fields.putCall === 'C' || fields.putCall === 'CALL' ? 'call' : fields.putCall === 'P' || fields.putCall === 'PUT' ? 'put' : parsed?.right;
      const strike = fields.strike ?? parsed?.strike;
      const expiry = fields.expiry ?? parsed?.expiry;
      if (right === undefined) return { field: 'putCall', message: `${symbol}: not a call or a put (no putCall, and the symbol is not an OSI or IB option symbol)` };
      if (strike === undefined) return { field: 'strike', message: `${symbol}: no strike` };
      if (expiry === undefined) return { field: 'expiry', message: `${symbol}: no expiry` };
      const root = parsed?.root ?? fields.underlyingSymbol ?? symbol;
      const onFuture = category === 'FOP' || category === 'FSFOP';
      const id = onFuture ? symbol.replace(/\s+/g, ' ') : osiId({ root, expiry, right, strike });
      const underlying = onFuture ? fields.underlyingFuture || fields.underlyingSymbol || undefined : fields.underlyingSymbol || undefined;
      return {
        reading: {
          instrument: { id, kind: 'option', underlying, right, strike, expiry, multiplier: fields.multiplier, ...base },
          root: onFuture ? fields.underlyingSymbol || root : root,
        },
      };
    }
    default: {
      const name = unsupported[category];
      return {
        field: 'assetCategory',
        message: `${symbol}: ${name ?? `asset category "${category}"`} cannot be margined by Scanline (it models stocks, ETFs, indices, futures, spot and options)`,
      };
    }
  }
}
