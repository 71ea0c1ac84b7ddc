/**
 * The ISO date `months` calendar months after `isoDate`, the day clamped to the month's end
 * (2024-05-31 + 9 months = 2025-02-28): how "more than 9 months until expiration" is counted
 * for long options (Cboe Margin Manual). Pure date arithmetic, no clock.
 */
export function monthsAfter(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || ![y, m, d].every(Number.isInteger)) throw new RangeError(`expected a date as YYYY-MM-DD, got "${isoDate}"`);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
