/** How often a history is sampled, told by the form of its dates. */
export type HistoryDateForm = 'daily' | 'monthly';

const daily = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthly = /^(\d{4})-(\d{2})$/;

/**
 * Reads a history date: ISO `YYYY-MM-DD` (a real calendar day) or `YYYY-MM` (a month, as
 * monthly series write it), returned as written. Any year from 1000 on: gold's series starts
 * in 1833.
 */
export function historyDate(text: string): { date: string; form: HistoryDateForm } | undefined {
  let match = daily.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return { date: text, form: 'daily' };
  }
  match = monthly.exec(text);
  if (match) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    return year >= 1000 && month >= 1 && month <= 12 ? { date: text, form: 'monthly' } : undefined;
  }
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
