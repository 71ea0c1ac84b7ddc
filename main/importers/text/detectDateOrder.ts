import type { DateOrder } from '../../../shared/importResult.ts';
import { numericDateParts } from './parseDate.ts';

/**
 * Day-first or month-first, from a whole column of dates: a first number above 12 says
 * day-first, a second above 12 month-first. `either` when no value settles it (all numbers
 * ≤ 12, or no numeric dates at all), `conflict` when values say both.
 */
export function detectDateOrder(values: Iterable<string>): DateOrder | 'either' | 'conflict' {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const parts = numericDateParts(value);
    if (!parts) continue;
    if (parts[0] > 12) dayFirst = true;
    if (parts[1] > 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return 'conflict';
  if (dayFirst) return 'dmy';
  if (monthFirst) return 'mdy';
  return 'either';
}
