import { isoDate, weekdayOf } from '../calendarDate.ts';
import { monthCodes } from './cmeMonthCode.ts';
import { parseDayMonthYear } from './dayMonthYear.ts';
import type { SymbolReading } from './symbolReading.ts';

const optionPattern = /^([A-Z0-9]+)-(\d{1,2}[A-Z]{3}\d{2})-(\d+(?:\.\d+)?)-([CP])(?:-(USDT|USDC))?$/;
const datedPattern = /^([A-Z0-9]+?)(USDT)?-(\d{1,2}[A-Z]{3}\d{2})$/;
const inverseDatedPattern = /^([A-Z0-9]+?)USD([FGHJKMNQUVXZ])(\d{2})$/;
const perpetualPattern = /^([A-Z0-9]+?)(USDT|USDC|PERP|USD)$/;

/**
 * Reads Bybit contract names: options `BTC-30DEC22-18000-C` (USDC-settled; newer ones end
 * in `-USDT`), USDC futures `BTC-27DEC24`, USDT futures `BTCUSDT-27DEC24`, perpetuals
 * `BTCUSDT` / `BTCPERP` (USDC), and coin-margined `BTCUSD` / `BTCUSDH25` (sized in USD).
 */
export function bybitInstrument(name: string): SymbolReading | undefined {
  const id = name.trim().toUpperCase();
  const option = optionPattern.exec(id);
  if (option) {
    const [, base = '', date = '', strikeText = '', right, settle = 'USDC'] = option;
    const expiry = parseDayMonthYear(date);
    const strike = Number(strikeText);
    if (expiry === undefined || !(strike > 0)) return undefined;
    return {
      instrument: {
        id, kind: 'option', underlying: base, right: right === 'C' ? 'call' : 'put', strike, expiry,
        multiplier: 1, exercise: 'european', settlement: 'standard', currency: settle,
      },
    };
  }
  const dated = datedPattern.exec(id);
  if (dated) {
    const [, base = '', usdt, date = ''] = dated;
    const expiry = parseDayMonthYear(date);
    if (expiry === undefined) return undefined;
    return { instrument: { id, kind: 'future', underlying: base, expiry, multiplier: 1, settlement: 'standard', currency: usdt ?? 'USDC' } };
  }
  const inverseDated = inverseDatedPattern.exec(id);
  if (inverseDated) {
    const [, base = '', letter = '', yy = ''] = inverseDated;
    // Bybit's coin-margined quarterlies expire on the last Friday of the month; the file gives
    // the month only, so the expiry is that Friday.
    const expiry = lastFriday(2000 + Number(yy), monthCodes.indexOf(letter) + 1);
    return { instrument: { id, kind: 'future', underlying: base, expiry, multiplier: 1, settlement: 'inverse', currency: base }, quantityCurrency: 'USD', priceCurrency: 'USD' };
  }
  const perpetual = perpetualPattern.exec(id);
  if (perpetual) {
    const [, base = '', quote = ''] = perpetual;
    if (quote === 'USD') {
      return { instrument: { id, kind: 'perpetual', underlying: base, multiplier: 1, settlement: 'inverse', currency: base }, quantityCurrency: 'USD', priceCurrency: 'USD' };
    }
    return { instrument: { id, kind: 'perpetual', underlying: base, multiplier: 1, settlement: 'standard', currency: quote === 'PERP' ? 'USDC' : quote } };
  }
  return undefined;
}

function lastFriday(year: number, month: number): string | undefined {
  for (let day = 31; day >= 25; day--) {
    const iso = isoDate(year, month, day);
    if (iso !== undefined && weekdayOf(iso) === 5) return iso;
  }
  return undefined;
}
