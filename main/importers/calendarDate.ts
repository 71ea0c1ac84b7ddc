/** Calendar-date helpers on ISO `YYYY-MM-DD` strings (UTC, no clock). */

/** The ISO date for a year, month (1–12) and day, or undefined when no such day exists. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Day of the week of an ISO date: 0 Sunday … 6 Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** The ISO date `days` after `iso` (negative goes back). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The third Friday of a month: the expiry of equity-index futures and monthly index options. */
export function thirdFriday(year: number, month: number): string | undefined {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return isoDate(year, month, 1 + ((5 - first + 7) % 7) + 14);
}

/** A two-digit year as 2000–2099 (exchange symbols do not reach back to the 1900s). */
export function fullYear(twoDigits: number): number {
  return 2000 + twoDigits;
}
