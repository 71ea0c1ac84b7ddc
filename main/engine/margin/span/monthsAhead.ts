/**
 * Calendar months from asOf's month to the expiry's month (both ISO dates): 0 when the
 * contract expires in asOf's month. SPAN tiers and delivery (spot) months count contract
 * months this way.
 */
export function monthsAhead(asOf: string, expiry: string): number {
  const [ay, am] = asOf.split('-').map(Number);
  const [ey, em] = expiry.split('-').map(Number);
  const months = ((ey ?? NaN) - (ay ?? NaN)) * 12 + ((em ?? NaN) - (am ?? NaN));
  if (!Number.isFinite(months)) throw new RangeError(`expected dates as YYYY-MM-DD, got "${asOf}" and "${expiry}"`);
  return months;
}
