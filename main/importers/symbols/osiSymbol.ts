import { parseYymmdd } from './dayMonthYear.ts';

/** An OCC/OSI option symbol's parts (`AAPL  250221C00180000`). */
export interface OsiSymbol {
  root: string;
  expiry: string;
  right: 'call' | 'put';
  strike: number;
}

const osiPattern = /^([A-Z0-9]{1,6}?)\s*(\d{6})([CP])(\d{8}|\d+(?:\.\d+)?)$/;

/**
 * Reads an OSI symbol: the 21-character padded form, the unpadded form (`SPY250119C00450000`),
 * and vendors' forms with a leading dot or `O:` (`.SPY250119C450`, `O:SPY250119C00450000`),
 * where a strike that is not eight digits is written as a plain number.
 */
export function parseOsiSymbol(text: string): OsiSymbol | undefined {
  const match = osiPattern.exec(text.trim().toUpperCase().replace(/^(O:|\.)/, ''));
  if (!match) return undefined;
  const [, root = '', yymmdd = '', right, strikeText = ''] = match;
  const expiry = parseYymmdd(yymmdd);
  const strike = strikeText.length === 8 && !strikeText.includes('.') ? Number(strikeText) / 1000 : Number(strikeText);
  if (expiry === undefined || !(strike > 0)) return undefined;
  return { root, expiry, right: right === 'C' ? 'call' : 'put', strike };
}

/** Scanline's id for an OSI option: root, one space, YYMMDD, C/P, strike × 1000 in 8 digits. */
export function osiId(option: OsiSymbol): string {
  const yymmdd = option.expiry.slice(2).replaceAll('-', '');
  const strike = String(Math.round(option.strike * 1000)).padStart(8, '0');
  return `${option.root} ${yymmdd}${option.right === 'call' ? 'C' : 'P'}${strike}`;
}
