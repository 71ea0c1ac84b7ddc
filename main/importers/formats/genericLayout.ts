import type { ImportOptions, MappingField, MappingRequest, RowError } from '../../../shared/importResult.ts';
import type { SourceTable, TableRow } from '../sourceTable.ts';
import { parseOsiSymbol } from '../symbols/osiSymbol.ts';
import { normaliseHeader } from '../text/columnReader.ts';
import { parseNumber } from '../text/parseNumber.ts';
import { guessMapping } from './guessMapping.ts';

const required: MappingField[] = ['symbol', 'quantity'];
const headerSearchDepth = 25;

/** Where a generic CSV's header is and which column holds which field. */
export interface Layout {
  /** Index of the header row; -1 for a file without one. */
  headerIndex: number;
  headers: string[];
  columns: Partial<Record<MappingField, number>>;
}

/** The rows below the header (every row of a file without one). */
export function dataRows(table: SourceTable, layout: Layout): TableRow[] {
  return table.rows.slice(layout.headerIndex + 1);
}

/**
 * Finds the header and the columns: by the mapping profile, else by header words, else (a
 * headerless OSI file) by content; when none works, a request for a mapping and its error.
 */
export function findLayout(table: SourceTable, profile: ImportOptions['mappingProfile']): Layout | { request: MappingRequest; error: RowError } {
  const leading = table.rows.slice(0, headerSearchDepth);
  if (profile) {
    const wanted = Object.keys(profile.columns).map(normaliseHeader);
    const headerIndex = leading.findIndex((row) => wanted.every((name) => row.cells.some((cell) => normaliseHeader(cell) === name)));
    const missing = required.filter((field) => !Object.values(profile.columns).includes(field));
    if (headerIndex >= 0 && missing.length === 0) return layoutOf(table, headerIndex, profile.columns);
    const reason = headerIndex < 0 ? `the columns ${Object.keys(profile.columns).join(', ')} of mapping profile "${profile.name}" are not all in the file` : `mapping profile "${profile.name}" maps no ${missing.join(' or ')} column`;
    return mappingRequest(table, reason);
  }
  for (const [index, row] of leading.entries()) {
    const guessed = guessMapping(row.cells);
    const fields = Object.values(guessed);
    if (required.every((field) => fields.includes(field))) return layoutOf(table, index, guessed);
  }
  const first = table.rows[0];
  const symbolAt = first?.cells.findIndex((value) => parseOsiSymbol(value) !== undefined) ?? -1;
  const quantityAt = first?.cells.findIndex((value, index) => index !== symbolAt && parseNumber(value) !== undefined) ?? -1;
  if (first && symbolAt >= 0 && quantityAt >= 0) {
    return { headerIndex: -1, headers: first.cells.map((_, index) => `column ${index + 1}`), columns: { symbol: symbolAt, quantity: quantityAt } };
  }
  return mappingRequest(table, 'the symbol and quantity columns could not be recognised from the header');
}

function layoutOf(table: SourceTable, headerIndex: number, mapping: Record<string, MappingField>): Layout {
  const headers = table.rows[headerIndex]?.cells ?? [];
  const columns: Partial<Record<MappingField, number>> = {};
  for (const [name, field] of Object.entries(mapping)) {
    const at = headers.findIndex((cell) => normaliseHeader(cell) === normaliseHeader(name));
    if (at >= 0 && columns[field] === undefined) columns[field] = at;
  }
  return { headerIndex, headers, columns };
}

function mappingRequest(table: SourceTable, reason: string): { request: MappingRequest; error: RowError } {
  const header = table.rows[0];
  const columns = header?.cells ?? [];
  return {
    request: { headerLine: header?.line ?? 1, columns, guessed: guessMapping(columns), required, sampleRows: table.rows.slice(1, 6).map((row) => row.cells) },
    error: { line: header?.line ?? 1, message: `${reason}: choose which column holds each field (a mapping profile); no rows were read` },
  };
}
