import { fullYear, isoDate } from '../calendarDate.ts';

const monthNames = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] as const;

/** 1–12 for a three-letter English month name (any case), or undefined. */
export function monthNumber(name: string): number | undefined {
  const index = (monthNames as readonly string[]).indexOf(name.toUpperCase());
  return index < 0 ? undefined : index + 1;
}

/** `27DEC24` or `5AUG16` (day, month name, two-digit year; Deribit, Bybit, IB) → ISO date. */
export function parseDayMonthYear(code: string): string | undefined {
  const match = /^(\d{1,2})([A-Za-z]{3})(\d{2})$/.exec(code);
  if (!match) return undefined;
  const month = monthNumber(match[2] ?? '');
  if (month === undefined) return undefined;
  return isoDate(fullYear(Number(match[3])), month, Number(match[1]));
}

/** `250328` (YYMMDD; OSI, OKX, Binance) → ISO date. */
export function parseYymmdd(code: string): string | undefined {
  const match = /^(\d{2})(\d{2})(\d{2})$/.exec(code);
  if (!match) return undefined;
  return isoDate(fullYear(Number(match[1])), Number(match[2]), Number(match[3]));
}
