import type { DateOrder } from '../../../shared/importResult.ts';
import { fullYear, isoDate } from '../calendarDate.ts';
import { monthNumber, parseDayMonthYear } from '../symbols/dayMonthYear.ts';

const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T,;].*)?$/;

/** The two leading numbers of a `31/12/2024`-style date, whose order the column must settle. */
export function numericDateParts(text: string): [number, number] | undefined {
  const match = numeric.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/**
 * Reads a date as brokers write it and returns it as ISO `YYYY-MM-DD`: ISO dates and
 * date-times (`2025-01-15`, `2025-01-15T08:00:00Z`, IB's `2025-01-15;150000`), `20250115`,
 * `2025/01/15`, `31/12/2024` / `12/31/2024` / `31.12.24` (in `order`), `27DEC24`,
 * `27-Dec-2024`, `27 Dec 2024`, `Dec 27, 2024`, and epoch milliseconds or seconds.
 */
export function parseDate(text: string, order: DateOrder): string | undefined {
  const value = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T;,].*)?$/.exec(value) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: .*)?$/.exec(value);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{4})(\d{2})(\d{2})(?:[;T ].*)?$/.exec(value);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = numeric.exec(value);
  if (match) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    const yearText = match[3] ?? '';
    const year = yearText.length === 2 ? fullYear(Number(yearText)) : Number(yearText);
    return order === 'dmy' ? isoDate(year, second, first) : isoDate(year, first, second);
  }
  match = /^(\d{1,2})[- ]?([A-Za-z]{3})[a-z]*[- ]?(\d{4}|\d{2})$/.exec(value);
  if (match) {
    const yearText = match[3] ?? '';
    if (yearText.length === 2) return parseDayMonthYear(`${match[1]}${match[2]}${yearText}`);
    const month = monthNumber(match[2] ?? '');
    return month === undefined ? undefined : isoDate(Number(yearText), month, Number(match[1]));
  }
  match = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/.exec(value);
  if (match) {
    const month = monthNumber(match[1] ?? '');
    return month === undefined ? undefined : isoDate(Number(match[3]), month, Number(match[2]));
  }
  match = /^(\d{13}|\d{10})$/.exec(value);
  if (match) {
    const milliseconds = value.length === 13 ? Number(value) : Number(value) * 1000;
    return new Date(milliseconds).toISOString().slice(0, 10);
  }
  return undefined;
}
