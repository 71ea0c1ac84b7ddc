import type { TableRow } from '../sourceTable.ts';

/** A header as compared: lower case, letters and digits only (`Put / Call` → `putcall`). */
export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Reads named fields from rows under a header whose wording varies between versions. */
export interface ColumnReader<F extends string> {
  /** Index of the column holding a field, if the header has one. */
  index: Partial<Record<F, number>>;
  has(field: F): boolean;
  /** The trimmed cell of a field ('' when the header or the row lacks it). */
  get(row: TableRow, field: F): string;
  /** The header text of a field's column. */
  header(field: F): string;
}

/**
 * Matches header cells to fields by their aliases (compared normalised); the first matching
 * column wins, so a later duplicate never hides the first.
 */
export function columnReader<F extends string>(headerCells: readonly string[], aliases: Record<F, readonly string[]>): ColumnReader<F> {
  const normalised = headerCells.map(normaliseHeader);
  const index: Partial<Record<F, number>> = {};
  for (const field of Object.keys(aliases) as F[]) {
    for (const alias of aliases[field]) {
      const at = normalised.indexOf(normaliseHeader(alias));
      if (at >= 0) {
        index[field] = at;
        break;
      }
    }
  }
  return {
    index,
    has: (field) => index[field] !== undefined,
    get: (row, field) => {
      const at = index[field];
      return at === undefined ? '' : (row.cells[at] ?? '').trim();
    },
    header: (field) => {
      const at = index[field];
      return at === undefined ? field : (headerCells[at] ?? field);
    },
  };
}
