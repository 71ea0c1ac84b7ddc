import { parseDayMonthYear } from './dayMonthYear.ts';
import type { OsiSymbol } from './osiSymbol.ts';

const descriptionPattern = /^(.+?)\s+(\d{1,2}[A-Z]{3}\d{2})\s+(\d+(?:\.\d+)?)\s+([CP])$/;

/** Reads IB's text form of an option, `SPY 31MAR25 570 C` (root may hold a space: `BRK B`). */
export function parseIbDescription(text: string): OsiSymbol | undefined {
  const match = descriptionPattern.exec(text.trim().replace(/\s+/g, ' ').toUpperCase());
  if (!match) return undefined;
  const [, root = '', date = '', strikeText = '', right] = match;
  const expiry = parseDayMonthYear(date);
  const strike = Number(strikeText);
  if (expiry === undefined || !(strike > 0)) return undefined;
  return { root, expiry, right: right === 'C' ? 'call' : 'put', strike };
}
