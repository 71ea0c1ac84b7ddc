import ExcelJS from 'exceljs';
import type { ImportWarning, RowError } from '../../shared/importResult.ts';
import type { SourceTable, TableRow } from './sourceTable.ts';

/**
 * Reads an Excel workbook (.xlsx bytes) into rows via exceljs: the first worksheet with data,
 * each row with its spreadsheet row number as its line. Numbers keep their full precision
 * (not the displayed format); dates become ISO dates; formulas give their cached results.
 */
export async function readXlsxTable(bytes: Uint8Array): Promise<{ table: SourceTable; warnings: ImportWarning[]; errors: RowError[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as a Buffer-flavoured ArrayBuffer; JSZip underneath takes Node's Buffer.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    return { table: { rows: [] }, warnings: [], errors: [{ line: 1, message: `not a readable .xlsx workbook (${(error as Error).message})` }] };
  }
  const sheets = workbook.worksheets.filter((sheet) => sheet.actualRowCount > 0);
  const sheet = sheets[0];
  if (!sheet) return { table: { rows: [] }, warnings: [], errors: [{ line: 1, message: 'the workbook has no worksheet with data' }] };
  const warnings: ImportWarning[] =
    sheets.length > 1 ? [{ message: `read worksheet "${sheet.name}"; the workbook's other worksheets (${sheets.slice(1).map((other) => other.name).join(', ')}) were not read` }] : [];
  const rows: TableRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    const cells = Array.from(values, (value) => cellText(value as ExcelJS.CellValue));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > 0) rows.push({ line: rowNumber, cells });
  });
  return { table: { rows }, warnings, errors: [] };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value).trim();
}
