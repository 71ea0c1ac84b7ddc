const msPerDay = 86_400_000;

/**
 * Time in years from one ISO date (YYYY-MM-DD) to another, ACT/365F: calendar days / 365
 * (`../shared/spec/methodologies.md`, conventions). Negative when `to` is before `from`.
 * Pure date arithmetic: the valuation date is always passed in, never read from a clock.
 */
export function yearFraction(from: string, to: string): number {
  return (dayNumber(to) - dayNumber(from)) / 365;
}

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  const day = Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN) / msPerDay;
  if (!Number.isFinite(day)) throw new RangeError(`expected a date as YYYY-MM-DD, got "${isoDate}"`);
  return day;
}
