import type { DateOrder } from '../../../shared/importResult.ts';
import { parseDate } from '../text/parseDate.ts';

/**
 * A sortable `YYYY-MM-DDTHH:MM:SS` for a log time (`2024-12-27 08:00:01`, `12/27/2024 8:00`),
 * to the millisecond for epoch milliseconds (`1596096000123`, as API exports write them).
 */
export function timeKey(text: string, order: DateOrder): string | undefined {
  const value = text.trim();
  if (/^\d{13}$/.test(value)) return new Date(Number(value)).toISOString().slice(0, 23);
  const match = /^(.*?)(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?.*)?$/.exec(value);
  const date = match ? parseDate(match[1] ?? '', order) : undefined;
  if (!match || date === undefined) return undefined;
  const [, , hours = '0', minutes = '00', seconds = '00'] = match;
  return `${date}T${hours.padStart(2, '0')}:${minutes}:${seconds.padStart(2, '0')}`;
}
