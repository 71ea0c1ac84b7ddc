import type { RowError } from '../../shared/importResult.ts';
import type { ErrorRow } from '../../shared/importPreview.ts';

type FixField = NonNullable<ErrorRow['fix']>['field'];
const fixable = new Set<string>(['expiry', 'multiplier', 'underlying', 'currency', 'kind', 'strike', 'right'] satisfies FixField[]);
/**
 * The importers and the import plan end a message this way when one value for a raw symbol
 * fixes the row; the instrument schema's messages start with the raw symbol (`ZNM4: a future
 * needs expiry`).
 */
const overrideFor = /override for "([^"]+)"/;
const symbolFirst = /^(.+?): /;

/** The errors grouped by line, each with the line's text and, when one value fixes it, what to ask for. */
export function errorRowsOf(errors: readonly RowError[], sourceLine: (line: number) => string): ErrorRow[] {
  const byLine = new Map<number, ErrorRow>();
  for (const error of errors) {
    let row = byLine.get(error.line);
    if (!row) byLine.set(error.line, (row = { line: error.line, source: sourceLine(error.line), problems: [] }));
    row.problems.push(error.field === undefined ? { message: error.message } : { field: error.field, message: error.message });
    const symbol = overrideFor.exec(error.message)?.[1] ?? symbolFirst.exec(error.message)?.[1];
    if (row.fix === undefined && symbol !== undefined && error.field !== undefined && fixable.has(error.field)) row.fix = { rawSymbol: symbol, field: error.field as FixField };
  }
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}
