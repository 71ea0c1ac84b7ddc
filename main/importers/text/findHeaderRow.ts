import type { SourceTable } from '../sourceTable.ts';
import { normaliseHeader } from './columnReader.ts';

/** How far into a file a header may sit below title or preamble rows. */
const headerSearchDepth = 25;

/**
 * The index of the first of the leading rows whose cells include every one of `names`
 * (compared normalised: `Fee Charged` matches `fee charged`); undefined if none does.
 */
export function findHeaderRow(table: SourceTable, ...names: string[][]): number | undefined {
  const wanted = names.map((alternatives) => alternatives.map(normaliseHeader));
  const rows = table.rows.slice(0, headerSearchDepth);
  const index = rows.findIndex((row) => {
    const cells = new Set(row.cells.map(normaliseHeader));
    return wanted.every((alternatives) => alternatives.some((name) => cells.has(name)));
  });
  return index < 0 ? undefined : index;
}
