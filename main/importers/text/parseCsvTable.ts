import { parse } from 'csv-parse/sync';
import type { RowError } from '../../../shared/importResult.ts';
import type { SourceTable, TableRow } from '../sourceTable.ts';
import { stripBom } from './decodeText.ts';
import { detectDelimiter } from './detectDelimiter.ts';

/**
 * Reads delimited text into rows (csv-parse): detects the delimiter, takes CRLF, CR and LF
 * line ends alike, keeps the line each row starts on, trims cells and trailing empty cells,
 * skips empty rows, and turns a malformed record (an unclosed quote) into an error with its
 * line instead of throwing.
 */
export function parseCsvTable(text: string): { table: SourceTable; errors: RowError[] } {
  const normalised = stripBom(text).replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(normalised);
  const lineAtByte = byteLines(normalised);
  const errors: RowError[] = [];
  let recordEnd = 0;
  const startLines: number[] = [];
  const records = parse(normalised, {
    delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      errors.push({ line: lineAtByte(recordEnd), message: `unreadable CSV from here (${error?.message ?? 'malformed record'}); the rows in it were not read` });
      return undefined;
    },
    on_record: (record: string[], context) => {
      startLines.push(lineAtByte(recordEnd));
      recordEnd = context.bytes;
      return record;
    },
  });
  const rows: TableRow[] = [];
  records.forEach((record, index) => {
    const cells = record.map((cell) => cell.trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > 0) rows.push({ line: startLines[index] ?? 1, cells });
  });
  return { table: { rows, delimiter }, errors };
}

/**
 * Maps a UTF-8 byte offset (how csv-parse counts) to the 1-based line of the first
 * non-empty line at or after it.
 */
function byteLines(text: string): (offset: number) => number {
  const bytes = new TextEncoder().encode(text);
  const newlines: number[] = [];
  bytes.forEach((byte, index) => {
    if (byte === 0x0a) newlines.push(index);
  });
  return (offset) => {
    let start = offset;
    while (bytes[start] === 0x0a) start++;
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((newlines[mid] ?? 0) < start) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}
